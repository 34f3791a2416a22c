package web

import (
	"cmp"
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// judgementUndo undoes one reviewer's judgement, a merge or a split. Nothing is deleted: a new
// judgement on the same pair, by this reviewer, brings back what counted before. That is the
// reviewer verdict the undone one replaced, when there was one (undoing a split of two records
// that a reviewer had merged merges them again), and otherwise a withdrawal, so that the
// matcher's judgement counts again. Only the judgement in effect on its pair can be undone.
// The form names one of the judgement's records, through which the judgement is found.
func (s *Server) judgementUndo(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "judgement")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, v, tizim.Errorf(tizim.EINVALID, "The form could not be read."))
		return
	}
	j, pair, err := s.findJudgement(r, v, id, r.PostFormValue("record"))
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	eff := tizim.Effective(pair)
	if j.Automatic() || len(eff) != 1 || eff[0].ID != j.ID {
		s.fail(w, r, v, tizim.Errorf(tizim.EINVALID, "Judgement %d is not a reviewer's judgement in effect; there is nothing to undo.", id))
		return
	}
	// j is the latest reviewer judgement on the pair (it is in effect); the one it replaced is
	// the latest of the others.
	restore := tizim.Withdrawn
	var before *tizim.Judgement
	for i := range pair {
		x := &pair[i]
		if x.ID != j.ID && !x.Automatic() &&
			(before == nil || cmp.Or(x.Created.Compare(before.Created), cmp.Compare(x.ID, before.ID)) > 0) {
			before = x
		}
	}
	if before != nil && (before.Verdict == tizim.Same || before.Verdict == tizim.Different) {
		restore = before.Verdict
	}
	err = s.cfg.People.Judge(ctx, tizim.Judgement{A: j.A, B: j.B, Verdict: restore, By: v.user.Name,
		Reason: "undoes judgement " + strconv.FormatInt(j.ID, 10), Created: s.now()})
	var person int64
	if err == nil {
		person, err = s.personOf(r, j.A)
	}
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("judgement undone", "user", v.user.Name, "judgement", j.ID, "restored", restore)
	http.Redirect(w, r, historyPath(person), http.StatusSeeOther)
}

// findJudgement returns the judgement with the id on the record, when the visitor may see both
// of its records in full, and every judgement on the same pair.
func (s *Server) findJudgement(r *http.Request, v *visitor, id int64, rawRecord string) (*tizim.Judgement, []tizim.Judgement, error) {
	missing := tizim.Errorf(tizim.ENOTFOUND, "There is no judgement with the id %d.", id)
	record, err := strconv.ParseInt(rawRecord, 10, 64)
	if err != nil {
		return nil, nil, missing
	}
	if rec, err := s.findRecord(r, v, record); err != nil || v.redacts(rec.Consent) {
		return nil, nil, missing
	}
	js, err := s.cfg.People.Judgements(r.Context(), record)
	if err != nil {
		return nil, nil, err
	}
	var j *tizim.Judgement
	for i := range js {
		if js[i].ID == id {
			j = &js[i]
		}
	}
	if j == nil {
		return nil, nil, missing
	}
	other := j.A
	if other == record {
		other = j.B
	}
	if rec, err := s.findRecord(r, v, other); err != nil || v.redacts(rec.Consent) {
		return nil, nil, missing
	}
	var pair []tizim.Judgement
	for _, x := range js {
		if (x.A == j.A && x.B == j.B) || (x.A == j.B && x.B == j.A) {
			pair = append(pair, x)
		}
	}
	return j, pair, nil
}
