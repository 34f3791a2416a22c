package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// personMerge merges the person with another: a reviewer's "same person" judgement between one
// record of each, with the reviewer's name and reason. The other may be given by its person id
// or by the id of any of its records. The store regroups the records; the smaller person id
// survives and the other redirects to it. A "different people" judgement between the two keeps
// them apart: the merge is refused, and the page names the judgement to undo first. (One on a
// record the reviewer may not see is found only afterwards: the merge is then recorded but does
// not take effect, and the page says so.)
func (s *Server) personMerge(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	p, err := s.formPerson(w, r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page := &historyPage{Person: p, Other: strings.TrimSpace(r.PostFormValue("other"))}
	var reason string
	err = formText(r, map[string]*string{"reason": &reason})
	var other *tizim.Person
	if err == nil {
		other, err = s.mergeTarget(r, v, page.Other, p)
	}
	if err == nil {
		err = s.keptApart(r, p, other)
	}
	if err == nil {
		err = s.cfg.People.Judge(ctx, tizim.Judgement{A: p.Records[0].ID, B: other.Records[0].ID,
			Verdict: tizim.Same, By: v.user.Name, Reason: reason, Created: s.now()})
	}
	var into, theirs int64
	if err == nil {
		if into, err = s.personOf(r, p.Records[0].ID); err == nil {
			theirs, err = s.personOf(r, other.Records[0].ID)
		}
	}
	if err == nil && into != theirs {
		err = tizim.Errorf(tizim.ECONFLICT, "Your judgement is recorded, but a “different people” judgement keeps these records apart. Undo that judgement first.")
	}
	if err != nil {
		s.historyFailed(w, r, v, page, err)
		return
	}
	s.log.Info("people merged", "user", v.user.Name, "person", p.ID, "other", other.ID, "into", into)
	http.Redirect(w, r, historyPath(into), http.StatusSeeOther)
}

// mergeTarget reads the other person of a merge: a person id or record id the visitor may see,
// not the person itself.
func (s *Server) mergeTarget(r *http.Request, v *visitor, raw string, p *tizim.Person) (*tizim.Person, error) {
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return nil, tizim.Errorf(tizim.EINVALID, "Give the id of the person to merge with, a whole number.")
	}
	other, err := s.cfg.People.FindPerson(r.Context(), id, v.clearance())
	if tizim.ErrorCode(err) == tizim.ENOTFOUND {
		return nil, tizim.Errorf(tizim.EINVALID, "There is no person with the id %d.", id)
	} else if err != nil {
		return nil, err
	}
	if other.ID == p.ID {
		return nil, tizim.Errorf(tizim.EINVALID, "Person %d is this person already.", id)
	}
	return other, nil
}

// keptApart returns ECONFLICT naming a "different people" judgement in effect between a record
// of p and a record of other, if there is one.
func (s *Server) keptApart(r *http.Request, p, other *tizim.Person) error {
	theirs := map[int64]bool{}
	for _, rec := range other.Records {
		theirs[rec.ID] = true
	}
	var js []tizim.Judgement
	for _, rec := range p.Records {
		on, err := s.cfg.People.Judgements(r.Context(), rec.ID)
		if err != nil {
			return err
		}
		js = append(js, on...)
	}
	for _, j := range tizim.Effective(js) {
		if j.Verdict == tizim.Different && (theirs[j.A] || theirs[j.B]) {
			return tizim.Errorf(tizim.ECONFLICT, "Records %d and %d were judged different people (by %s). Undo that judgement first.", j.A, j.B, j.By)
		}
	}
	return nil
}
