package tizim

import "context"

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
	PutCandidateKeys(ctx context.Context, keys map[int64][]uint64, all bool) error
	// FindCandidates returns, for each key, the records that carry it; a key carried by more
	// than limit records is left out (it is too common to narrow anything down).
	FindCandidates(ctx context.Context, keys []uint64, limit int) (map[uint64][]int64, error)
	// FindRecordsByID returns the records with the ids that exist, in id order, whatever
	// their consent level.
	FindRecordsByID(ctx context.Context, ids []int64) ([]*Record, error)
	// AddReviewPairs puts pairs in the review queue beside the open pairs already there (a pair
	// already queued takes the new probability and evidence). Pairs that a reviewer has
	// judged same or different are left out.
	AddReviewPairs(ctx context.Context, pairs []ReviewPair) error
}
