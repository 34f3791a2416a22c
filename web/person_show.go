package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// personPage is the data of the person page.
type personPage struct {
	*profile
	Sources    []*tizim.Source
	Judgements []tizim.Judgement
}

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
		http.Redirect(w, r, target, http.StatusPermanentRedirect)
		return
	}
	page := personPage{profile: buildProfile(v.redactPerson(p))}
	if page.Sources, err = s.visibleSources(r, v, p.Records); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if v.loggedIn() {
		if page.Judgements, err = s.visibleJudgements(r, v, p.Records); err != nil {
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
