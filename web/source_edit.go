package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// sourceEdit shows the form to correct a source's description and level. The key stays: files
// name their source by it, and a re-import must find the same source.
func (s *Server) sourceEdit(w http.ResponseWriter, r *http.Request, v *visitor) {
	src, err := s.editableSource(r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	f := sourceForm{Key: src.Key, Kind: string(src.Kind), Title: src.Title, Origin: src.Origin,
		Acquired: src.Acquired.String(), Method: src.Method, Language: src.Language,
		Reliability: string(src.Reliability), Consent: string(src.Consent), Notes: src.Notes}
	s.renderSourceForm(w, r, v, http.StatusOK, sourceFormPage{Form: f, ID: src.ID})
}

// sourceUpdate stores the corrected description and level of a source. A level the editor may
// not see is refused, as on the form to add one; lowering a level (say, to sealed) hides the
// source from those below it at once, and the change is logged with who made it.
func (s *Server) sourceUpdate(w http.ResponseWriter, r *http.Request, v *visitor) {
	src, err := s.editableSource(r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if !s.readForm(w, r, v) {
		return
	}
	var f sourceForm
	err = formText(r, map[string]*string{"kind": &f.Kind, "title": &f.Title, "origin": &f.Origin,
		"acquired": &f.Acquired, "method": &f.Method, "language": &f.Language, "reliability": &f.Reliability,
		"consent": &f.Consent, "notes": &f.Notes})
	f.Key = src.Key
	was := src.Consent
	next := *src
	next.Kind, next.Title, next.Origin, next.Method = tizim.SourceKind(f.Kind), f.Title, f.Origin, f.Method
	next.Language, next.Reliability, next.Notes = f.Language, tizim.Reliability(f.Reliability), f.Notes
	if err == nil {
		next.Acquired, err = tizim.ParseDate(f.Acquired)
	}
	if err == nil {
		next.Consent, err = tizim.ParseConsent(f.Consent, src.Consent)
	}
	if err == nil && !next.Consent.Allows(v.clearance()) {
		err = tizim.Errorf(tizim.EFORBIDDEN, "You may not make sources at the level %s.", next.Consent)
	}
	if err == nil {
		err = s.cfg.Sources.UpdateSource(r.Context(), &next)
	}
	if err != nil {
		s.renderSourceForm(w, r, v, tizim.HTTPStatus(err), sourceFormPage{Form: f, ID: src.ID, Error: tizim.ErrorMessage(err)})
		return
	}
	s.sources.forget(src.Key)
	s.log.Info("source changed", "user", v.user.Name, "source", src.Key, "consent", string(next.Consent), "was", string(was))
	http.Redirect(w, r, "/sources/"+strconv.FormatInt(src.ID, 10), http.StatusSeeOther)
}

// editableSource returns the source of the address when the visitor may see it.
func (s *Server) editableSource(r *http.Request, v *visitor) (*tizim.Source, error) {
	id, err := pathID(r.PathValue("id"), "source")
	if err != nil {
		return nil, err
	}
	return s.findSource(r, v, id)
}
