package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// login posts the login form and returns the response and its session cookie, if any.
func (f *fixture) login(name, password, next string) (*http.Response, string, *http.Cookie) {
	f.t.Helper()
	form := url.Values{"name": {name}, "password": {password}, "next": {next}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	res := rec.Result()
	for _, c := range res.Cookies() {
		if c.Name == cookieName && c.Value != "" {
			return res, rec.Body.String(), c
		}
	}
	return res, rec.Body.String(), nil
}

// as sends a request with a raw session cookie (or bearer token) and returns the response.
func (f *fixture) as(method, target, cookie, bearer string, form url.Values) (*http.Response, string) {
	f.t.Helper()
	var req *http.Request
	if form != nil {
		req = httptest.NewRequest(method, target, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req = httptest.NewRequest(method, target, nil)
	}
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: cookieName, Value: cookie})
	}
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	return rec.Result(), rec.Body.String()
}

func TestLoginAndLogout(t *testing.T) {
	f := newFixture(t)
	res, _, c := f.login("viewer-user", testPassword, "/people?q=x")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/people?q=x" || c == nil {
		t.Fatalf("login: %d %q cookie %v", res.StatusCode, res.Header.Get("Location"), c)
	}
	if !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Domain != "" || len(c.Value) < 43 {
		t.Errorf("session cookie %+v is not a __Host- cookie with a 32-byte token", c)
	}
	if sess, err := f.st.FindSession(context.Background(), c.Value); err == nil {
		t.Errorf("the store holds the token itself: %+v", sess)
	}
	if res, _ := f.as("GET", "/account", c.Value, "", nil); res.StatusCode != 200 {
		t.Errorf("account page after login: %d", res.StatusCode)
	}
	if res, _ := f.as("POST", "/logout", c.Value, "", url.Values{}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("logout: %d", res.StatusCode)
	}
	if res, _ := f.as("GET", "/account", c.Value, "", nil); res.StatusCode != http.StatusSeeOther {
		t.Errorf("account page with the logged-out cookie: %d, want a redirect to login", res.StatusCode)
	}
	// A next parameter never leads off the site.
	for _, next := range []string{"//evil.example/", "https://evil.example/", "/\\evil.example"} {
		if res, _, _ := f.login("viewer-user", testPassword, next); res.Header.Get("Location") != "/" {
			t.Errorf("next=%q sent the browser to %q", next, res.Header.Get("Location"))
		}
	}
}

func TestFailedLoginsLookAlike(t *testing.T) {
	f := newFixture(t)
	strip := regexp.MustCompile(`value="[^"]*"`)
	_, wrongPassword, c1 := f.login("viewer-user", "not the password", "/")
	_, noAccount, c2 := f.login("nobody-at-all", "not the password", "/")
	if c1 != nil || c2 != nil {
		t.Fatal("a failed login set a session cookie")
	}
	if strip.ReplaceAllString(wrongPassword, "") != strip.ReplaceAllString(noAccount, "") {
		t.Error("a wrong password and an unknown account give different pages")
	}
	if !strings.Contains(wrongPassword, "The name or password is wrong") {
		t.Error("no failure message")
	}
	// Blocked: even the right password is refused, with the same message.
	for range blockNameAfter {
		f.srv.throttle.fail("editor-user", "10.0.0.9")
	}
	res, body, c := f.login("editor-user", testPassword, "/")
	if c != nil || !strings.Contains(body, "The name or password is wrong") {
		t.Errorf("a blocked account logged in: %d", res.StatusCode)
	}
	f.clock.add(throttleWindow + time.Minute)
	if _, _, c := f.login("editor-user", testPassword, "/"); c == nil {
		t.Error("the block outlived its window")
	}
}

func TestThrottleSlowsThenBlocks(t *testing.T) {
	c := &clock{t: time.Now()}
	th := newThrottle(c.now)
	var delays []time.Duration
	for i := 0; i < blockNameAfter; i++ {
		d, blocked := th.check("amina", "192.0.2.1")
		if blocked {
			t.Fatalf("blocked after %d failures", i)
		}
		delays = append(delays, d)
		th.fail("amina", "192.0.2.1")
	}
	if delays[0] != 0 || delays[slowAfter-1] != 0 || delays[slowAfter] != firstDelay || delays[slowAfter+1] != 2*firstDelay || delays[len(delays)-1] > maxDelay {
		t.Errorf("delays %v", delays)
	}
	if _, blocked := th.check("amina", "198.51.100.7"); !blocked {
		t.Error("the account is not blocked from another address")
	}
	if d, blocked := th.check("other", "198.51.100.7"); blocked || d != 0 {
		t.Error("another account from another address is slowed")
	}
	th.succeed("other")
	c.add(throttleWindow + time.Second)
	if _, blocked := th.check("amina", "192.0.2.1"); blocked {
		t.Error("the block does not expire")
	}
}

func TestSessionTimeouts(t *testing.T) {
	f := newFixture(t)
	tok := f.tokens[tizim.Viewer]
	alive := func() bool {
		res, _ := f.as("GET", "/account", tok, "", nil)
		return res.StatusCode == 200
	}
	f.clock.add(f.srv.cfg.IdleTimeout - time.Minute)
	if !alive() {
		t.Fatal("session ended before its idle timeout")
	}
	f.clock.add(f.srv.cfg.IdleTimeout + time.Minute)
	if alive() {
		t.Error("session outlived its idle timeout")
	}
	// Used every half hour, a session still ends at its absolute lifetime.
	u, _ := f.st.FindUser(context.Background(), "editor-user")
	tok, _ = f.srv.startSession(context.Background(), u, false)
	start := f.clock.now()
	for f.clock.now().Sub(start) < f.srv.cfg.SessionLifetime-time.Hour {
		f.clock.add(30 * time.Minute)
		if !alive() {
			t.Fatalf("session ended after %v of use", f.clock.now().Sub(start))
		}
	}
	f.clock.add(90 * time.Minute)
	if alive() {
		t.Error("session outlived its absolute lifetime")
	}
}

func TestPasswordChangeEndsSessions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	u, _ := f.st.FindUser(ctx, "reviewer-user")
	other, _ := f.srv.startSession(ctx, u, false)
	api, _ := f.srv.startSession(ctx, u, true)
	tok := f.tokens[tizim.Reviewer]
	newPassword := "a much better passphrase 2"
	for _, tc := range []struct {
		current, next, confirm string
		status                 int
	}{
		{"wrong", newPassword, newPassword, 400},
		{testPassword, newPassword, "different", 400},
		{testPassword, "short", "short", 400},
	} {
		res, _ := f.as("POST", "/account/password", tok, "", url.Values{"current": {tc.current}, "new": {tc.next}, "confirm": {tc.confirm}})
		if res.StatusCode != tc.status {
			t.Errorf("%+v: %d", tc, res.StatusCode)
		}
	}
	f.clock.add(time.Second)
	res, _ := f.as("POST", "/account/password", tok, "", url.Values{"current": {testPassword}, "new": {newPassword}, "confirm": {newPassword}})
	var fresh string
	for _, c := range res.Cookies() {
		if c.Name == cookieName {
			fresh = c.Value
		}
	}
	if res.StatusCode != 200 || fresh == "" {
		t.Fatalf("password change: %d, new cookie %q", res.StatusCode, fresh)
	}
	for name, old := range map[string]string{"this browser's old session": tok, "another session": other} {
		if res, _ := f.as("GET", "/account", old, "", nil); res.StatusCode == 200 {
			t.Errorf("%s survived the password change", name)
		}
	}
	if res, _ := f.as("GET", "/api/people", "", api, nil); res.StatusCode != 401 {
		t.Errorf("API token after the password change: %d, want 401", res.StatusCode)
	}
	if res, _ := f.as("GET", "/account", fresh, "", nil); res.StatusCode != 200 {
		t.Errorf("the new session does not work: %d", res.StatusCode)
	}
	if _, _, c := f.login("reviewer-user", newPassword, "/"); c == nil {
		t.Error("cannot log in with the new password")
	}
}

func TestAPITokens(t *testing.T) {
	f := newFixture(t)
	_, body := f.as("POST", "/account/tokens", f.tokens[tizim.Viewer], "", url.Values{})
	m := regexp.MustCompile(`<code id="token">([A-Za-z0-9_-]{43})</code>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no token on the page")
	}
	token := m[1]
	res, body := f.as("GET", "/api/people?q=Partner", "", token, nil)
	if res.StatusCode != 200 || !strings.Contains(body, `"total": 1`) {
		t.Errorf("API with the viewer's token: %d %s", res.StatusCode, body)
	}
	if res, body := f.as("GET", "/api/people", "", "not-a-token", nil); res.StatusCode != 401 || !strings.Contains(body, `"code": "unauthorized"`) {
		t.Errorf("bad token: %d %s", res.StatusCode, body)
	}
	// A token is not a cookie, nor a cookie a token.
	if res, _ := f.as("GET", "/account", token, "", nil); res.StatusCode == 200 {
		t.Error("an API token works as a session cookie")
	}
	if res, _ := f.as("GET", "/api/people", "", f.tokens[tizim.Viewer], nil); res.StatusCode != 401 {
		t.Error("a session cookie works as an API token")
	}
	for _, req := range []struct {
		method, path string
		form         url.Values
	}{{"GET", "/account", nil}, {"POST", "/users", url.Values{"name": {"x"}, "role": {"admin"}}}, {"POST", "/account/tokens", url.Values{}}} {
		if res, _ := f.as(req.method, req.path, "", token, req.form); res.StatusCode != 401 {
			t.Errorf("%s %s with an API token: %d, want 401", req.method, req.path, res.StatusCode)
		}
	}
	tok2, err := CreateToken(context.Background(), f.st, "admin-user")
	if err != nil {
		t.Fatal(err)
	}
	if res, body := f.as("GET", "/api/people?q=Sealed", "", tok2, nil); res.StatusCode != 200 || !strings.Contains(body, "Sealed Witness") {
		t.Errorf("CreateToken's token: %d", res.StatusCode)
	}
}

func TestUsersAndFirstAdmin(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, _, created, err := EnsureAdmin(ctx, f.st); err != nil || created {
		t.Errorf("EnsureAdmin with users present: created=%v err=%v", created, err)
	}
	_, body := f.do(tizim.Admin, "POST", "/users", url.Values{"name": {"amina"}, "role": {"editor"}})
	m := regexp.MustCompile(`<code id="new-password">([A-Z2-7]{26})</code>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no one-time password shown")
	}
	if _, _, c := f.login("amina", m[1], "/"); c == nil {
		t.Error("the new user cannot log in with the one-time password")
	}
	for _, form := range []url.Values{{"name": {"amina"}, "role": {"editor"}}, {"name": {""}, "role": {"editor"}}, {"name": {"x"}, "role": {"god"}}} {
		if res, _ := f.do(tizim.Admin, "POST", "/users", form); res.StatusCode < 400 {
			t.Errorf("POST /users %v: %d", form, res.StatusCode)
		}
	}
	// Disabling a user ends their sessions at once.
	u, _ := f.st.FindUser(ctx, "viewer-user")
	u.Disabled = true
	if err := f.st.UpdateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	if res, _ := f.get(tizim.Viewer, "/account"); res.StatusCode == 200 {
		t.Error("a disabled user's session still works")
	}
}

func TestEnsureAdminOnEmptyDatabase(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	st := f.st
	users, _ := st.FindUsers(ctx)
	if len(users) == 0 {
		t.Fatal("fixture has no users")
	}
	empty := newEmptyStore(t)
	name, password, created, err := EnsureAdmin(ctx, empty)
	if err != nil || !created || name != "admin" || len(password) < 20 {
		t.Fatalf("EnsureAdmin: %q %q %v %v", name, password, created, err)
	}
	u, err := empty.FindUser(ctx, "admin")
	if err != nil || u.Role != tizim.Admin || !VerifyPassword(u.PasswordHash, password) {
		t.Errorf("admin %+v, %v", u, err)
	}
	if _, _, again, _ := EnsureAdmin(ctx, empty); again {
		t.Error("EnsureAdmin made a second admin")
	}
}

func TestCommandLineHelpers(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	pw, err := AddUser(ctx, f.st, "cli-user", tizim.Reviewer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AddUser(ctx, f.st, "cli-user", tizim.Reviewer); tizim.ErrorCode(err) != tizim.ECONFLICT {
		t.Errorf("adding a user twice: %v", err)
	}
	if _, err := AddUser(ctx, f.st, "x", "root"); tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("unknown role: %v", err)
	}
	_, _, c := f.login("cli-user", pw, "/")
	if c == nil {
		t.Fatal("cannot log in with AddUser's password")
	}
	f.clock.add(time.Second)
	if err := SetPassword(ctx, f.st, "cli-user", "another long passphrase"); err != nil {
		t.Fatal(err)
	}
	if res, _ := f.as("GET", "/account", c.Value, "", nil); res.StatusCode == 200 {
		t.Error("a session survived SetPassword")
	}
	_, _, c = f.login("cli-user", "another long passphrase", "/")
	if c == nil {
		t.Fatal("cannot log in with SetPassword's password")
	}
	if err := SetDisabled(ctx, f.st, "cli-user", true); err != nil {
		t.Fatal(err)
	}
	if res, _ := f.as("GET", "/account", c.Value, "", nil); res.StatusCode == 200 {
		t.Error("a session survived SetDisabled")
	}
	if _, _, c := f.login("cli-user", "another long passphrase", "/"); c != nil {
		t.Error("a disabled user logged in")
	}
	if err := SetPassword(ctx, f.st, "cli-user", "short"); tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("a short password: %v", err)
	}
}
