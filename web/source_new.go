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
