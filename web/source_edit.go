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
	was := src.Consent
	next := *src
	f, err := readSourceForm(r, v, &next)
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
