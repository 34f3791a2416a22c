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
	var f sourceForm
	err := formText(r, map[string]*string{"key": &f.Key, "kind": &f.Kind, "title": &f.Title, "origin": &f.Origin,
		"acquired": &f.Acquired, "method": &f.Method, "language": &f.Language, "reliability": &f.Reliability,
		"consent": &f.Consent, "notes": &f.Notes})
	src := &tizim.Source{Key: f.Key, Kind: tizim.SourceKind(f.Kind), Title: f.Title, Origin: f.Origin, Method: f.Method,
		Language: f.Language, Reliability: tizim.Reliability(f.Reliability), Notes: f.Notes}
	if err == nil {
		src.Acquired, err = tizim.ParseDate(f.Acquired)
	}
	if err == nil {
		src.Consent, err = tizim.ParseConsent(f.Consent, tizim.DefaultConsent)
	}
	if err == nil && !src.Consent.Allows(v.clearance()) {
		err = tizim.Errorf(tizim.EFORBIDDEN, "You may not make sources at the level %s.", src.Consent)
	}
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
