package web

import (
	"context"

	"github.com/tizim/tizim"
)

// rankedLimit is how many ranked matches a name search shows: past the best hundred, a reader
// refines the query or asks for every substring match.
const rankedLimit = 100

// ranked reports whether a people query goes to the ranked name search: a name query, no other
// filter, a search configured, and not asked for every substring match (?all=1).
func (s *Server) ranked(form filterForm, all bool) bool {
	return s.cfg.Search != nil && form.Q != "" && !form.Filtered() && !all
}

// rankedPeople runs the ranked search and cuts out one page of it; the total is the number of
// ranked matches, at most rankedLimit.
func (s *Server) rankedPeople(ctx context.Context, v *visitor, q string, p tizim.Page) ([]*tizim.Person, int, error) {
	hits, err := s.cfg.Search(ctx, q, v.clearance(), rankedLimit)
	if err != nil {
		return nil, 0, err
	}
	total := len(hits)
	lo := min(p.Offset, total)
	hi := total
	if p.Limit > 0 {
		hi = min(lo+p.Limit, total)
	}
	return hits[lo:hi], total, nil
}
