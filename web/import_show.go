package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// importForm is the import form as typed.
type importForm struct {
	Source, Consent, Mapping string
}

// importFormPage is the data of the import form.
type importFormPage struct {
	Form     importForm
	Consents []tizim.Consent
	MaxMiB   int64
	Error    string
}

// importShow shows the form to upload a file for import.
func (s *Server) importShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	if s.cfg.Importer == nil {
		s.fail(w, r, v, errNoImporter)
		return
	}
	s.renderImportForm(w, r, v, http.StatusOK, importFormPage{Form: importForm{Consent: string(tizim.DefaultConsent)}})
}

// errNoImporter answers the import pages of a server started without an importer.
var errNoImporter = tizim.Errorf(tizim.ENOTFOUND, "This server does not import files.")

// renderImportForm shows the import form with the levels the visitor may use.
func (s *Server) renderImportForm(w http.ResponseWriter, r *http.Request, v *visitor, status int, page importFormPage) {
	page.Consents = allowedConsents(v)
	page.MaxMiB = s.imports.max >> 20
	s.render(w, r, v, status, "import.html", translate(v.lang, "import.title"), page)
}

// allowedConsents are the consent levels the visitor may give records.
func allowedConsents(v *visitor) []tizim.Consent {
	var out []tizim.Consent
	for _, c := range tizim.ConsentLevels {
		if c.Allows(v.clearance()) {
			out = append(out, c)
		}
	}
	return out
}
