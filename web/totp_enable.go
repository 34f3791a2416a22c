package web

import (
	"net/http"
	"strings"

	"github.com/pquerna/otp"
)

// totpEnable turns the second factor on once the app's code matches the new secret.
func (s *Server) totpEnable(w http.ResponseWriter, r *http.Request, v *visitor) {
	if !s.readForm(w, r, v) {
		return
	}
	secret := strings.TrimSpace(r.PostFormValue("secret"))
	step, ok := checkTOTP(secret, strings.TrimSpace(r.PostFormValue("code")), s.now())
	if !ok {
		page := accountPage{User: v.user, Error: translate(v.lang, "account.totp_wrong")}
		key, err := otp.NewKeyFromURL("otpauth://totp/Tizim:" + v.user.Name + "?secret=" + secret + "&issuer=Tizim")
		if err == nil && secret != "" {
			page.TOTP, _ = totpFor(key)
		}
		s.render(w, r, v, http.StatusBadRequest, "account.html", translate(v.lang, "account.title"), page)
		return
	}
	u := *v.user
	u.TOTPSecret = secret
	if err := s.cfg.Users.UpdateUser(r.Context(), &u); err != nil {
		s.fail(w, r, v, err)
		return
	}
	// The code that turned it on is spent: it cannot log in a second time.
	if _, err := s.cfg.Users.UseTOTPStep(r.Context(), u.ID, step); err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.log.Info("second factor on", "user", u.Name)
	page := accountPage{User: &u, Message: translate(v.lang, "account.totp_on")}
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), page)
}
