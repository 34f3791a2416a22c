package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// maxAPILimit is the largest page the API returns at once; every row is still reachable with
// offset.
const maxAPILimit = 1000

// peopleJSON is the answer of GET /api/people.
type peopleJSON struct {
	Total int `json:"total"`
	// More is true when a ranked name search has more hits after this page than Total counts:
	// the search finds hits up to the page's end and one more, so Total is then a lower bound.
	More   bool            `json:"more,omitempty"`
	Offset int             `json:"offset"`
	Limit  int             `json:"limit"`
	People []*tizim.Person `json:"people"`
}

// apiPeople lists people with the filters of the people page, and offset and limit.
func (s *Server) apiPeople(w http.ResponseWriter, r *http.Request, v *visitor) {
	q := r.URL.Query()
	form, f, err := parseFilter(q)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	f.Page = tizim.Page{Limit: s.cfg.PageSize}
	for _, p := range []struct {
		name   string
		dst    *int
		lo, hi int
	}{{"offset", &f.Offset, 0, 1<<31 - 1}, {"limit", &f.Limit, 1, maxAPILimit}} {
		if raw := q.Get(p.name); raw != "" {
			n, err := strconv.Atoi(raw)
			if err != nil || n < p.lo || n > p.hi {
				s.fail(w, r, v, tizim.Errorf(tizim.EINVALID, "The %s parameter must be a whole number from %d to %d.", p.name, p.lo, p.hi))
				return
			}
			*p.dst = n
		}
	}
	f.Clearance = v.clearance()
	var people []*tizim.Person
	var total int
	ranked := s.ranked(form, q.Get("all") == "1")
	if ranked {
		people, total, err = s.rankedPeople(r.Context(), f)
	} else {
		people, total, err = s.cfg.People.FindPeople(r.Context(), f)
	}
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	for i, p := range people {
		people[i] = v.redactPerson(p)
	}
	if people == nil {
		people = []*tizim.Person{}
	}
	more := ranked && total > f.Offset+len(people)
	s.json(w, http.StatusOK, peopleJSON{Total: total, More: more, Offset: f.Offset, Limit: f.Limit, People: people})
}
