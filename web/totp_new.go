package web

import "net/http"

// totpNew starts turning on the second factor: it shows a new secret as a QR code and in text,
// and asks for a code from the app to confirm. Nothing is stored until the code is right.
func (s *Server) totpNew(w http.ResponseWriter, r *http.Request, v *visitor) {
	setup, err := newTOTP(v.user.Name)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.render(w, r, v, http.StatusOK, "account.html", translate(v.lang, "account.title"), accountPage{User: v.user, TOTP: setup})
}
