package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// sourceCreate stores a new source with its provenance.
func (s *Server) sourceCreate(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	src := &tizim.Source{Consent: tizim.DefaultConsent}
	f, err := readSourceForm(r, v, src)
	if err == nil {
		err = s.cfg.Sources.CreateSource(r.Context(), src)
	}
	if err != nil {
		s.renderSourceForm(w, r, v, tizim.HTTPStatus(err), sourceFormPage{Form: f, Error: tizim.ErrorMessage(err)})
		return
	}
	s.log.Info("source added", "user", v.user.Name, "source", src.Key)
	http.Redirect(w, r, "/sources/"+strconv.FormatInt(src.ID, 10), http.StatusSeeOther)
}
