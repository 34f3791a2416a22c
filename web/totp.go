package web

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"html/template"
	"image/png"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// The second factor is TOTP (RFC 6238): 6 digits, 30-second steps, SHA-1, which every
// authenticator app reads from the otpauth:// address or its QR code. One step of clock skew
// either way is accepted.
var totpOpts = totp.ValidateOpts{Period: totpStep, Skew: 1, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

// totpSetup is what the account page shows while a user turns the second factor on.
type totpSetup struct {
	Secret string       // base32, also typed in by hand where a camera is not at hand
	URL    string       // otpauth:// address
	QR     template.URL // the address as a PNG data: URL (the CSP allows data: images)
}

// newTOTP makes a new secret for the user name.
func newTOTP(name string) (*totpSetup, error) {
	key, err := totp.Generate(totp.GenerateOpts{Issuer: "Tizim", AccountName: name, Period: 30,
		Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return nil, err
	}
	return totpFor(key)
}

// totpFor renders a key for the account page.
func totpFor(key *otp.Key) (*totpSetup, error) {
	img, err := key.Image(200, 200)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return &totpSetup{Secret: key.Secret(), URL: key.URL(),
		QR: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes()))}, nil
}

// totpStep is the length of one TOTP step in seconds.
const totpStep = 30

// checkTOTP reports whether code is the secret's code at the time or one step either side, and
// which step it is the code of: a code is accepted once (see Store.UseTOTPStep).
func checkTOTP(secret, code string, at time.Time) (step int64, ok bool) {
	if secret == "" || len(code) != 6 {
		return 0, false
	}
	now := at.Unix() / totpStep
	for _, s := range []int64{now, now - 1, now + 1} {
		want, err := totp.GenerateCodeCustom(secret, time.Unix(s*totpStep, 0), totpOpts)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return s, true
		}
	}
	return 0, false
}
