// Package store keeps Tizim's sources, records, people, judgements and facilities in a SQL
// database: SQLite (a file, the default, no server needed) or PostgreSQL (a postgres:// URL).
//
// Both databases get the same hand-written SQL on database/sql; only the schema (embedded
// migrations, one set per dialect) and a few clauses differ, and those differences live in
// dialect.go. Records keep what lists filter on in scalar columns and their nested parts as JSON
// text. A person is not a row: every record carries the id of the person it belongs to, which
// is the smallest record id of its cluster, so a merged-away id redirects simply because its
// record now names the survivor. Judge recomputes those ids with tizim.Cluster over the part of
// the graph a judgement touches. Nothing is deleted: an updated record's earlier version is
// copied to record_history by a trigger, and judgements are only ever added.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tizim/tizim"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// Store is a Tizim database. It is safe for concurrent use.
type Store struct {
	db    *sql.DB
	d     *dialect
	reads readCache // answers of whole-table reads, kept while the records are unchanged
	stmts sync.Map  // prepared statements of the read path by query text (see prepared)
}

// The Store implements the services of the root package.
var (
	_ tizim.RecordService   = (*Store)(nil)
	_ tizim.SourceService   = (*Store)(nil)
	_ tizim.FacilityService = (*Store)(nil)
	_ tizim.PersonService   = (*Store)(nil)
)

// Open opens the database named by dsn and brings its schema up to date. A postgres:// or
// postgresql:// URL opens PostgreSQL; anything else is the path of a SQLite file, whose
// directory is created when missing.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if dsn == "" {
		return nil, tizim.Errorf(tizim.EINVALID, "no database given")
	}
	var s Store
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		s.db, s.d = db, postgres
	} else {
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, fmt.Errorf("store: create database directory: %w", err)
			}
		}
		db, err := sql.Open("sqlite", sqliteDSN(dsn))
		if err != nil {
			return nil, fmt.Errorf("store: open sqlite %s: %w", dsn, err)
		}
		s.db, s.d = db, sqlite
	}
	// Keep connections open between requests: reopening a SQLite connection (or a PostgreSQL
	// one) under load costs more than the query. The cap keeps a burst of clients within
	// PostgreSQL's default of 100 connections.
	s.db.SetMaxOpenConns(64)
	s.db.SetMaxIdleConns(poolIdle)
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: connect to %s database: %w", s.d.name, err)
	}
	if err := migrate(ctx, s.db, s.d); err != nil {
		s.db.Close()
		return nil, err
	}
	return &s, nil
}

// sqliteDSN adds the settings every connection needs: WAL so readers do not block the writer,
// synchronous=FULL so a committed import survives a power cut, foreign keys, a busy timeout so
// that concurrent writers wait instead of failing, and immediate transactions so a writer takes
// its lock at BEGIN rather than failing to upgrade halfway.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
		"&_pragma=foreign_keys(1)&_pragma=busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) +
		")&_txlock=immediate"
}

// busyTimeout is how long a SQLite write waits for another to finish before giving up.
var busyTimeout = 10 * time.Second

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Dialect returns "sqlite" or "postgres".
func (s *Store) Dialect() string { return s.d.name }

// Check verifies that the database is sound: SQLite's integrity check, or a query on PostgreSQL.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, s.d.check).Scan(&res); err != nil {
		return fmt.Errorf("store: check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("store: check: database is damaged: %s", res)
	}
	return nil
}

// Counts are the sizes of the database as one reader may see it.
type Counts struct {
	People     int `json:"people"`
	Records    int `json:"records"`
	Sources    int `json:"sources"`
	Facilities int `json:"facilities"`
}

// Counts returns how many people, records and sources the clearance may see, and how many
// facilities there are. The counts read every record (half a second at a million), so they are
// kept while the records, sources and facilities are unchanged (see readCache); sources and
// facilities added by another process are seen within maxReadAge.
func (s *Store) Counts(ctx context.Context, clearance tizim.Consent) (Counts, error) {
	rank := clearanceRank(clearance)
	v, err := s.cached(ctx, "counts "+strconv.Itoa(rank), func() (any, error) {
		var c Counts
		q := s.d.rebind(`SELECT
			(SELECT COUNT(*) FROM (SELECT DISTINCT person_id FROM record_persons WHERE consent_rank <= ?) p),
			(SELECT COUNT(*) FROM record_persons WHERE consent_rank <= ?),
			(SELECT COUNT(*) FROM sources WHERE consent_rank <= ?),
			(SELECT COUNT(*) FROM facilities)`)
		err := s.db.QueryRowContext(context.WithoutCancel(ctx), q, rank, rank, rank).Scan(&c.People, &c.Records, &c.Sources, &c.Facilities)
		return c, err
	})
	if err != nil {
		return Counts{}, fmt.Errorf("store: counts: %w", err)
	}
	return v.(Counts), nil
}
