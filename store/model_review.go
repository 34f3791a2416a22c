package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/tizim/tizim"
)

// AddReviewPairs puts pairs in the review queue beside the open pairs already there, in one
// transaction: incremental resolution queues the pairs of the records it resolved without
// touching the rest of the queue (PutReviewPairs, for a full resolution, replaces it). A pair
// already queued keeps its id and takes the new probability and evidence; a pair a reviewer
// already decided keeps its verdict and stays out of the queue.
func (s *Store) AddReviewPairs(ctx context.Context, pairs []tizim.ReviewPair) error {
	ps, err := checkReviewPairs(pairs)
	if err != nil || len(ps) == 0 {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: add review pairs: %w", busy(err))
	}
	defer tx.Rollback()
	ranks, err := s.recordRanks(ctx, tx, ps)
	if err != nil {
		return err
	}
	verdicts, err := s.reviewerVerdicts(ctx, tx)
	if err != nil {
		return err
	}
	now := time.Now().UnixNano()
	for start := 0; start < len(ps); start += reviewBatch {
		part := ps[start:min(start+reviewBatch, len(ps))]
		args := make([]any, 0, 9*len(part))
		for _, p := range part {
			created := now
			if !p.Created.IsZero() {
				created = p.Created.UnixNano()
			}
			v := verdicts[[2]int64{p.A, p.B}]
			args = append(args, p.A, p.B, p.Prob, p.Weight, jsonList(p.Evidence), created,
				max(ranks[p.A], ranks[p.B]), string(v), queueOf[v])
		}
		q := `INSERT INTO review_pairs (a, b, prob, weight, evidence, created, consent_rank, verdict, queue) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?), ", len(part)), ", ") +
			` ON CONFLICT (a, b) DO UPDATE SET prob = excluded.prob, weight = excluded.weight,
			evidence = excluded.evidence, stale = 0 WHERE review_pairs.queue < 2`
		if _, err := tx.ExecContext(ctx, s.d.rebind(q), args...); err != nil {
			return fmt.Errorf("store: add review pairs: %w", busy(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: add review pairs: %w", busy(err))
	}
	return nil
}
