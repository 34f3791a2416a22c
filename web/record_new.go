package web

import "net/http"

// recordNew shows the form to add a record by hand, from a source the visitor may see.
func (s *Server) recordNew(w http.ResponseWriter, r *http.Request, v *visitor) {
	form := recordForm{Source: r.URL.Query().Get("source"), Consent: "internal"}
	s.renderRecordForm(w, r, v, http.StatusOK, recordFormPage{Form: form})
}
