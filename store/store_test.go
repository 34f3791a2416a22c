package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// The conformance suite: every test that calls forEachDB runs against SQLite (a file in a
// temporary directory) and against PostgreSQL when TIZIM_TEST_POSTGRES holds a URL. Each test
// gets a database of its own: on PostgreSQL a new database, created through that URL and dropped
// afterwards, so the URL's role needs CREATEDB. Under CI=true a missing PostgreSQL fails.

// forEachDB runs fn once per available database, each with an empty store.
func forEachDB(t *testing.T, fn func(t *testing.T, s *Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, openSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, openPostgres(t)) })
}

func openSQLite(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "db", "tizim.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openPostgres creates a fresh database through TIZIM_TEST_POSTGRES and opens it.
func openPostgres(t testing.TB) *Store {
	t.Helper()
	admin := os.Getenv("TIZIM_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but TIZIM_TEST_POSTGRES is not set: the PostgreSQL conformance tests must run in CI")
		}
		t.Skip("PostgreSQL tests skipped: set TIZIM_TEST_POSTGRES=postgres://user:pass@host:port/db?sslmode=disable (a role with CREATEDB)")
	}
	ctx := context.Background()
	adb, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer adb.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "tizim_test_" + hex.EncodeToString(b)
	if _, err := adb.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database (does the role have CREATEDB?): %v", err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	s, err := Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		adb, err := sql.Open("pgx", admin)
		if err != nil {
			t.Error(err)
			return
		}
		defer adb.Close()
		// without FORCE, which would need the right to signal autovacuum; retry while the
		// server lets go of the database's connections
		for try := 0; ; try++ {
			_, err := adb.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name)
			if err == nil {
				return
			} else if try == 20 {
				t.Logf("could not drop test database %s: %v", name, err)
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return s
}

// rec returns a synthetic record with one full name.
func rec(source, id, name string, consent tizim.Consent) *tizim.Record {
	return &tizim.Record{
		Source: source, RecordID: id, Consent: consent,
		Names: []tizim.Name{{Text: name, Script: "latin", Role: tizim.FullName}},
	}
}

// put writes records in one transaction and returns their outcomes.
func put(t testing.TB, s *Store, rs ...*tizim.Record) []tizim.PutOutcome {
	t.Helper()
	ctx := context.Background()
	w, err := s.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Rollback()
	var out []tizim.PutOutcome
	for _, r := range rs {
		o, err := w.Put(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRebind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b IN (?, ?)", "a = $1 AND b IN ($2, $3)"},
	} {
		if got := postgres.rebind(c.in); got != c.want {
			t.Errorf("rebind(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := sqlite.rebind(c.in); got != c.in {
			t.Errorf("sqlite rebind changed %q to %q", c.in, got)
		}
	}
}

func TestOpenReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "dir", "tizim.db")
	ctx := context.Background()
	for i := range 2 { // the second Open finds the schema in place
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if i == 0 {
			put(t, s, rec("list", "1", "Ilham Tohti", tizim.Public))
		}
		c, err := s.Counts(ctx, tizim.Sealed)
		if err != nil || c.Records != 1 {
			t.Fatalf("open %d: counts %+v, %v; want 1 record", i, c, err)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	if _, err := Open(ctx, ""); tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("Open(\"\") = %v, want EINVALID", err)
	}
}
