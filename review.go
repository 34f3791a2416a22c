package tizim

import (
	"context"
	"time"
)

// Evidence is one field's contribution to the matcher's score for a pair of records: the level
// at which the field agreed ("exact", "one_digit", "year_only", ...) and its weight in bits,
// positive for a match and negative against.
type Evidence struct {
	Field  string  `json:"field"`
	Level  string  `json:"level"`
	Weight float64 `json:"weight"`
}

// ReviewPair is two records that the matcher could not decide on: their match probability lies
// between the thresholds, or clustering refused a strong link. A reviewer decides with a
// Judgement (same, different or unsure).
type ReviewPair struct {
	ID       int64      `json:"id,omitempty"`
	A        int64      `json:"a"`
	B        int64      `json:"b"`
	Prob     float64    `json:"prob"`
	Weight   float64    `json:"weight"`
	Evidence []Evidence `json:"evidence,omitempty"`
	Created  time.Time  `json:"created,omitzero"`
}

// ReviewService keeps the review queue.
type ReviewService interface {
	// PutReviewPairs replaces the open pairs of the queue with pairs. Pairs that a reviewer has
	// already judged same or different are left out.
	PutReviewPairs(ctx context.Context, pairs []ReviewPair) error
	// FindReviewPairs returns the open pairs whose two records the clearance may see, most
	// likely first (pairs judged unsure come last), and how many there are in all.
	FindReviewPairs(ctx context.Context, clearance Consent, p Page) ([]ReviewPair, int, error)
	// FindReviewPair returns one pair, open or decided.
	FindReviewPair(ctx context.Context, id int64) (*ReviewPair, error)
}
