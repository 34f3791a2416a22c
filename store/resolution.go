package store

import (
	"context"
	"fmt"

	"github.com/tizim/tizim"
)

// A Resolution is what a full resolution of every record (`tizim dedup`) stores: the matcher's
// new judgements, the review queue that replaces the open pairs, the trained model, and every
// record's candidate keys.
type Resolution struct {
	Judgements []tizim.Judgement
	Review     []tizim.ReviewPair
	Model      []byte
	Keys       map[int64]tizim.CandidateKeys
}

// PutResolution stores a full resolution in one transaction, as Judge, PutReviewPairs,
// PutModel and PutCandidateKeys (with all) would one after the other: the judgements kept and
// the records regrouped by them, the open pairs of the queue replaced, the model stored as a new
// version, and the keys of every record replaced. A failure at any step leaves the database as
// it was: no judgement without its people, no people without their queue and keys. It returns
// the model's version. The keys are sorted for writing on another goroutine while the queue is
// written.
func (s *Store) PutResolution(ctx context.Context, r Resolution) (int64, error) {
	if err := checkJudgements(r.Judgements); err != nil {
		return 0, err
	}
	ps, err := checkReviewPairs(r.Review)
	if err != nil {
		return 0, err
	}
	if !validJSONText(r.Model) {
		return 0, tizim.Errorf(tizim.EINVALID, "a model must be valid UTF-8 text")
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: put resolution: %w", err)
	}
	defer release()
	defer tx.Rollback()
	fail := func(step string, err error) (int64, error) {
		return 0, fmt.Errorf("store: put resolution: %s: %w", step, err)
	}
	var known *membership // every record, when the judgements regrouped them all
	if len(r.Judgements) > 0 {
		if known, err = s.judgeAny(ctx, tx, r.Judgements); err != nil {
			return fail("judgements", err)
		}
	}
	// The keys are sorted while the queue is written: not beside the judgements, whose
	// regrouping holds every record's person and every judgement in memory.
	plan := make(chan keyPlan, 1)
	go func() { plan <- planKeys(r.Keys) }()
	if err := s.queueIn(ctx, tx, ps, true, known); err != nil {
		return fail("review pairs", err)
	}
	known = nil
	v, err := s.modelIn(ctx, tx, r.Model)
	if err != nil {
		return fail("model", err)
	}
	if err := s.writeKeys(ctx, tx, <-plan, true); err != nil {
		return fail("candidate keys", err)
	}
	if err := tx.Commit(); err != nil {
		return fail("commit", busy(err))
	}
	return v, nil
}
