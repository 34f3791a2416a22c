package web

import "net/http"

// loginPage is the data of the login page.
type loginPage struct {
	Name  string
	Next  string
	Error string
}

// loginShow shows the login form. A visitor who is already logged in goes where they meant to.
func (s *Server) loginShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	next := localPath(r.URL.Query().Get("next"))
	if v.loggedIn() {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	s.render(w, r, v, http.StatusOK, "login.html", translate(v.lang, "login.title"), loginPage{Next: next})
}
