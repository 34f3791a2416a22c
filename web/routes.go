package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// handlerFunc is a handler that already knows who is asking.
type handlerFunc func(w http.ResponseWriter, r *http.Request, v *visitor)

// route is one entry of the routing table: nothing is reachable unless a route names it, and a
// route is usable only by the roles it lists.
type route struct {
	method  string // "" for any method
	pattern string // a net/http pattern without the method
	roles   []tizim.Role
	handle  handlerFunc
}

// Role sets used by the table.
var (
	editors   = []tizim.Role{tizim.Admin, tizim.Editor}
	reviewers = []tizim.Role{tizim.Admin, tizim.Reviewer}
	everyone  = []tizim.Role{tizim.Admin, tizim.Editor, tizim.Reviewer, tizim.Viewer, tizim.Anonymous}
	members   = []tizim.Role{tizim.Admin, tizim.Editor, tizim.Reviewer, tizim.Viewer}
	admins    = []tizim.Role{tizim.Admin}
)

// table is the whole routing table of the server, deny by default: every address the server
// answers is here, with the roles that may use it.
func (s *Server) table() []route {
	return []route{
		{"GET", "/{$}", everyone, s.home},
		{"GET", "/people", everyone, s.peopleList},
		{"GET", "/people/{id}", everyone, s.personShow},
		{"GET", "/records/{id}", everyone, s.recordShow},
		{"GET", "/records/new", editors, s.recordNew},
		{"POST", "/records", editors, s.recordCreate},
		{"GET", "/records/{id}/correct", editors, s.recordCorrectShow},
		{"POST", "/records/{id}/correct", editors, s.recordCorrect},
		{"GET", "/sources", everyone, s.sourceList},
		{"GET", "/sources/{id}", everyone, s.sourceShow},
		{"GET", "/sources/new", editors, s.sourceNew},
		{"POST", "/sources", editors, s.sourceCreate},
		{"GET", "/sources/{id}/edit", editors, s.sourceEdit},
		{"POST", "/sources/{id}", editors, s.sourceUpdate},
		{"GET", "/import", editors, s.importShow},
		{"POST", "/import/preview", editors, s.importPreview},
		{"GET", "/import/preview", editors, s.importPreviewShow},
		{"POST", "/import/commit", editors, s.importCommit},
		{"GET", "/import/jobs/{id}", editors, s.importJobShow},
		{"GET", "/facilities", everyone, s.facilityList},
		{"GET", "/facilities/{id}", everyone, s.facilityShow},
		{"GET", "/review", reviewers, s.reviewList},
		{"GET", "/review/{id}", reviewers, s.reviewShow},
		{"POST", "/review/{id}", reviewers, s.reviewDecide},
		{"POST", "/judgements/withdraw", reviewers, s.judgementWithdraw},
		{"GET", "/people/{id}/history", reviewers, s.personHistory},
		{"POST", "/people/{id}/merge", reviewers, s.personMerge},
		{"POST", "/people/{id}/split", reviewers, s.personSplit},
		{"POST", "/judgements/{id}/undo", reviewers, s.judgementUndo},
		{"GET", "/login", everyone, s.loginShow},
		{"POST", "/login", everyone, s.loginPost},
		{"POST", "/logout", members, s.logoutPost},
		{"GET", "/account", members, s.accountShow},
		{"POST", "/account/password", members, s.passwordPost},
		{"POST", "/account/tokens", members, s.tokenPost},
		{"POST", "/account/totp/new", members, s.totpNew},
		{"POST", "/account/totp", members, s.totpEnable},
		{"POST", "/account/totp/off", members, s.totpDisable},
		{"GET", "/users", admins, s.usersShow},
		{"POST", "/users", admins, s.userPost},
		{"GET", "/static/{file}", everyone, s.static},
		{"GET", "/api/people", everyone, s.apiPeople},
		{"GET", "/api/people/{id}", everyone, s.apiPerson},
		{"GET", "/api/records/{id}", everyone, s.apiRecord},
		{"GET", "/api/sources/{id}", everyone, s.apiSource},
		{"GET", "/api/openapi.json", everyone, s.apiSpec},
		{"", "/api/", everyone, s.apiNotFound},
		{"", "/", everyone, s.notFound},
	}
}

// mux builds the router from the table. Every handler is wrapped in the access check, and every
// route that is not a GET also in cross-origin protection: no state changes on GET, and none
// from another site's form.
func (s *Server) mux() http.Handler {
	mux := http.NewServeMux()
	cop := http.NewCrossOriginProtection()
	s.routes = s.table()
	for _, rt := range s.routes {
		var h http.Handler = s.guard(rt)
		if rt.method != "GET" {
			h = cop.Handler(h)
		}
		pattern := rt.pattern
		if rt.method != "" {
			pattern = rt.method + " " + pattern
		}
		mux.Handle(pattern, h)
	}
	return mux
}

// guard lets a request through to the route's handler only when the visitor's role is listed.
// Anonymous visitors who are refused a page are sent to log in; API clients get 401.
func (s *Server) guard(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := s.visitorOf(w, r)
		if err == nil && v.api && !isAPI(r) {
			// Tokens are for reading the API: a stolen one must not change anything.
			err = tizim.Errorf(tizim.EUNAUTHORIZED, "API tokens work only under /api/.")
		}
		if err != nil {
			s.fail(w, r, v, err)
			return
		}
		if slices.Contains(rt.roles, v.role) {
			rt.handle(w, r, v)
			return
		}
		if v.role == tizim.Anonymous && r.Method == http.MethodGet && !isAPI(r) {
			http.Redirect(w, r, "/login?next="+url.QueryEscape(localPath(r.URL.RequestURI())), http.StatusSeeOther)
			return
		}
		if v.role == tizim.Anonymous {
			s.fail(w, r, v, tizim.Errorf(tizim.EUNAUTHORIZED, "Log in to do this."))
			return
		}
		s.fail(w, r, v, tizim.Errorf(tizim.EFORBIDDEN, "Your role may not do this."))
	})
}

// isAPI reports whether the request is for the JSON API.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// localPath returns p when it is a path on this site, else "/": a "next" parameter must never
// send a visitor to another site.
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") ||
		strings.ContainsAny(p, "\r\n") {
		return "/"
	}
	return p
}
