package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// recordPage is the data of the record page.
type recordPage struct {
	Record     *tizim.Record
	Redacted   bool
	Source     *tizim.Source // nil when the visitor may not see it
	History    []*tizim.Record
	Judgements []tizim.Judgement
}

// recordShow shows one record as its source gave it: every field, the warnings from reading it,
// the raw row, and (to members) its earlier versions and the judgements on it.
func (s *Server) recordShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "record")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	rec, err := s.findRecord(r, v, id)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page := recordPage{Record: v.redact(rec), Redacted: v.redacts(rec.Consent)}
	srcs, err := s.visibleSources(r, v, []*tizim.Record{rec})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if len(srcs) > 0 {
		page.Source = srcs[0]
	}
	if v.loggedIn() {
		history, err := s.cfg.Records.RecordHistory(ctx, id)
		if err != nil {
			s.fail(w, r, v, err)
			return
		}
		for _, h := range history {
			if h.Consent.Allows(v.clearance()) {
				page.History = append(page.History, h)
			}
		}
		if page.Judgements, err = s.visibleJudgements(r, v, []*tizim.Record{rec}); err != nil {
			s.fail(w, r, v, err)
			return
		}
	}
	s.render(w, r, v, http.StatusOK, "record.html", rec.Key().String(), page)
}

// findRecord returns the record with the id when the visitor may see it, whole or redacted; a
// record the visitor may not see does not exist for them.
func (s *Server) findRecord(r *http.Request, v *visitor, id int64) (*tizim.Record, error) {
	rec, err := s.cfg.Records.FindRecordByID(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if !v.sees(rec.Consent) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "There is no record with the id %d.", id)
	}
	return rec, nil
}
