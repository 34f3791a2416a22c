package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// peoplePage is the data of the people list.
type peoplePage struct {
	Form      filterForm
	People    []*tizim.Person
	Pager     pager
	Statuses  []tizim.Status
	Consents  []tizim.Consent
	ShowLevel bool // the consent filter is offered to members only
}

// peopleList shows people, filtered and searched by name in any script, a page at a time with
// links to every page. Only records the visitor may see count, in the rows and in the total.
func (s *Server) peopleList(w http.ResponseWriter, r *http.Request, v *visitor) {
	form, f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	size := s.cfg.PageSize
	f.Clearance = v.clearance()
	f.Page = tizim.Page{Offset: offset(form.Page, size), Limit: size}
	people, total, err := s.cfg.People.FindPeople(r.Context(), f)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	for i, p := range people {
		people[i] = v.redactPerson(p)
	}
	page := peoplePage{
		Form: form, People: people, Statuses: tizim.Statuses, Consents: tizim.ConsentLevels,
		ShowLevel: v.loggedIn(),
		Pager: newPager(total, size, form.Page, func(n int) string {
			return "/people?" + form.query(n).Encode()
		}),
	}
	s.render(w, r, v, http.StatusOK, "people.html", translate(v.lang, "people.title"), page)
}
