package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tizim/tizim"
)

// TestFirstImportJournal checks when an import leaves WAL (see journal.go): only when the
// caller says it may (Exclusive), into a database without records that no other connection
// has open; and that the database is in WAL mode again afterwards, with the import's records,
// whichever way it went.
func TestFirstImportJournal(t *testing.T) {
	const n = 20000
	for _, c := range []struct {
		name      string
		exclusive bool // the import's context is Exclusive
		earlier   bool // a record is stored before the import
		reader    bool // another Store has the database open during the import
		dryRun    bool // the transaction is rolled back instead of committed
		rollback  bool
	}{
		{"empty database", true, false, false, false, true},
		{"empty database, rolled back", true, false, false, true, true},
		{"not exclusive", false, false, false, false, false},
		{"database with records", true, true, false, false, false},
		{"another connection has it open", true, false, true, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "tizim.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if c.earlier {
				put(t, s, rec("earlier", "1", "Ilham Tohti", tizim.Public))
			}
			if c.reader {
				other, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				defer other.Close()
				if _, err := other.Counts(ctx, tizim.Sealed); err != nil {
					t.Fatal(err)
				}
			}
			wctx := ctx
			if c.exclusive {
				wctx = Exclusive(ctx)
			}
			w, err := s.BeginWrite(wctx)
			if err != nil {
				t.Fatal(err)
			}
			if got := w.(*writer).rollback; got != c.rollback {
				t.Errorf("rollback journal: %v, want %v", got, c.rollback)
			}
			for i := range n {
				if _, err := w.Put(ctx, synthetic("leak", i)); err != nil {
					t.Fatal(err)
				}
			}
			end := w.Commit
			if c.dryRun {
				end = w.Rollback
			}
			if err := end(); err != nil {
				t.Fatal(err)
			}
			var mode string
			if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal mode after the import: %q, %v; want wal", mode, err)
			}
			if fi, err := os.Stat(path + "-wal"); c.rollback && err == nil && fi.Size() > 1<<20 {
				t.Errorf("the import into an empty database went through the WAL: %d bytes", fi.Size())
			}
			want := n
			if c.dryRun {
				want = 0
			}
			if c.earlier {
				want++
			}
			if got, err := s.Counts(ctx, tizim.Sealed); err != nil || got.Records != want {
				t.Errorf("records after the import: %d, %v; want %d", got.Records, err, want)
			}
		})
	}
}

// TestKillDuringFirstImport kills a process midway through an Exclusive import into an empty
// database, which writes with a rollback journal: the next Open must roll the journal back,
// leaving no record and a sound database in WAL mode, and the import can be rerun.
func TestKillDuringFirstImport(t *testing.T) {
	if spec := os.Getenv(crashEnv); spec != "" {
		crashChild(spec, leak)
		return
	}
	n := 60000
	if testing.Short() {
		n = 20000
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tizim.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	var journal os.FileInfo
	var jerr error
	if !killChild(t, "TestKillDuringFirstImport", fmt.Sprintf("%s|%d|exclusive", path, n), fmt.Sprintf("at %d", n/2),
		func() { journal, jerr = os.Stat(path + "-journal") }) {
		t.Fatal("the child never got halfway")
	}
	if jerr != nil {
		t.Fatalf("no rollback journal while importing into an empty database: %v", jerr)
	}
	t.Logf("journal at the kill: %d bytes", journal.Size())

	s = reopenChecked(t, path)
	if c, err := s.Counts(ctx, tizim.Sealed); err != nil || c.Records != 0 {
		t.Fatalf("after the kill: %d records, %v; want none", c.Records, err)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode after the kill: %q, %v; want wal", mode, err)
	}
	importN(t, s, "leak", n)
	if c, _ := s.Counts(ctx, tizim.Sealed); c.Records != n {
		t.Errorf("after rerunning the import: %d records, want %d", c.Records, n)
	}
}
