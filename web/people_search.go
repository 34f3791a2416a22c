package web

import (
	"context"

	"github.com/tizim/tizim"
)

// rankedMax bounds the hits one page of a ranked search asks for, whatever its offset: the
// index compares at most a couple of thousand records, so it never has more people than this
// to give, and an offset near the largest int must not overflow.
const rankedMax = 1 << 16

// ranked reports whether a people query goes to the ranked name search: a name query, no filter
// but those the search narrows by (home, birth years, sex: what a family knows besides the
// name), a search configured, and not asked for every substring match (?all=1).
func (s *Server) ranked(form filterForm, all bool) bool {
	return s.cfg.Search != nil && form.Q != "" && form.searchable() && !all
}

// rankedPeople runs the ranked search and cuts out one page of it. It asks the search for the
// hits up to the end of the page and one more, not for a fixed long list: the search's work
// grows with the hits asked for, and a reader mostly reads the first page. The next page asks
// for more, so paging has no cap but the search's own. The total is what is known: the hits up
// to the end of this page, and one more when there is a next page (so the pager links to it).
func (s *Server) rankedPeople(ctx context.Context, f tizim.PersonFilter) ([]*tizim.Person, int, error) {
	p := f.Page
	limit := rankedLimit(p)
	hits, err := s.cfg.Search(ctx, f, limit)
	if err != nil {
		return nil, 0, err
	}
	total := min(len(hits), limit)
	lo := min(p.Offset, total)
	hi := total
	if p.Limit > 0 {
		hi = min(lo+p.Limit, total)
	}
	return hits[lo:hi], total, nil
}

// rankedLimit is how many hits a page of a ranked search asks for: those before it, its own,
// and one to tell whether a next page exists.
func rankedLimit(p tizim.Page) int {
	size := p.Limit
	if size <= 0 {
		size = rankedMax
	}
	return min(p.Offset, rankedMax) + min(size, rankedMax) + 1
}
