// Package web is Tizim's HTTP server: server-rendered pages for researchers and the public, a
// JSON API under /api/, accounts with sessions, and the access rules that decide who sees what.
//
// The idea is deny by default. Every route is registered through one table that names the roles
// allowed to use it, so a route nobody thought about is a route nobody can reach; every read
// asks the store only for what the caller's clearance (tizim.Role.Clearance) allows, so lists,
// counts and search results are built from visible records alone; and every response carries a
// strict Content-Security-Policy. Pages are html/template with embedded templates and CSS, and
// work with JavaScript switched off, as they must for visitors on Tor Browser's safest setting.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/tizim/tizim"
)

// Config is what the server needs: the services it reads and writes, a logger, and options.
type Config struct {
	Records    tizim.RecordService
	Sources    tizim.SourceService
	Facilities tizim.FacilityService
	People     tizim.PersonService
	Users      tizim.UserService
	// Search, when set, ranks people by name in any script for the people page's and the API's
	// ?q=, narrowed by the home, birth year and sex filters when set (the names issue's index;
	// see SearchFunc). Without it, or with other filters, the store's substring search answers.
	Search SearchFunc
	// Reviews is the resolution's review queue; nil leaves the review pages answering 404.
	Reviews tizim.ReviewService
	// Importer runs the import page's previews and imports; nil leaves the import pages
	// answering 404.
	Importer tizim.Importer
	Logger   *slog.Logger

	// IdleTimeout ends a browser session unused for this long (default 2 hours).
	IdleTimeout time.Duration
	// SessionLifetime ends a browser session this long after login, used or not (default 12 hours).
	SessionLifetime time.Duration
	// TokenLifetime ends an API token this long after it was made (default 90 days).
	TokenLifetime time.Duration
	// PageSize is the number of people on one page of a list (default 50).
	PageSize int
	// MaxInFlight is how many page and API reads run at once; the rest wait their turn
	// (default one per CPU). Writes, uploads among them, are not limited.
	MaxInFlight int
	// Now returns the current time; tests set it to move the clock (default time.Now).
	Now func() time.Time
}

// SearchFunc returns the people whose names best match f.Query, best first, at most limit of
// them, built only from records f.Clearance may see that also have f's HomeCode (a prefix),
// Sex and birth year range (BornFrom, BornTo) when those are set. The web asks it only when no
// other filter is set. Each person needs ID and Name; RecordCount and Status are shown when set.
type SearchFunc func(ctx context.Context, f tizim.PersonFilter, limit int) ([]*tizim.Person, error)

// Server is the web application. It is an http.Handler.
type Server struct {
	cfg      Config
	log      *slog.Logger
	handler  http.Handler
	routes   []route
	pages    *pages
	assets   *assets
	throttle *throttle
	sources  *sourceCache
	counts   *counts
	imports  *imports
}

// New returns a server for cfg, with defaults filled in for the options left zero.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 2 * time.Hour
	}
	if cfg.SessionLifetime == 0 {
		cfg.SessionLifetime = 12 * time.Hour
	}
	if cfg.TokenLifetime == 0 {
		cfg.TokenLifetime = 90 * 24 * time.Hour
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = 50
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxInFlight <= 0 {
		// One per CPU: the pages' reads are CPU work (the name index, SQLite in process), and
		// two running on one core both finish late. Measured with bench/wrk at 1,000,000
		// people, 50 connections: search page p99 59–65 ms with 2 on 2 cores, 98–103 with 4;
		// person page 27–30 against 36–37 (docs/PERFORMANCE.md, "The search page with wrk").
		cfg.MaxInFlight = runtime.GOMAXPROCS(0)
	}
	s := &Server{cfg: cfg, log: cfg.Logger}
	s.assets = loadAssets()
	s.pages = loadPages(s.assets)
	s.throttle = newThrottle(cfg.Now)
	s.sources = newSourceCache(time.Minute, cfg.Now)
	s.counts = newCounts(cfg.Now)
	s.imports = newImports(cfg.Now)
	s.handler = limit(cfg.MaxInFlight, s.secure(s.mux()))
	return s
}

// Close removes the uploads the server still holds, and their directory: a spreadsheet of
// detained people's names is not left behind in the system's temporary directory once the
// server stops. Call it after the HTTP server has shut down; an import already running keeps
// reading the file it has open.
func (s *Server) Close() error { return s.imports.close() }

// ServeHTTP answers a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// now is the server's clock.
func (s *Server) now() time.Time { return s.cfg.Now() }
