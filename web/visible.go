package web

import (
	"net/http"
	"slices"

	"github.com/tizim/tizim"
)

// visibleSources returns the sources of the records that the visitor may see, each once.
func (s *Server) visibleSources(r *http.Request, v *visitor, records []*tizim.Record) ([]*tizim.Source, error) {
	var out []*tizim.Source
	var seen []string
	for _, rec := range records {
		if slices.Contains(seen, rec.Source) {
			continue
		}
		seen = append(seen, rec.Source)
		src, err := s.sources.find(r.Context(), s.cfg.Sources, rec.Source)
		if tizim.ErrorCode(err) == tizim.ENOTFOUND {
			continue
		} else if err != nil {
			return nil, err
		}
		if src.Consent.Allows(v.clearance()) {
			out = append(out, src)
		}
	}
	return out, nil
}

// visibleJudgements returns the judgements on the records, each once, oldest first, leaving out
// those whose other record the visitor may not see.
func (s *Server) visibleJudgements(r *http.Request, v *visitor, records []*tizim.Record) ([]tizim.Judgement, error) {
	ctx := r.Context()
	visible := map[int64]bool{}
	for _, rec := range records {
		visible[rec.ID] = true
	}
	seen := map[int64]bool{}
	var out []tizim.Judgement
	for _, rec := range records {
		js, err := s.cfg.People.Judgements(ctx, rec.ID)
		if err != nil {
			return nil, err
		}
		for _, j := range js {
			if seen[j.ID] {
				continue
			}
			seen[j.ID] = true
			for _, other := range []int64{j.A, j.B} {
				if _, known := visible[other]; known {
					continue
				}
				o, err := s.cfg.Records.FindRecordByID(ctx, other)
				if err != nil && tizim.ErrorCode(err) != tizim.ENOTFOUND {
					return nil, err
				}
				visible[other] = err == nil && o.Consent.Allows(v.clearance())
			}
			if visible[j.A] && visible[j.B] {
				out = append(out, j)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b tizim.Judgement) int { return a.Created.Compare(b.Created) })
	return out, nil
}
