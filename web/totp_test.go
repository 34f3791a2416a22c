package web

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/tizim/tizim"
)

func TestSecondFactor(t *testing.T) {
	f := newFixture(t)
	tok := f.tokens[tizim.Editor]
	_, body := f.as("POST", "/account/totp/new", tok, "", url.Values{})
	m := regexp.MustCompile(`<code id="totp-secret" dir="ltr">([A-Z2-7]+)</code>`).FindStringSubmatch(body)
	if m == nil || !strings.Contains(body, `src="data:image/png;base64,`) {
		t.Fatal("no secret and QR code on the setup page")
	}
	secret := m[1]
	code := func(at time.Time) string {
		c, err := totp.GenerateCodeCustom(secret, at, totpOpts)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if res, _ := f.as("POST", "/account/totp", tok, "", url.Values{"secret": {secret}, "code": {"000000"}}); res.StatusCode != 400 {
		t.Errorf("a wrong confirmation code turned the second factor on: %d", res.StatusCode)
	}
	confirmed := code(f.clock.now())
	if res, body := f.as("POST", "/account/totp", tok, "", url.Values{"secret": {secret}, "code": {confirmed}}); res.StatusCode != 200 || !strings.Contains(body, "now on") {
		t.Fatalf("confirm: %d", res.StatusCode)
	}
	for _, tc := range []struct {
		what    string
		advance time.Duration // the clock moves on before the attempt
		at      time.Duration // the code is of the clock's time plus this
		code    string        // or this code
		ok      bool
	}{
		{what: "the confirmation's code, at once", code: confirmed, ok: false},
		{what: "no code", advance: 2 * time.Minute, code: ""},
		{what: "three digits", code: "123"},
		{what: "ten minutes old", at: -10 * time.Minute},
		{what: "the current code", ok: true},
		{what: "the same code again", ok: false},
		{what: "the used code half a minute later", advance: 30 * time.Second, at: -30 * time.Second, ok: false},
		{what: "the next step's code", ok: true},
		{what: "one step of skew", advance: time.Minute, at: -30 * time.Second, ok: true},
	} {
		f.clock.add(tc.advance)
		c := tc.code
		if c == "" && tc.what != "no code" {
			c = code(f.clock.now().Add(tc.at))
		}
		form := url.Values{"name": {"editor-user"}, "password": {testPassword}, "code": {c}}
		_, body := f.as("POST", "/login", "", "", form)
		loggedIn := !strings.Contains(body, "The name or password is wrong")
		if loggedIn != tc.ok {
			t.Errorf("%s (%q): logged in %v, want %v", tc.what, c, loggedIn, tc.ok)
		}
		f.srv.throttle.succeed("editor-user")
	}
	if res, _ := f.as("POST", "/account/totp/off", tok, "", url.Values{"current": {"wrong"}}); res.StatusCode != 400 {
		t.Errorf("turned off without the password: %d", res.StatusCode)
	}
	if res, _ := f.as("POST", "/account/totp/off", tok, "", url.Values{"current": {testPassword}}); res.StatusCode != 200 {
		t.Errorf("turn off: %d", res.StatusCode)
	}
	if _, _, c := f.login("editor-user", testPassword, "/"); c == nil {
		t.Error("cannot log in without a code after turning the second factor off")
	}
}
