package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// verdicts a reviewer may give on a pair.
var verdicts = []tizim.Verdict{tizim.Same, tizim.Different, tizim.Unsure}

// reviewDecide stores the reviewer's judgement on a pair, with who and why, and goes back to
// the queue. People are regrouped by the store as the judgement requires; a judgement is never
// deleted, and a later one (or a withdrawal) undoes it.
func (s *Server) reviewDecide(w http.ResponseWriter, r *http.Request, v *visitor) {
	page, err := s.reviewPair(r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	var reason string
	if err = parseForm(w, r); err == nil {
		err = formText(r, map[string]*string{"reason": &reason})
	}
	verdict := tizim.Verdict(r.PostFormValue("verdict"))
	if err == nil && !slices.Contains(verdicts, verdict) {
		err = tizim.Errorf(tizim.EINVALID, "Choose same person, different people or unsure.")
	}
	if err == nil {
		err = s.cfg.People.Judge(r.Context(), tizim.Judgement{A: page.Pair.A, B: page.Pair.B, Verdict: verdict,
			By: v.user.Name, Reason: strings.TrimSpace(reason), Created: s.now()})
	}
	if err != nil && tizim.ErrorCode(err) != tizim.EINTERNAL {
		page.Error = tizim.ErrorMessage(err)
		s.render(w, r, v, tizim.HTTPStatus(err), "review.html", translate(v.lang, "review.pair"), page)
		return
	} else if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("review decided", "user", v.user.Name, "pair", page.Pair.ID, "verdict", verdict)
	http.Redirect(w, r, "/review?done="+strconv.FormatInt(page.Pair.ID, 10), http.StatusSeeOther)
}
