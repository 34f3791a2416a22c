package web

import (
	"net/http"
	"strings"

	"github.com/tizim/tizim"
)

// recordCorrectShow shows the correction form for a record, filled in with what it says.
func (s *Server) recordCorrectShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "record")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	rec, err := s.findRecord(r, v, id)
	if err == nil && v.redacts(rec.Consent) {
		err = tizim.Errorf(tizim.ENOTFOUND, "There is no record with the id %d.", id)
	}
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.renderRecordForm(w, r, v, http.StatusOK, recordFormPage{Form: formOf(rec), Correct: rec})
}

// formOf fills the record form from a record.
func formOf(rec *tizim.Record) recordForm {
	f := recordForm{Sex: string(rec.Sex), BirthDate: rec.BirthDate.String(), IDNumber: rec.IDNumber,
		Ethnicity: rec.Ethnicity, HomePlace: rec.HomePlace, Notes: rec.Notes, Consent: string(rec.Consent)}
	var names []string
	for _, n := range rec.Names {
		names = append(names, n.Text)
	}
	f.Names = strings.Join(names, "\n")
	if len(rec.Episodes) > 0 {
		e := rec.Episodes[len(rec.Episodes)-1]
		f.Status, f.DetainedOn, f.Facility, f.Sentence = string(e.Status), e.Start.String(), e.Facility, e.Sentence
	}
	return f
}
