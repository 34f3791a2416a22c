package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/tizim/tizim"
	sqlitedriver "modernc.org/sqlite"
)

// pairedResolution is a full resolution of the records with the ids (in id order): each
// record judged the same person as the next (so half as many people), every fourth pair of
// neighbours queued, two keys a record.
func pairedResolution(ids []int64) Resolution {
	res := Resolution{Model: []byte(`{"paired":true}`), Keys: map[int64]tizim.CandidateKeys{}}
	for i := 0; i+1 < len(ids); i += 2 {
		res.Judgements = append(res.Judgements, tizim.Judgement{A: ids[i], B: ids[i+1], Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9})
	}
	for i := 0; i+3 < len(ids); i += 4 {
		res.Review = append(res.Review, tizim.ReviewPair{A: ids[i], B: ids[i+2], Prob: 0.4, Weight: -1,
			Evidence: []tizim.Evidence{{Field: "name", Level: "fuzzy", Weight: 3}}})
	}
	for _, id := range ids {
		res.Keys[id] = tizim.CandidateKeys{Keys: []uint64{uint64(id % 7), 1 << 63}, Born: 2}
	}
	return res
}

// recordIDs returns every record's id, in id order.
func recordIDs(t testing.TB, s *Store) []int64 {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), `SELECT id FROM records ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// journalState is what a test of a resolution looks at: judgements, people, the latest model,
// and the journal mode of a connection from the pool.
func journalState(t *testing.T, s *Store) (judgements, people int, model, mode string) {
	t.Helper()
	ctx := context.Background()
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM judgements`).Scan(&judgements); err != nil {
		t.Fatal(err)
	}
	c, err := s.Counts(ctx, tizim.Sealed)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := s.LatestModel(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	return judgements, c.People, string(m), mode
}

// TestResolutionJournal: under Exclusive, a resolution on SQLite is written through a rollback
// journal, so its pages never pass through the WAL (which stays empty, where a shared
// transaction leaves it holding every page written), and the database is back in WAL mode
// afterwards. With another connection to the database open (say the web server's), it cannot
// leave WAL: it says so at once instead of waiting for the busy timeout, and stores the
// resolution in WAL mode.
func TestResolutionJournal(t *testing.T) {
	ctx := context.Background()
	n := wholeMin + 200
	for _, c := range []struct {
		name          string
		under         func(context.Context) context.Context
		otherOpen     bool
		walEmpty      bool // the WAL holds no page of the resolution
		withinTimeout bool
	}{
		{"shared", func(ctx context.Context) context.Context { return ctx }, false, false, true},
		{"exclusive", Exclusive, false, true, true},
		{"exclusive with another connection open", Exclusive, true, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tizim.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			importN(t, s, "leak", n)
			if c.otherOpen {
				other, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				defer other.Close()
				if _, err := other.Counts(ctx, tizim.Sealed); err != nil { // keeps a connection open
					t.Fatal(err)
				}
			}
			start := time.Now()
			if _, err := s.PutResolution(c.under(ctx), pairedResolution(recordIDs(t, s))); err != nil {
				t.Fatal(err)
			}
			took := time.Since(start)
			if took > busyTimeout/2 {
				t.Errorf("the resolution took %v: waited for the other connection", took)
			}
			wal, err := os.Stat(path + "-wal")
			walBytes := int64(0)
			if err == nil {
				walBytes = wal.Size()
			}
			// one page's frame is 4,120 bytes; the resolution writes more than 200 pages
			if empty := walBytes < 50*4120; empty != c.walEmpty {
				t.Errorf("WAL of %d bytes after the resolution; want it empty: %v", walBytes, c.walEmpty)
			}
			if j, p, m, mode := journalState(t, s); j != n/2 || p != n/2 || m != `{"paired":true}` || mode != "wal" {
				t.Errorf("after the resolution: %d judgements, %d people, model %s, journal mode %s; want %d, %d, the new model, wal",
					j, p, m, mode, n/2, n/2)
			}
		})
	}
}

// TestKillDuringResolution kills a process with SIGKILL while it stores a resolution under
// Exclusive, after its moves have been written into the database file through the rollback
// journal (a page cache of 64 KiB spills them): the next Open must play the journal back,
// leaving the previous resolution whole (no judgement, every record its own person, the old
// model), a sound database in WAL mode, and a resolution that can simply be stored again.
func TestKillDuringResolution(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" { // the child, given the database's path
		resolutionCrashChild(path)
		return
	}
	ctx := context.Background()
	n := wholeMin + 200
	path := filepath.Join(t.TempDir(), "tizim.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	importN(t, s, "leak", n)
	if _, err := s.PutModel(ctx, []byte(`{"old":true}`)); err != nil {
		t.Fatal(err)
	}
	ids := recordIDs(t, s)
	trigger := fmt.Sprintf(`CREATE TRIGGER crash_at_keys BEFORE INSERT ON resolve_record_buckets WHEN new.bucket = %d
		BEGIN SELECT crash_point(); END`, recordBucket(ids[len(ids)-1]))
	if _, err := s.db.ExecContext(ctx, trigger); err != nil {
		t.Fatal(err)
	}
	s.Close()

	var journal, db0, db1 os.FileInfo
	var jerr error
	db0, _ = os.Stat(path)
	if !killChild(t, "TestKillDuringResolution", path, "keys", func() {
		journal, jerr = os.Stat(path + "-journal")
		db1, _ = os.Stat(path)
	}) {
		t.Fatal("the child never reached the keys")
	}
	if jerr != nil || journal.Size() == 0 {
		t.Fatalf("no rollback journal while storing a resolution under Exclusive: %v", jerr)
	}
	t.Logf("at the kill: journal %d bytes, database %d bytes (%d before)", journal.Size(), db1.Size(), db0.Size())

	s = reopenChecked(t, path)
	if j, p, m, mode := journalState(t, s); j != 0 || p != n || m != `{"old":true}` || mode != "wal" {
		t.Fatalf("after the kill: %d judgements, %d people, model %s, journal mode %s; want none, %d, the old model, wal", j, p, m, mode, n)
	}
	if _, err := os.Stat(path + "-journal"); !os.IsNotExist(err) {
		t.Errorf("the journal is still there after reopening: %v", err)
	}
	if _, err := s.db.ExecContext(ctx, `DROP TRIGGER crash_at_keys`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutResolution(Exclusive(ctx), pairedResolution(ids)); err != nil {
		t.Fatal(err)
	}
	if j, p, m, _ := journalState(t, s); j != n/2 || p != n/2 || m != `{"paired":true}` {
		t.Errorf("the resolution stored again: %d judgements, %d people, model %s; want %d, %d, the new model", j, p, m, n/2, n/2)
	}
}

// resolutionCrashChild is the process that gets killed: with a page cache small enough to spill
// the moves into the database file, it stores pairedResolution under Exclusive; the trigger the
// parent made calls crash_point at the last record's keys, which prints "keys" and waits for
// the kill.
func resolutionCrashChild(path string) {
	sqlitedriver.MustRegisterScalarFunction("crash_point", 0, func(*sqlitedriver.FunctionContext, []driver.Value) (driver.Value, error) {
		fmt.Println("keys")
		os.Stdout.Sync()
		time.Sleep(time.Minute)
		return nil, nil
	})
	bulkPragmas[0] = pragma{"cache_size", strconv.Itoa(-64)}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM records ORDER BY id`)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	_, err = s.PutResolution(Exclusive(ctx), pairedResolution(ids))
	fmt.Fprintln(os.Stderr, "the resolution ended before the kill:", err)
	os.Exit(1)
}
