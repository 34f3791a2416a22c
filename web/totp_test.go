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
	if res, body := f.as("POST", "/account/totp", tok, "", url.Values{"secret": {secret}, "code": {code(f.clock.now())}}); res.StatusCode != 200 || !strings.Contains(body, "now on") {
		t.Fatalf("confirm: %d", res.StatusCode)
	}
	for _, tc := range []struct {
		code string
		ok   bool
	}{
		{"", false},
		{"123", false},
		{code(f.clock.now().Add(-10 * time.Minute)), false},
		{code(f.clock.now()), true},
		{code(f.clock.now().Add(-30 * time.Second)), true}, // one step of skew
	} {
		form := url.Values{"name": {"editor-user"}, "password": {testPassword}, "code": {tc.code}}
		_, body := f.as("POST", "/login", "", "", form)
		loggedIn := !strings.Contains(body, "The name or password is wrong")
		if loggedIn != tc.ok {
			t.Errorf("code %q: logged in %v, want %v", tc.code, loggedIn, tc.ok)
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
