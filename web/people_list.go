package web

import (
	"html/template"
	"net/http"

	"github.com/tizim/tizim"
)

// peoplePage is the data of the people list.
type peoplePage struct {
	Form      filterForm
	People    []*tizim.Person
	Rows      template.HTML // the table's rows, written by peopleRows
	Pager     pager
	Statuses  template.HTML // the status filter's options
	Consents  template.HTML // the consent filter's options
	ShowLevel bool          // the consent filter is offered to members only
	Ranked    bool          // the ranked name search answered; AllURL asks for every substring match
	AllURL    string
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
	all := r.URL.Query().Get("all") == "1"
	var people []*tizim.Person
	var total int
	var err2 error
	if s.ranked(form, all) {
		people, total, err2 = s.rankedPeople(r.Context(), f)
	} else {
		people, total, err2 = s.cfg.People.FindPeople(r.Context(), f)
	}
	if err = err2; err != nil {
		s.fail(w, r, v, err)
		return
	}
	for i, p := range people {
		people[i] = v.redactPerson(p)
	}
	page := peoplePage{
		Form: form, People: people, Rows: peopleRows(v.lang, people),
		Statuses:  options(v.lang, "status.", tizim.Statuses, form.Status),
		Consents:  options(v.lang, "consent.", tizim.ConsentLevels, form.Consent),
		ShowLevel: v.loggedIn(), Ranked: s.ranked(form, all),
		Pager: newPager(total, size, form.Page, func(n int) string {
			q := form.query(n)
			if all {
				q.Set("all", "1")
			}
			return "/people?" + q.Encode()
		}),
	}
	if page.Ranked {
		// The search found the hits up to this page's end and one more: say "more", not a total.
		page.Pager.More = total > page.Pager.Last
		q := form.query(1)
		q.Set("all", "1")
		page.AllURL = "/people?" + q.Encode()
	}
	s.render(w, r, v, http.StatusOK, "people.html", translate(v.lang, "people.title"), page)
}
