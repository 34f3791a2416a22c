package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// judgementWithdraw undoes a reviewer's merge or split: it adds a "withdrawn" judgement on the
// pair, by this reviewer, so the matcher's judgement counts again. Both records must be visible.
func (s *Server) judgementWithdraw(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	var ids [2]int64
	for i, name := range []string{"a", "b"} {
		id, err := pathID(r.PostFormValue(name), "record")
		if err == nil {
			_, err = s.findRecord(r, v, id)
		}
		if err != nil {
			s.fail(w, r, v, err)
			return
		}
		ids[i] = id
	}
	var reason string
	if err := formText(r, map[string]*string{"reason": &reason}); err != nil {
		s.fail(w, r, v, err)
		return
	}
	err := s.cfg.People.Judge(r.Context(), tizim.Judgement{A: ids[0], B: ids[1], Verdict: tizim.Withdrawn,
		By: v.user.Name, Reason: reason, Created: s.now()})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("judgement withdrawn", "user", v.user.Name, "a", ids[0], "b", ids[1])
	rec, err := s.findRecord(r, v, ids[0])
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	http.Redirect(w, r, "/people/"+strconv.FormatInt(rec.PersonID, 10), http.StatusSeeOther)
}
