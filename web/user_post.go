package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// userPost adds a user with a role and a random one-time password, shown once to the admin.
func (s *Server) userPost(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	role := tizim.Role(r.PostFormValue("role"))
	if name == "" || !utf8.ValidString(name) || utf8.RuneCountInString(name) > 64 || !role.Valid() ||
		strings.ContainsFunc(name, func(c rune) bool { return c < ' ' || c == 0x7f }) {
		s.renderUsers(w, r, v, http.StatusBadRequest, usersPage{Error: translate(v.lang, "users.invalid")})
		return
	}
	password := NewPassword()
	hash, err := HashPassword(password)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	now := s.now()
	u := &tizim.User{Name: name, Role: role, PasswordHash: hash, Created: now, PasswordChanged: now}
	if err := s.cfg.Users.CreateUser(r.Context(), u); tizim.ErrorCode(err) == tizim.ECONFLICT {
		s.renderUsers(w, r, v, http.StatusConflict, usersPage{Error: translate(v.lang, "users.exists")})
		return
	} else if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("user added", "by", v.user.Name, "user", name, "role", role)
	s.renderUsers(w, r, v, http.StatusOK, usersPage{Created: name, Password: password})
}
