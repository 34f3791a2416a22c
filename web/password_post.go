package web

import (
	"net/http"
)

// passwordPost changes the visitor's password after checking the current one. Every session and
// API token of the user ends, and this browser gets a fresh session.
func (s *Server) passwordPost(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	if !s.readForm(w, r, v) {
		return
	}
	page := accountPage{User: v.user}
	current, next := r.PostFormValue("current"), r.PostFormValue("new")
	hash, err := HashPassword(next)
	switch {
	case !VerifyPassword(v.user.PasswordHash, current):
		page.Error = translate(v.lang, "account.wrong_password")
	case next != r.PostFormValue("confirm"):
		page.Error = translate(v.lang, "account.mismatch")
	case err != nil:
		page.Error = translate(v.lang, "account.too_short", MinPasswordLength)
	}
	if page.Error != "" {
		s.render(w, r, v, http.StatusBadRequest, "account.html", translate(v.lang, "account.title"), page)
		return
	}
	u := *v.user
	u.PasswordHash = hash
	u.PasswordChanged = s.now()
	if err := s.cfg.Users.UpdateUser(ctx, &u); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if err := s.cfg.Users.DeleteSessions(ctx, u.ID); err != nil {
		s.fail(w, r, v, err)
		return
	}
	token, err := s.startSession(ctx, &u, false)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.setCookie(w, token)
	s.log.Info("password changed", "user", u.Name)
	page.Message = translate(v.lang, "account.changed")
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), page)
}
