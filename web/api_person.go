package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// personJSON is the answer of GET /api/people/{id}: the person with the records the caller may
// see, and the fields on which those records disagree.
type personJSON struct {
	*tizim.Person
	Conflicts []tizim.Conflict `json:"conflicts"`
}

// apiPerson returns one person. A merged-away id redirects to the surviving one, as on the page.
func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "person")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	p, err := s.cfg.People.FindPerson(r.Context(), id, v.readClearance())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if p.ID != id {
		http.Redirect(w, r, "/api/people/"+strconv.FormatInt(p.ID, 10), http.StatusTemporaryRedirect)
		return
	}
	p = v.redactPerson(p)
	conflicts := tizim.Conflicts(p.Records)
	if conflicts == nil {
		conflicts = []tizim.Conflict{}
	}
	s.json(w, http.StatusOK, personJSON{Person: p, Conflicts: conflicts})
}
