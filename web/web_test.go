package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// testPassword is every test user's password.
const testPassword = "correct horse battery staple"

var testHash = sync.OnceValue(func() string {
	h, err := HashPassword(testPassword)
	if err != nil {
		panic(err)
	}
	return h
})

// fixture is a server on a real SQLite store, seeded with records at every consent level, one
// user per role, and a session token per role.
type fixture struct {
	t      testing.TB
	srv    *Server
	st     *store.Store
	tokens map[tizim.Role]string // session cookie value per role; none for Anonymous
	rec    map[string]int64      // record ids by "source:record_id"
	src    map[string]int64      // source ids by key
	fac    int64                 // a facility id
	clock  *clock
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Synthetic people; Ilham Tohti is a well-known public figure (see the reference on names).
var seedRecords = []tizim.Record{
	{Source: "family", RecordID: "f1", Consent: tizim.Public, Sex: tizim.Male, BirthDate: tizim.PartialDate{Year: 1969, Month: 10, Day: 25},
		Names:     []tizim.Name{{Text: "Ilham Tohti", Script: "latin", Role: tizim.FullName}, {Text: "ئىلھام توختى", Script: "arabic", Role: tizim.FullName}},
		Episodes:  []tizim.Episode{{Status: tizim.Sentenced, Start: tizim.PartialDate{Year: 2014}, Facility: "Urumqi No. 1 Prison", Sentence: "life"}},
		Ethnicity: "uyghur"},
	{Source: "police", RecordID: "p1", Consent: tizim.Internal, Sex: tizim.Male, BirthDate: tizim.PartialDate{Year: 1968, Month: 3, Day: 2},
		Names:    []tizim.Name{{Text: "伊力哈木·土赫提", Script: "han", Role: tizim.FullName}},
		IDNumber: "110101196803020011", Episodes: []tizim.Episode{{Status: tizim.Sentenced, Start: tizim.PartialDate{Year: 2014, Month: 9}}},
		Notes: "internal note: informant K"},
	{Source: "press", RecordID: "x1", Consent: tizim.Public,
		Names: []tizim.Name{{Text: `<script>window.pwned=1</script>Evil "Name" ` + "\u202Eevil", Role: tizim.FullName}},
		Notes: `<img src=x onerror="window.pwned=2">&amp; <b>bold</b>`},
	{Source: "family", RecordID: "f2", Consent: tizim.Anonymised, Sex: tizim.Female, BirthDate: tizim.PartialDate{Year: 1990, Month: 1, Day: 1},
		Names: []tizim.Name{{Text: "Guli Secretova", Role: tizim.FullName}}, IDNumber: "650102199001011220",
		HomeCode: "653101", HomePlace: "Kashgar city", Notes: "lives at the old bazaar",
		Episodes: []tizim.Episode{{Status: tizim.Camp, Start: tizim.PartialDate{Year: 2018}, Facility: "Kashgar camp 3", Charges: "praying"}}},
	{Source: "police", RecordID: "p2", Consent: tizim.Sealed, Names: []tizim.Name{{Text: "Sealed Witness", Role: tizim.FullName}}},
	{Source: "partner", RecordID: "n1", Consent: tizim.Partners, Names: []tizim.Name{{Text: "Partner Shared", Role: tizim.FullName}}},
}

var seedSources = []tizim.Source{
	{Key: "family", Kind: tizim.Testimony, Title: "Family testimonies", Consent: tizim.Public},
	{Key: "police", Kind: tizim.LeakedList, Title: "Police list (synthetic)", Consent: tizim.Internal},
	{Key: "press", Kind: tizim.MediaReport, Title: "Press <i>reports</i>", Consent: tizim.Public},
	{Key: "partner", Kind: tizim.Dataset, Title: "Partner dataset", Consent: tizim.Partners},
	{Key: "survey", Kind: tizim.Testimony, Title: "Anonymised survey", Consent: tizim.Anonymised},
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, st: st, tokens: map[tizim.Role]string{}, rec: map[string]int64{}, src: map[string]int64{},
		clock: &clock{t: time.Now()}}
	for _, s := range seedSources {
		s := s
		if err := st.CreateSource(ctx, &s); err != nil {
			t.Fatal(err)
		}
		f.src[s.Key] = s.ID
	}
	w, err := st.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range seedRecords {
		r := r
		if _, err := w.Put(ctx, &r); err != nil {
			t.Fatal(err)
		}
		f.rec[r.Key().String()] = r.ID
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	// The public testimony and the internal police record are one person.
	if err := st.Judge(ctx, tizim.Judgement{A: f.rec["family:f1"], B: f.rec["police:p1"], Verdict: tizim.Same,
		By: "rev", Reason: "same birth place and family"}); err != nil {
		t.Fatal(err)
	}
	fac := &tizim.Facility{Key: "urumqi-1", Kind: tizim.Prison, Names: []tizim.Name{{Text: "Urumqi No. 1 Prison"}}, Sources: []string{"family", "police"}}
	if err := st.PutFacility(ctx, fac); err != nil {
		t.Fatal(err)
	}
	f.fac = fac.ID
	f.srv = New(Config{Records: st, Sources: st, Facilities: st, People: st, Users: st, PageSize: 2,
		Logger: slog.New(slog.NewTextHandler(t.Output(), nil)), Now: f.clock.now})
	t.Cleanup(func() { f.srv.Close() })
	for _, role := range tizim.Roles {
		u := &tizim.User{Name: string(role) + "-user", Role: role, PasswordHash: testHash(), Created: f.clock.now(), PasswordChanged: f.clock.now()}
		if err := st.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		token, err := f.srv.startSession(ctx, u, false)
		if err != nil {
			t.Fatal(err)
		}
		f.tokens[role] = token
	}
	return f
}

// do sends a request as the role and returns the response with its body read.
func (f *fixture) do(role tizim.Role, method, target string, form url.Values) (*http.Response, string) {
	f.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, target, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if tok, ok := f.tokens[role]; ok {
		req.AddCookie(&http.Cookie{Name: cookieName, Value: tok})
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// relogin gives the role a fresh session if its session has ended (after a logout, say).
func (f *fixture) relogin(role tizim.Role) {
	f.t.Helper()
	tok, ok := f.tokens[role]
	if !ok {
		return
	}
	ctx := context.Background()
	if _, err := f.st.FindSession(ctx, hashToken(tok)); err == nil {
		return
	}
	u, err := f.st.FindUser(ctx, string(role)+"-user")
	if err != nil {
		f.t.Fatal(err)
	}
	if f.tokens[role], err = f.srv.startSession(ctx, u, false); err != nil {
		f.t.Fatal(err)
	}
}

// get is do with GET.
func (f *fixture) get(role tizim.Role, target string) (*http.Response, string) {
	f.t.Helper()
	return f.do(role, "GET", target, nil)
}

// id writes a record id as a path segment.
func (f *fixture) id(key string) string {
	id, ok := f.rec[key]
	if !ok {
		f.t.Fatalf("no record %s", key)
	}
	return itoa(id)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// crossSite posts a form as a browser would from another site.
func (f *fixture) crossSite(target string, form url.Values) *http.Response {
	req := httptest.NewRequest("POST", target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	return rec.Result()
}

// newEmptyStore opens a store with nothing in it.
func newEmptyStore(t *testing.T) *store.Store {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
