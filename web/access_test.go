package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// allRoles is every role a request can have, the public included.
var allRoles = append(slices.Clone(tizim.Roles), tizim.Anonymous)

// accessMatrix is the access policy, written out independently of the server's table: for each
// route, the roles that may use it. A route the server has and this matrix lacks fails the test,
// so nobody adds an address without deciding who may use it.
var accessMatrix = map[string][]tizim.Role{
	"GET /{$}":                   allRoles,
	"GET /people":                allRoles,
	"GET /people/{id}":           allRoles,
	"GET /records/{id}":          allRoles,
	"GET /sources":               allRoles,
	"GET /facilities":            allRoles,
	"GET /sources/{id}":          allRoles,
	"GET /facilities/{id}":       allRoles,
	"GET /login":                 allRoles,
	"POST /login":                allRoles,
	"POST /logout":               tizim.Roles,
	"GET /account":               tizim.Roles,
	"POST /account/password":     tizim.Roles,
	"POST /account/tokens":       tizim.Roles,
	"POST /account/totp/new":     tizim.Roles,
	"POST /account/totp":         tizim.Roles,
	"POST /account/totp/off":     tizim.Roles,
	"GET /records/new":           {tizim.Admin, tizim.Editor},
	"POST /records":              {tizim.Admin, tizim.Editor},
	"GET /records/{id}/correct":  {tizim.Admin, tizim.Editor},
	"POST /records/{id}/correct": {tizim.Admin, tizim.Editor},
	"GET /sources/new":           {tizim.Admin, tizim.Editor},
	"POST /sources":              {tizim.Admin, tizim.Editor},
	"GET /sources/{id}/edit":     {tizim.Admin, tizim.Editor},
	"POST /sources/{id}":         {tizim.Admin, tizim.Editor},
	"GET /import":                {tizim.Admin, tizim.Editor},
	"POST /import/preview":       {tizim.Admin, tizim.Editor},
	"GET /import/preview":        {tizim.Admin, tizim.Editor},
	"POST /import/commit":        {tizim.Admin, tizim.Editor},
	"GET /import/jobs/{id}":      {tizim.Admin, tizim.Editor},
	"GET /review":                {tizim.Admin, tizim.Reviewer},
	"GET /review/{id}":           {tizim.Admin, tizim.Reviewer},
	"POST /review/{id}":          {tizim.Admin, tizim.Reviewer},
	"POST /judgements/withdraw":  {tizim.Admin, tizim.Reviewer},
	"GET /people/{id}/history":   {tizim.Admin, tizim.Reviewer},
	"POST /people/{id}/merge":    {tizim.Admin, tizim.Reviewer},
	"POST /people/{id}/split":    {tizim.Admin, tizim.Reviewer},
	"POST /judgements/{id}/undo": {tizim.Admin, tizim.Reviewer},
	"GET /users":                 {tizim.Admin},
	"POST /users":                {tizim.Admin},
	"GET /static/{file}":         allRoles,
	"GET /api/people":            allRoles,
	"GET /api/people/{id}":       allRoles,
	"GET /api/records/{id}":      allRoles,
	"GET /api/sources/{id}":      allRoles,
	"GET /api/openapi.json":      allRoles,
	" /api/":                     allRoles,
	" /":                         allRoles,
}

// samplePath turns a route pattern into an address to request.
func (f *fixture) samplePath(pattern string) string {
	r := strings.NewReplacer("{$}", "", "{file}", strings.TrimPrefix(f.srv.assets.URL("style.css"), "/static/"))
	p := r.Replace(pattern)
	switch {
	case strings.Contains(p, "/sources/{id}"):
		p = strings.Replace(p, "{id}", itoa(f.src["family"]), 1)
	case strings.Contains(p, "/facilities/{id}"):
		p = strings.Replace(p, "{id}", itoa(f.fac), 1)
	default:
		p = strings.Replace(p, "{id}", f.id("family:f1"), 1)
	}
	if p == "/" && pattern == "/" {
		p = "/no-such-page"
	}
	return p
}

// denied reports whether the response is the guard's refusal.
func denied(res *http.Response) bool {
	return res.StatusCode == http.StatusUnauthorized || res.StatusCode == http.StatusForbidden ||
		(res.StatusCode == http.StatusSeeOther && strings.HasPrefix(res.Header.Get("Location"), "/login?next="))
}

func TestRouteRoleMatrix(t *testing.T) {
	f := newFixture(t)
	seen := map[string]bool{}
	for _, rt := range f.srv.routes {
		key := rt.method + " " + rt.pattern
		seen[key] = true
		want, ok := accessMatrix[key]
		if !ok {
			t.Errorf("route %q has no entry in the access matrix: decide who may use it", key)
			continue
		}
		method := rt.method
		if method == "" {
			method = "GET"
		}
		for _, role := range allRoles {
			var form url.Values
			if method == "POST" {
				form = url.Values{"name": {"nobody"}, "password": {"wrong"}}
			}
			f.relogin(role)
			res, _ := f.do(role, method, f.samplePath(rt.pattern), form)
			if got, allowed := denied(res), slices.Contains(want, role); got == allowed {
				t.Errorf("%s as %s: status %d (location %q), allowed=%v", key, role, res.StatusCode, res.Header.Get("Location"), allowed)
			}
			if res.Header.Get("Content-Security-Policy") != contentSecurityPolicy {
				t.Errorf("%s as %s: no Content-Security-Policy", key, role)
			}
		}
	}
	for key := range accessMatrix {
		if !seen[key] {
			t.Errorf("access matrix names %q, which the server does not have", key)
		}
	}
}

// TestSideChannels checks that what each role learns from lists, searches, counts, the API and
// a person built from records at several consent levels is only what its clearance allows.
func TestSideChannels(t *testing.T) {
	f := newFixture(t)
	type probe struct {
		path     string
		contains map[tizim.Role][]string // role → texts that must appear
		absent   map[tizim.Role][]string // role → texts that must not
	}
	anonHidden := []string{"伊力哈木", "Sealed Witness", "Partner Shared", "informant K", "Guli Secretova", "650102199001011220"}
	probes := []probe{
		{path: "/people?q=" + url.QueryEscape("伊力哈木"),
			contains: map[tizim.Role][]string{tizim.Viewer: {"No people found."}, tizim.Editor: {"Ilham Tohti"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"Ilham Tohti"}, tizim.Viewer: {"Ilham Tohti"}}},
		{path: "/people?q=Sealed",
			contains: map[tizim.Role][]string{tizim.Admin: {"Sealed Witness"}},
			absent:   map[tizim.Role][]string{tizim.Editor: {"Sealed Witness"}, tizim.Reviewer: {"Sealed Witness"}, tizim.Viewer: {"Sealed Witness"}, tizim.Anonymous: {"Sealed Witness"}}},
		{path: "/people?q=Partner",
			contains: map[tizim.Role][]string{tizim.Viewer: {"Partner Shared"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"Partner Shared"}}},
		{path: "/people?q=Guli", // the anonymised record's name must not find it for the public
			contains: map[tizim.Role][]string{tizim.Anonymous: {"No people found."}, tizim.Viewer: {`href="/people/` + f.id("family:f2")}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {`href="/people/` + f.id("family:f2")}}},
		{path: "/api/people?q=Guli",
			contains: map[tizim.Role][]string{tizim.Anonymous: {`"total": 0`}, tizim.Viewer: {`"total": 1`}}},
		{path: "/", // counts: the public sees 2 people (Ilham Tohti via his public record, the press record)
			contains: map[tizim.Role][]string{tizim.Anonymous: {"<strong>2</strong>"}, tizim.Admin: {"<strong>5</strong>"}}},
		{path: "/people/" + f.id("family:f1"),
			contains: map[tizim.Role][]string{tizim.Anonymous: {"Ilham Tohti", "ئىلھام توختى"}, tizim.Editor: {"伊力哈木", "informant K", "110101196803020011"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: anonHidden, tizim.Viewer: anonHidden}},
		{path: "/people/" + f.id("family:f2"),
			contains: map[tizim.Role][]string{tizim.Anonymous: {"Name withheld", "Kashgar camp 3", "1990"}, tizim.Viewer: {"Guli Secretova"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"Guli", "650102199001011220", "1990-01-01", "bazaar", "Kashgar city", "praying", "f2"}}},
		{path: "/api/people/" + f.id("family:f2"),
			absent: map[tizim.Role][]string{tizim.Anonymous: {"Guli", "650102199001011220", "1990-01-01", "bazaar", "praying"}}},
		{path: "/api/records/" + f.id("police:p1"),
			contains: map[tizim.Role][]string{tizim.Anonymous: {`"not_found"`}, tizim.Viewer: {`"not_found"`}, tizim.Reviewer: {"伊力哈木"}}},
		{path: "/records/" + f.id("police:p2"),
			contains: map[tizim.Role][]string{tizim.Admin: {"Sealed Witness"}},
			absent:   map[tizim.Role][]string{tizim.Editor: {"Sealed Witness"}}},
		{path: "/api/sources/" + itoa(f.src["family"]), // counts only what the caller may see
			contains: map[tizim.Role][]string{tizim.Anonymous: {`"records": 2`}, tizim.Admin: {`"records": 2`}}},
		{path: "/api/sources/" + itoa(f.src["police"]),
			contains: map[tizim.Role][]string{tizim.Editor: {`"records": 1`}, tizim.Admin: {`"records": 2`}}},
		{path: "/sources", // the list: only sources within the clearance, with visible record counts
			contains: map[tizim.Role][]string{tizim.Anonymous: {"Family testimonies", "1–2 of 2"}, tizim.Admin: {"1–2 of 5"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"Police list", "Anonymised survey", "Partner dataset"}}},
		{path: "/facilities",
			contains: map[tizim.Role][]string{tizim.Anonymous: {"Urumqi No. 1 Prison", "prison"}}},
		{path: "/sources/" + itoa(f.src["survey"]), // a source has no redacted form
			contains: map[tizim.Role][]string{tizim.Anonymous: {"There is no source"}, tizim.Viewer: {"Anonymised survey"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"Anonymised survey"}}},
		{path: "/sources/" + itoa(f.src["police"]),
			absent: map[tizim.Role][]string{tizim.Anonymous: {"Police list"}, tizim.Viewer: {"Police list"}}},
		{path: "/facilities/" + itoa(f.fac),
			contains: map[tizim.Role][]string{tizim.Anonymous: {"Ilham Tohti", "family"}},
			absent:   map[tizim.Role][]string{tizim.Anonymous: {"police"}}},
	}
	for _, p := range probes {
		for _, role := range allRoles {
			_, body := f.get(role, p.path)
			for _, s := range p.contains[role] {
				if !strings.Contains(body, s) {
					t.Errorf("%s as %s: missing %q", p.path, role, s)
				}
			}
			for _, s := range p.absent[role] {
				if strings.Contains(body, s) {
					t.Errorf("%s as %s: shows %q", p.path, role, s)
				}
			}
		}
	}
}
