package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// maxFormBytes bounds a form body.
const maxFormBytes = 64 << 10

// parseForm reads a posted form of at most maxFormBytes; a body that is larger or cannot be read
// is EINVALID.
func parseForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		return tizim.Errorf(tizim.EINVALID, "The form could not be read.")
	}
	return nil
}

// readForm reads the posted form, or answers that it could not be read and reports false.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request, v *visitor) bool {
	if err := parseForm(w, r); err != nil {
		s.fail(w, r, v, err)
		return false
	}
	return true
}
