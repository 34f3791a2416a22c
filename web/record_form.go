package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// maxFieldLength bounds each field of the record and source forms, in characters.
const maxFieldLength = 2000

// recordForm is the record form as typed, kept as text so it shows back on an error.
type recordForm struct {
	Source, RecordID, Names, Sex, BirthDate, IDNumber, Ethnicity, HomePlace string
	Status, DetainedOn, Facility, Sentence, Notes, Consent, Why             string
}

// recordFormPage is the data of the record form: adding a record, or correcting one.
type recordFormPage struct {
	Form     recordForm
	Sources  []*tizim.Source
	Consents []tizim.Consent
	Statuses []tizim.Status
	Correct  *tizim.Record // the record being corrected; nil when adding
	Error    string
}

// formText reads the posted fields of a form into dst (field name → pointer), checking each.
func formText(r *http.Request, dst map[string]*string) error {
	for name, p := range dst {
		s := strings.TrimSpace(r.PostFormValue(name))
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return tizim.Errorf(tizim.EINVALID, "The field %s is not valid text.", name)
		}
		if utf8.RuneCountInString(s) > maxFieldLength {
			return tizim.Errorf(tizim.EINVALID, "The field %s is too long (at most %d characters).", name, maxFieldLength)
		}
		*p = s
	}
	return nil
}

// parseRecordForm reads the posted record form.
func parseRecordForm(w http.ResponseWriter, r *http.Request) (recordForm, error) {
	var f recordForm
	if err := parseForm(w, r); err != nil {
		return f, err
	}
	err := formText(r, map[string]*string{"source": &f.Source, "record_id": &f.RecordID, "names": &f.Names,
		"sex": &f.Sex, "birth_date": &f.BirthDate, "id_number": &f.IDNumber, "ethnicity": &f.Ethnicity,
		"hometown": &f.HomePlace, "status": &f.Status, "detained_on": &f.DetainedOn, "facility": &f.Facility,
		"sentence": &f.Sentence, "notes": &f.Notes, "consent": &f.Consent, "why": &f.Why})
	return f, err
}

// record turns the form into a record, in the interchange columns' terms: a name on each line,
// dates and statuses in the forms imports accept. The visitor may only write at levels they
// may read.
func (f recordForm) record(v *visitor) (*tizim.Record, error) {
	rec := &tizim.Record{Source: f.Source, RecordID: f.RecordID, IDNumber: f.IDNumber, Ethnicity: f.Ethnicity,
		HomePlace: f.HomePlace, Notes: f.Notes}
	for _, line := range strings.Split(f.Names, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			role := tizim.Alias
			if len(rec.Names) == 0 {
				role = tizim.FullName
			}
			rec.Names = append(rec.Names, tizim.Name{Text: line, Role: role})
		}
	}
	var err error
	if rec.Sex, err = tizim.ParseSex(f.Sex); err != nil {
		return nil, err
	}
	if rec.BirthDate, err = tizim.ParseDate(f.BirthDate); err != nil {
		return nil, err
	}
	if rec.Consent, err = tizim.ParseConsent(f.Consent, tizim.DefaultConsent); err != nil {
		return nil, err
	}
	if !rec.Consent.Allows(v.clearance()) {
		return nil, tizim.Errorf(tizim.EFORBIDDEN, "You may not write records at the level %s.", rec.Consent)
	}
	if f.Status != "" || f.DetainedOn != "" || f.Facility != "" || f.Sentence != "" {
		var e tizim.Episode
		if e.Status, err = tizim.ParseStatus(f.Status); err != nil {
			return nil, err
		}
		if e.Start, err = tizim.ParseDate(f.DetainedOn); err != nil {
			return nil, err
		}
		e.Facility, e.Sentence = f.Facility, f.Sentence
		rec.Episodes = []tizim.Episode{e}
	}
	return rec, nil
}

// renderRecordForm shows the record form with the sources and levels the visitor may use.
func (s *Server) renderRecordForm(w http.ResponseWriter, r *http.Request, v *visitor, status int, page recordFormPage) {
	srcs, _, err := s.cfg.Sources.FindSources(r.Context(), v.clearance(), tizim.Page{})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page.Sources, page.Statuses = srcs, tizim.Statuses
	for _, c := range tizim.ConsentLevels {
		if c.Allows(v.clearance()) {
			page.Consents = append(page.Consents, c)
		}
	}
	title := translate(v.lang, "form.add_record")
	if page.Correct != nil {
		title = translate(v.lang, "form.correct_record")
	}
	s.render(w, r, v, status, "record_form.html", title, page)
}
