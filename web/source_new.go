package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// sourceForm is the source form as typed.
type sourceForm struct {
	Key, Kind, Title, Origin, Acquired, Method, Language, Reliability, Consent, Notes string
}

// sourceFormPage is the data of the source form.
type sourceFormPage struct {
	Form          sourceForm
	ID            int64 // the source being corrected; 0 on the form to add one
	Kinds         []tizim.SourceKind
	Reliabilities []tizim.Reliability
	Consents      []tizim.Consent
	Error         string
}

// sourceNew shows the form to describe a new source.
func (s *Server) sourceNew(w http.ResponseWriter, r *http.Request, v *visitor) {
	s.renderSourceForm(w, r, v, http.StatusOK, sourceFormPage{Form: sourceForm{Consent: "internal", Reliability: "unassessed"}})
}

// renderSourceForm shows the source form with the levels the visitor may use.
func (s *Server) renderSourceForm(w http.ResponseWriter, r *http.Request, v *visitor, status int, page sourceFormPage) {
	page.Kinds = tizim.SourceKinds
	page.Reliabilities = []tizim.Reliability{tizim.Confirmed, tizim.Probable, tizim.Possible, tizim.Doubtful, tizim.Unassessed}
	for _, c := range tizim.ConsentLevels {
		if c.Allows(v.clearance()) {
			page.Consents = append(page.Consents, c)
		}
	}
	title := translate(v.lang, "form.add_source")
	if page.ID != 0 {
		title = translate(v.lang, "form.edit_source")
	}
	s.render(w, r, v, status, "source_form.html", title, page)
}

// readSourceForm reads the posted source form into src: its key too when src has none yet (a
// new source; a stored source keeps its key), the date and the level parsed (a missing level
// keeps src's), and refuses a level the visitor may not see. It returns the form as typed, to
// show again with the error.
func readSourceForm(r *http.Request, v *visitor, src *tizim.Source) (sourceForm, error) {
	f := sourceForm{Key: src.Key}
	fields := map[string]*string{"kind": &f.Kind, "title": &f.Title, "origin": &f.Origin,
		"acquired": &f.Acquired, "method": &f.Method, "language": &f.Language, "reliability": &f.Reliability,
		"consent": &f.Consent, "notes": &f.Notes}
	if src.Key == "" {
		fields["key"] = &f.Key
	}
	err := formText(r, fields)
	src.Key, src.Kind, src.Title, src.Origin, src.Method = f.Key, tizim.SourceKind(f.Kind), f.Title, f.Origin, f.Method
	src.Language, src.Reliability, src.Notes = f.Language, tizim.Reliability(f.Reliability), f.Notes
	if err == nil {
		src.Acquired, err = tizim.ParseDate(f.Acquired)
	}
	if err == nil {
		src.Consent, err = tizim.ParseConsent(f.Consent, src.Consent)
	}
	if err == nil && !src.Consent.Allows(v.clearance()) {
		err = tizim.Errorf(tizim.EFORBIDDEN, "You may not make sources at the level %s.", src.Consent)
	}
	return f, err
}
