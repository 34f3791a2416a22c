package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// accountPage is the data of the account page. Token is shown once, just after it was made.
type accountPage struct {
	User    *tizim.User
	Token   string
	TOTP    *totpSetup // a second factor being set up
	Message string
	Error   string
}

// accountShow shows the visitor's account: a form to change the password and one to make an
// API token.
func (s *Server) accountShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), accountPage{User: v.user})
}
