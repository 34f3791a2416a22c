package store

import (
	"context"

	"github.com/tizim/tizim"
)

// AddReviewPairs puts pairs in the review queue beside the open pairs already there, in one
// transaction: incremental resolution queues the pairs of the records it resolved without
// touching the rest of the queue (PutReviewPairs, for a full resolution, replaces it). A pair
// already queued keeps its id and takes the new probability and evidence; a pair a reviewer
// already decided keeps its verdict and stays out of the queue.
func (s *Store) AddReviewPairs(ctx context.Context, pairs []tizim.ReviewPair) error {
	return s.queueReviewPairs(ctx, pairs, false)
}
