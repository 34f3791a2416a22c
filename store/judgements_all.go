package store

import (
	"context"
	"fmt"

	"github.com/tizim/tizim"
)

// AllJudgements returns every judgement, oldest first, for re-resolving everything.
func (s *Store) AllJudgements(ctx context.Context) ([]tizim.Judgement, error) {
	js, err := s.queryJudgements(ctx, s.db, `SELECT `+judgementColumns+` FROM judgements ORDER BY created, id`)
	if err != nil {
		return nil, fmt.Errorf("store: all judgements: %w", err)
	}
	return js, nil
}
