package web

import "net/http"

// logoutPost ends the visitor's session, in the store and in the browser.
func (s *Server) logoutPost(w http.ResponseWriter, r *http.Request, v *visitor) {
	if v.api {
		s.notFound(w, r, v) // API tokens are revoked by a password change, not by this form
		return
	}
	if err := s.cfg.Users.DeleteSession(r.Context(), v.session); err != nil {
		s.fail(w, r, v, err)
		return
	}
	clearCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
