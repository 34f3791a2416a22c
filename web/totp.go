package web

import (
	"bytes"
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
var totpOpts = totp.ValidateOpts{Period: 30, Skew: 1, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

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

// checkTOTP reports whether code is the secret's code at the time (or one step either side).
func checkTOTP(secret, code string, at time.Time) bool {
	if secret == "" || len(code) != 6 {
		return false
	}
	ok, err := totp.ValidateCustom(code, secret, at, totpOpts)
	return err == nil && ok
}
