package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/tizim/tizim"
)

// ReviewerJudgements returns the judgements reviewers (anyone but the matcher) made on pairs that
// hold one of the records with the ids, oldest first, in a query per few hundred ids instead of
// one per record. Since a reviewer's judgement on a pair wins over the matcher's
// (tizim.Effective), they are all a resolution of new records needs to keep reviewers'
// "different" pairs apart.
func (s *Store) ReviewerJudgements(ctx context.Context, ids []int64) ([]tizim.Judgement, error) {
	var out []tizim.Judgement
	seen := map[int64]bool{}
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		in := marks(len(part))
		args := append(int64s(part), int64s(part)...)
		js, err := s.queryJudgements(ctx, s.db, `SELECT `+judgementColumns+` FROM judgements
			WHERE by_whom <> '`+tizim.Matcher+`' AND (a IN (`+in+`) OR b IN (`+in+`))`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: reviewer judgements: %w", err)
		}
		for _, j := range js {
			// a pair of two records in different chunks is read twice
			if !seen[j.ID] {
				seen[j.ID] = true
				out = append(out, j)
			}
		}
	}
	slices.SortFunc(out, func(a, b tizim.Judgement) int {
		if c := a.Created.Compare(b.Created); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}
