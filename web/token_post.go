package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// tokenPost makes an API token for the visitor and shows it once; only its hash is kept.
func (s *Server) tokenPost(w http.ResponseWriter, r *http.Request, v *visitor) {
	if v.api {
		s.fail(w, r, v, tizim.Errorf(tizim.EFORBIDDEN, "An API token cannot make another token."))
		return
	}
	token, err := s.startSession(r.Context(), v.user, true)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("api token made", "user", v.user.Name)
	page := accountPage{User: v.user, Token: token}
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), page)
}
