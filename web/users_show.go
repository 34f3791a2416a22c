package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// usersPage is the data of the users page. Password is a new user's one-time password, shown once.
type usersPage struct {
	Users    []*tizim.User
	Roles    []tizim.Role
	Created  string
	Password string
	Error    string
}

// usersShow lists the users and offers a form to add one (admins only).
func (s *Server) usersShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	s.renderUsers(w, r, v, http.StatusOK, usersPage{})
}

// renderUsers fills in the list of users and renders the users page.
func (s *Server) renderUsers(w http.ResponseWriter, r *http.Request, v *visitor, status int, page usersPage) {
	users, err := s.cfg.Users.FindUsers(r.Context())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page.Users, page.Roles = users, tizim.Roles
	s.render(w, r, v, status, "users.html", translate(v.lang, "users.title"), page)
}
