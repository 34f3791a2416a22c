package tizim

import (
	"context"
	"math"
)

// CandidateKeys are a record's candidate keys for entity resolution and its birth day (days
// since 1970-01-01, the first day its birth date may stand for), or UnknownBirth.
type CandidateKeys struct {
	Keys []uint64
	Born int32
}

// UnknownBirth is the Born of a record without a birth date.
const UnknownBirth = math.MaxInt32

// CandidateQuery asks for the records that carry Key, for a record born on Born.
type CandidateQuery struct {
	Key  uint64
	Born int32
}

// CandidateLimits bound what one candidate query returns (see ModelService.FindCandidates).
type CandidateLimits struct {
	Block, Window, Max int
}

// ModelService keeps what incremental entity resolution needs between runs: the model that
// `tizim dedup` trained (as versioned JSON, so that import and serve resolve with the same
// parameters) and the candidate keys of each record, so that a new record is compared with the
// records that share a key with it rather than with the whole database.
type ModelService interface {
	// PutModel stores a new version of the resolution model and returns its version number.
	PutModel(ctx context.Context, model []byte) (int64, error)
	// LatestModel returns the newest model and its version; ENOTFOUND when none was stored.
	LatestModel(ctx context.Context) ([]byte, int64, error)
	// PutCandidateKeys replaces the candidate keys of each record in keys. With all set, the
	// keys of every other record are removed too (a full resolution rewrites them all).
	PutCandidateKeys(ctx context.Context, keys map[int64]CandidateKeys, all bool) error
	// FindCandidates returns, for each query, the records that carry its key: all of them when
	// they are at most lim.Block; the lim.Window born nearest before and the lim.Window born
	// nearest after the query's Born when they are more (none when Born is UnknownBirth); none
	// when they are more than lim.Max (the key is too common to narrow anything down).
	FindCandidates(ctx context.Context, qs []CandidateQuery, lim CandidateLimits) (map[CandidateQuery][]int64, error)
	// FindRecordsByID returns the records with the ids that exist, in id order, whatever
	// their consent level.
	FindRecordsByID(ctx context.Context, ids []int64) ([]*Record, error)
	// AddReviewPairs puts pairs in the review queue beside the open pairs already there (a pair
	// already queued takes the new probability and evidence). Pairs that a reviewer has
	// judged same or different are left out.
	AddReviewPairs(ctx context.Context, pairs []ReviewPair) error
}
