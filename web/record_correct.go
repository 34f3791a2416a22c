package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// correctionsSource is the source that holds corrections made in the web interface.
const correctionsSource = "corrections"

// recordCorrect stores a correction as a new claim: a record in the corrections source that
// says who corrected what and why, judged the same person as the corrected record by that user.
// The corrected record is left as its source gave it.
func (s *Server) recordCorrect(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "record")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	orig, err := s.findRecord(r, v, id)
	if err != nil || v.redacts(orig.Consent) {
		s.fail(w, r, v, tizim.Errorf(tizim.ENOTFOUND, "There is no record with the id %d.", id))
		return
	}
	form, err := parseRecordForm(w, r)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	form.Source = correctionsSource
	rec, err := form.record(v)
	if err == nil && form.Why == "" {
		err = tizim.Errorf(tizim.EINVALID, "Say why the record needs correcting.")
	}
	if err == nil {
		err = s.ensureCorrections(r)
	}
	if err == nil {
		rec.RecordID = strconv.FormatInt(id, 10) + "-" + newToken()[:12]
		rec.Raw = []tizim.Field{{Column: "corrects", Value: orig.Key().String()}, {Column: "by", Value: v.user.Name},
			{Column: "why", Value: form.Why}, {Column: "at", Value: s.now().UTC().Format("2006-01-02T15:04:05Z")}}
		err = s.putRecord(r, rec)
	}
	if err == nil {
		err = s.cfg.People.Judge(ctx, tizim.Judgement{A: orig.ID, B: rec.ID, Verdict: tizim.Same, By: v.user.Name,
			Reason: "correction: " + form.Why, Created: s.now()})
	}
	if err != nil {
		page := recordFormPage{Form: form, Correct: orig, Error: tizim.ErrorMessage(err)}
		s.renderRecordForm(w, r, v, tizim.HTTPStatus(err), page)
		return
	}
	s.log.Info("record corrected", "user", v.user.Name, "record", orig.Key().String(), "correction", rec.Key().String())
	http.Redirect(w, r, "/records/"+strconv.FormatInt(rec.ID, 10), http.StatusSeeOther)
}

// ensureCorrections makes the corrections source on first use. The source itself is public (its
// description says nothing about anyone); each correction is seen only as its own level allows.
func (s *Server) ensureCorrections(r *http.Request) error {
	_, err := s.cfg.Sources.FindSource(r.Context(), correctionsSource)
	if tizim.ErrorCode(err) != tizim.ENOTFOUND {
		return err
	}
	err = s.cfg.Sources.CreateSource(r.Context(), &tizim.Source{Key: correctionsSource, Kind: tizim.OtherSource,
		Title: "Corrections made in Tizim", Consent: tizim.Public, Reliability: tizim.Unassessed})
	if tizim.ErrorCode(err) == tizim.ECONFLICT {
		return nil
	}
	return err
}
