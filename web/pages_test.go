package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestMergedIDRedirects(t *testing.T) {
	f := newFixture(t)
	survivor, merged := f.id("family:f1"), f.id("police:p1")
	for _, tc := range []struct {
		role   tizim.Role
		path   string
		status int
		to     string
	}{
		{tizim.Editor, "/people/" + merged, http.StatusTemporaryRedirect, "/people/" + survivor},
		{tizim.Editor, "/people/" + merged + "?lang=ug", http.StatusTemporaryRedirect, "/people/" + survivor + "?lang=ug"},
		{tizim.Reviewer, "/api/people/" + merged, http.StatusTemporaryRedirect, "/api/people/" + survivor},
		{tizim.Editor, "/people/" + survivor, http.StatusOK, ""},
		// The public may not see the merged record, so its id names nothing for them.
		{tizim.Anonymous, "/people/" + merged, http.StatusNotFound, ""},
	} {
		res, _ := f.get(tc.role, tc.path)
		if res.StatusCode != tc.status || res.Header.Get("Location") != tc.to {
			t.Errorf("%s as %s: %d %q, want %d %q", tc.path, tc.role, res.StatusCode, res.Header.Get("Location"), tc.status, tc.to)
		}
	}
}

func TestPayloadsRenderAsText(t *testing.T) {
	f := newFixture(t)
	x := f.id("press:x1")
	for _, path := range []string{"/people/" + x, "/records/" + x, "/people?q=Evil", "/sources/" + itoa(f.src["press"])} {
		_, body := f.get(tizim.Anonymous, path)
		for _, bad := range []string{"<script>window.pwned", `<img src=x`, "<b>bold</b>", "<i>reports</i>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: the payload %q reached the page unescaped", path, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;window.pwned=1&lt;/script&gt;Evil") && !strings.Contains(body, "Press &lt;i&gt;reports&lt;/i&gt;") {
			t.Errorf("%s: the payload does not show as text", path)
		}
		// A right-to-left override inside a name must stay inside its <bdi> (or, in the title,
		// inside first-strong isolates) and not reorder the page around it.
		for i := 0; ; i++ {
			j := strings.Index(body[i:], "\u202E")
			if j < 0 {
				break
			}
			i += j
			before := body[max(0, i-80):i]
			if !strings.Contains(before, "<bdi") && !strings.Contains(before, "\u2068") {
				t.Errorf("%s: bidi control outside an isolating <bdi>: %q", path, before)
			}
		}
	}
}

func TestTemplatesHaveNoInlineScriptOrStyle(t *testing.T) {
	inline := regexp.MustCompile(`(?i)<script|<style|\sstyle=|\son[a-z]+=|javascript:`)
	files, _ := filepath.Glob("templates/*.html")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if m := inline.Find(b); m != nil {
			t.Errorf("%s has %q, which the Content-Security-Policy blocks", file, m)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/", "/people", "/no-such-page", "/api/people", "/login"} {
		res, _ := f.get(tizim.Anonymous, path)
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "script-src 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP allows inline code", path)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", path, h)
		}
	}
	// A form posted from another site is refused before it reaches the handler.
	req := url.Values{"name": {"admin-user"}, "password": {testPassword}}
	f.tokens[tizim.Anonymous] = ""
	delete(f.tokens, tizim.Anonymous)
	res := f.crossSite("/login", req)
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST /login: %d, want 403", res.StatusCode)
	}
}

func TestStaticFilesAreCachedForever(t *testing.T) {
	f := newFixture(t)
	u := f.srv.assets.URL("style.css")
	if !regexp.MustCompile(`^/static/style\.[0-9a-f]{12}\.css$`).MatchString(u) {
		t.Fatalf("style URL %q holds no checksum", u)
	}
	res, body := f.get(tizim.Anonymous, u)
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") ||
		!strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") || !strings.Contains(body, ":lang(ug)") {
		t.Errorf("GET %s: %d %v", u, res.StatusCode, res.Header)
	}
	if res, _ := f.get(tizim.Anonymous, "/static/style.000000000000.css"); res.StatusCode != 404 {
		t.Errorf("stale asset: %d, want 404", res.StatusCode)
	}
}

func TestPagination(t *testing.T) {
	f := newFixture(t) // two people a page
	for _, tc := range []struct {
		role   tizim.Role
		path   string
		status int
		want   []string
	}{
		{tizim.Admin, "/people", 200, []string{"1–2 of 5", `href="/people?page=3"`, `rel="next" href="/people?page=2"`}},
		{tizim.Admin, "/people?page=3", 200, []string{"5–5 of 5", `rel="prev" href="/people?page=2"`}},
		{tizim.Admin, "/people?page=9", 200, []string{"past the end of the list (5 in all)", `href="/people?page=3"`}},
		{tizim.Anonymous, "/people", 200, []string{"1–2 of 2"}},
		{tizim.Admin, "/people?status=sentenced&page=1", 200, []string{"1–1 of 1"}},
		{tizim.Admin, "/people?page=0", 400, nil},
		{tizim.Admin, "/people?page=x", 400, nil},
		{tizim.Admin, "/people?born_from=19x", 400, []string{"four digits"}},
		{tizim.Admin, "/people?status=bogus", 400, nil},
		{tizim.Admin, "/people?q=%ff%fe", 400, []string{"not valid text"}},
		{tizim.Admin, "/people?q=" + strings.Repeat("a", 10000), 400, []string{"too long"}},
		{tizim.Admin, "/people/abc", 404, nil},
		{tizim.Admin, "/people/99999", 404, nil},
		{tizim.Admin, "/api/people?limit=0", 400, []string{`"code": "invalid"`}},
		{tizim.Admin, "/api/people?limit=1&offset=1", 200, []string{`"total": 5`, `"limit": 1`}},
		{tizim.Admin, "/api/nothing", 404, []string{`"code": "not_found"`}},
	} {
		res, body := f.get(tc.role, tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("%.60s as %s: status %d, want %d", tc.path, tc.role, res.StatusCode, tc.status)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%.60s as %s: missing %q", tc.path, tc.role, w)
			}
		}
	}
}

func TestPersonPage(t *testing.T) {
	f := newFixture(t)
	_, body := f.get(tizim.Editor, "/people/"+f.id("family:f1"))
	for _, want := range []string{
		"Arabic script", "Chinese characters", "ئىلھام توختى", // names grouped by script
		"Where the sources disagree", "1969-10-25", "1968-03-02", // conflicting birth dates, each with its source
		"Urumqi No. 1 Prison", "2014-09", // timeline
		"Family testimonies", "Police list (synthetic)", // sources
		"same birth place and family", // the judgement's reason
	} {
		if !strings.Contains(body, want) {
			t.Errorf("person page lacks %q", want)
		}
	}
}

// put stores records in one write, each given its id.
func (f *fixture) put(t *testing.T, rs ...*tizim.Record) {
	t.Helper()
	ctx := context.Background()
	w, err := f.st.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if _, err := w.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestPersonPageConflictFromAge: a record without a birth date whose notes give an age takes its
// side of a birth-date conflict, said to come from the age; a visitor not cleared for its notes
// does not see it.
func TestPersonPageConflictFromAge(t *testing.T) {
	f := newFixture(t)
	born := &tizim.Record{Source: "family", RecordID: "aged1", Consent: tizim.Public, BirthDate: tizim.PartialDate{Year: 1969},
		Names: []tizim.Name{{Text: "Memet Tursun", Role: tizim.FullName}}}
	aged := &tizim.Record{Source: "family", RecordID: "aged2", Consent: tizim.Internal, Notes: "aged 30 in 2019",
		Names: []tizim.Name{{Text: "Memet Tursun", Role: tizim.FullName}}}
	f.put(t, born, aged)
	if err := f.st.Judge(context.Background(), tizim.Judgement{A: born.ID, B: aged.ID, Verdict: tizim.Same, By: "rev"}); err != nil {
		t.Fatal(err)
	}
	_, body := f.get(tizim.Editor, "/people/"+itoa(born.ID))
	for _, want := range []string{"Where the sources disagree", "1988/1989", "(from an age in the notes)"} {
		if !strings.Contains(body, want) {
			t.Errorf("person page lacks %q", want)
		}
	}
	if res, body := f.get(tizim.Anonymous, "/people/"+itoa(born.ID)); res.StatusCode != 200 || strings.Contains(body, "1988/1989") {
		t.Errorf("anonymous: %d, or the birth years of an internal record's notes shown", res.StatusCode)
	}
}

func TestBigClusterPageIsBounded(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	var rs []*tizim.Record
	for i := range 60 {
		rs = append(rs, &tizim.Record{Source: "family", RecordID: "big" + itoa(int64(i)), Consent: tizim.Public,
			Names: []tizim.Name{{Text: "Memet Tursun", Role: tizim.FullName}}})
	}
	f.put(t, rs...)
	var ids []int64
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	var js []tizim.Judgement
	for _, id := range ids[1:] {
		js = append(js, tizim.Judgement{A: ids[0], B: id, Verdict: tizim.Same, By: "rev"})
	}
	if err := f.st.Judge(ctx, js...); err != nil {
		t.Fatal(err)
	}
	res, body := f.get(tizim.Editor, "/people/"+itoa(ids[0]))
	if res.StatusCode != 200 || !strings.Contains(body, "The first 50 of 60 records") || strings.Count(body, `<th scope="col"><a href="/records/`) != 50 {
		t.Errorf("big cluster: %d, %d columns", res.StatusCode, strings.Count(body, `<th scope="col"><a href="/records/`))
	}
}

func TestEmptyHomeSaysHowToImport(t *testing.T) {
	st := newEmptyStore(t)
	srv := New(Config{Records: st, Sources: st, Facilities: st, People: st, Users: st})
	ctx := context.Background()
	u := &tizim.User{Name: "first", Role: tizim.Admin, PasswordHash: testHash()}
	if err := st.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	tok, _ := srv.startSession(ctx, u, false)
	for _, tc := range []struct {
		cookie string
		want   string
	}{{tok, "tizim import --source"}, {"", "Nothing is published yet"}} {
		req := httptest.NewRequest("GET", "/", nil)
		if tc.cookie != "" {
			req.AddCookie(&http.Cookie{Name: cookieName, Value: tc.cookie})
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("empty home (logged in: %v): %d, lacks %q", tc.cookie != "", rec.Code, tc.want)
		}
	}
}
