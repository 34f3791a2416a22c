package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// loginPost checks the name and password and starts a session: a new token every time, so a
// token planted before login is worth nothing. Failures all look the same.
func (s *Server) loginPost(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	next := localPath(r.PostFormValue("next"))
	if !utf8.ValidString(name) || len(name) > 200 {
		name = ""
	}
	code := strings.TrimSpace(r.PostFormValue("code"))
	u, err := s.login(r.Context(), name, r.PostFormValue("password"), code, remoteAddr(r))
	if tizim.ErrorCode(err) == tizim.EUNAUTHORIZED {
		page := loginPage{Name: name, Next: next, Error: translate(v.lang, "login.failed")}
		s.render(w, r, v, http.StatusOK, "login.html", translate(v.lang, "login.title"), page)
		return
	} else if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if v.session != "" && !v.api {
		s.cfg.Users.DeleteSession(r.Context(), v.session)
	}
	token, err := s.startSession(r.Context(), u, false)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.setCookie(w, token)
	http.Redirect(w, r, next, http.StatusSeeOther)
}
