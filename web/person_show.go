package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// personPage is the data of the person page.
type personPage struct {
	*profile
	Shown      []*tizim.Record // the records side by side: the first maxSideBySide
	More       int             // how many records are not side by side
	Sources    []*tizim.Source
	Judgements []tizim.Judgement
}

// maxSideBySide bounds the side-by-side table and the records whose judgements are listed, so
// that a runaway cluster of thousands of records still gives a page, not a timeout.
const maxSideBySide = 50

// personShow shows a person's profile, the records it is made of side by side with their
// sources, the conflicts between them, and (to members) the judgements that made the cluster.
// An id that was merged into another person redirects to the surviving id.
func (s *Server) personShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "person")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	p, err := s.cfg.People.FindPerson(ctx, id, v.readClearance())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if p.ID != id {
		target := "/people/" + strconv.FormatInt(p.ID, 10)
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		// Temporary: a merge can be undone, and then the old id is a person again.
		http.Redirect(w, r, target, http.StatusTemporaryRedirect)
		return
	}
	page := personPage{profile: buildProfile(v.redactPerson(p))}
	page.Shown = page.Person.Records[:min(len(page.Person.Records), maxSideBySide)]
	page.More = len(page.Person.Records) - len(page.Shown)
	if page.Sources, err = s.visibleSources(r, v, p.Records); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if v.loggedIn() {
		if page.Judgements, err = s.visibleJudgements(r, v, page.Shown); err != nil {
			s.fail(w, r, v, err)
			return
		}
	}
	title := page.Person.Name
	if title == "" {
		title = translate(v.lang, "person.withheld")
	}
	s.render(w, r, v, http.StatusOK, "person.html", title, page)
}
