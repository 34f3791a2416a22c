package web

import (
	"net/http"
)

// totpDisable turns the second factor off, after checking the password.
func (s *Server) totpDisable(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	if !VerifyPassword(v.user.PasswordHash, r.PostFormValue("current")) {
		page := accountPage{User: v.user, Error: translate(v.lang, "account.wrong_password")}
		s.render(w, r, v, http.StatusBadRequest, "account.html", translate(v.lang, "account.title"), page)
		return
	}
	u := *v.user
	u.TOTPSecret = ""
	if err := s.cfg.Users.UpdateUser(r.Context(), &u); err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("second factor off", "user", u.Name)
	page := accountPage{User: &u, Message: translate(v.lang, "account.totp_off")}
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), page)
}
