package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// personSplit splits a record off the person: a reviewer's "different people" judgement between
// that record and each other record of the person that the reviewer may see, all in one
// transaction, with the reviewer's name and reason. "Different" is a hard constraint, so the
// record leaves the person whatever the matcher said; withdrawing the judgements undoes it.
// The page that follows is the history of what remains of the person.
func (s *Server) personSplit(w http.ResponseWriter, r *http.Request, v *visitor) {
	p, err := s.formPerson(w, r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page := &historyPage{Person: p}
	var reason string
	err = formText(r, map[string]*string{"reason": &reason})
	var off int64
	if err == nil {
		off, err = splitRecord(p, r.PostFormValue("record"))
	}
	var js []tizim.Judgement
	var rest int64 // a record that stays with the person
	for _, rec := range p.Records {
		if rec.ID != off {
			js = append(js, tizim.Judgement{A: off, B: rec.ID, Verdict: tizim.Different, By: v.user.Name,
				Reason: reason, Created: s.now()})
			if rest == 0 {
				rest = rec.ID
			}
		}
	}
	if err == nil {
		err = s.cfg.People.Judge(r.Context(), js...)
	}
	var remains int64
	if err == nil {
		remains, err = s.personOf(r, rest)
	}
	if err != nil {
		s.historyFailed(w, r, v, page, err)
		return
	}
	s.log.Info("record split off", "user", v.user.Name, "person", p.ID, "record", off, "remains", remains)
	http.Redirect(w, r, historyPath(remains), http.StatusSeeOther)
}

// splitRecord reads the record to split off: one of the person's records, and not the only one.
func splitRecord(p *tizim.Person, raw string) (int64, error) {
	if len(p.Records) < 2 {
		return 0, tizim.Errorf(tizim.EINVALID, "This person has one record; there is nothing to split off.")
	}
	id, err := strconv.ParseInt(strings.TrimSpace(raw), 10, 64)
	if err != nil {
		return 0, tizim.Errorf(tizim.EINVALID, "Choose the record to split off.")
	}
	for _, rec := range p.Records {
		if rec.ID == id {
			return id, nil
		}
	}
	return 0, tizim.Errorf(tizim.EINVALID, "Record %d is not one of this person's records.", id)
}
