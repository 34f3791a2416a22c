package web

import (
	"cmp"
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// judgementUndo undoes a reviewer's merge or split. Nothing is deleted: a new judgement on the
// same pair, by this reviewer, brings back what counted before. That is the reviewer verdict the
// undone one replaced, when there was one (undoing a split of two records that a reviewer had
// merged merges them again), and otherwise a withdrawal, so that the matcher's judgement counts
// again. Only a judgement in effect on its pair can be undone. A split is several judgements
// made at once (the record against each other record); undoing one undoes them all. The form
// names one of the judgement's records, through which the judgement is found.
func (s *Server) judgementUndo(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "judgement")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if !s.readForm(w, r, v) {
		return
	}
	record, js, err := s.recordJudgements(r, v, r.PostFormValue("record"))
	var undo []tizim.Judgement
	if err == nil {
		undo, err = s.undoing(r, v, id, record, js)
	}
	if err == nil {
		err = s.cfg.People.Judge(r.Context(), undo...)
	}
	var person int64
	if err == nil {
		person, err = s.personOf(r, record)
	}
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("judgement undone", "user", v.user.Name, "judgement", id, "judgements", len(undo))
	http.Redirect(w, r, historyPath(person), http.StatusSeeOther)
}

// recordJudgements returns the record named by raw, when the visitor may see it in full, and
// every judgement on it.
func (s *Server) recordJudgements(r *http.Request, v *visitor, raw string) (int64, []tizim.Judgement, error) {
	record, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || !s.seesInFull(r, v, record) {
		return 0, nil, tizim.Errorf(tizim.ENOTFOUND, "There is no record with the id %q.", raw)
	}
	js, err := s.cfg.People.Judgements(r.Context(), record)
	return record, js, err
}

// undoing returns the judgements that undo judgement id on the record and the others made with
// it: by the same reviewer, at the same time, with the same verdict and reason, on the same
// record, still in effect, between records the visitor may see in full.
func (s *Server) undoing(r *http.Request, v *visitor, id, record int64, js []tizim.Judgement) ([]tizim.Judgement, error) {
	missing := tizim.Errorf(tizim.ENOTFOUND, "There is no judgement with the id %d.", id)
	var j *tizim.Judgement
	for i := range js {
		if js[i].ID == id {
			j = &js[i]
		}
	}
	if j == nil || !s.seesInFull(r, v, other(j, record)) {
		return nil, missing
	}
	var out []tizim.Judgement
	for i := range js {
		x := &js[i]
		if x.ID != j.ID && (x.By != j.By || !x.Created.Equal(j.Created) || x.Verdict != j.Verdict ||
			x.Reason != j.Reason || !s.seesInFull(r, v, other(x, record))) {
			continue
		}
		restore, ok := restoring(x, js)
		if !ok && x.ID == j.ID {
			return nil, tizim.Errorf(tizim.EINVALID, "Judgement %d is not a reviewer's judgement in effect; there is nothing to undo.", id)
		} else if ok {
			out = append(out, tizim.Judgement{A: x.A, B: x.B, Verdict: restore, By: v.user.Name,
				Reason: "undoes judgement " + strconv.FormatInt(x.ID, 10), Created: s.now()})
		}
	}
	return out, nil
}

// restoring returns the verdict that undoes j, a reviewer's judgement in effect on its pair:
// the verdict of the reviewer judgement it replaced if that was same or different, else
// withdrawn. It reports false when j is the matcher's or not in effect. js holds every
// judgement on the pair.
func restoring(j *tizim.Judgement, js []tizim.Judgement) (tizim.Verdict, bool) {
	var pair []tizim.Judgement
	for _, x := range js {
		if (x.A == j.A && x.B == j.B) || (x.A == j.B && x.B == j.A) {
			pair = append(pair, x)
		}
	}
	eff := tizim.Effective(pair)
	if j.Automatic() || len(eff) != 1 || eff[0].ID != j.ID {
		return "", false
	}
	// j is the latest reviewer judgement on the pair; the one it replaced is the latest other.
	var before *tizim.Judgement
	for i := range pair {
		x := &pair[i]
		if x.ID != j.ID && !x.Automatic() &&
			(before == nil || cmp.Or(x.Created.Compare(before.Created), cmp.Compare(x.ID, before.ID)) > 0) {
			before = x
		}
	}
	if before != nil && (before.Verdict == tizim.Same || before.Verdict == tizim.Different) {
		return before.Verdict, true
	}
	return tizim.Withdrawn, true
}

// other returns the record of j that is not record.
func other(j *tizim.Judgement, record int64) int64 {
	if j.A == record {
		return j.B
	}
	return j.A
}

// seesInFull reports whether the record exists and the visitor may see it unredacted.
func (s *Server) seesInFull(r *http.Request, v *visitor, record int64) bool {
	rec, err := s.findRecord(r, v, record)
	return err == nil && !v.redacts(rec.Consent)
}
