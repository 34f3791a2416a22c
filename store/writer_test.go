package store

import (
	"context"
	"fmt"
	"hash/fnv"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// TestPutSameKeyTwice covers a file that holds one key twice, in a new source and in one that
// already has records, with the first copy still queued or already written.
func TestPutSameKeyTwice(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		put(t, s, rec("old", "0", "Existing Person", tizim.Internal))
		for _, source := range []string{"new", "old"} {
			for _, gap := range []int{0, recordBatch + 10} { // gap: records between the copies
				w, err := s.BeginWrite(ctx)
				if err != nil {
					t.Fatal(err)
				}
				key := fmt.Sprintf("dup-%d", gap)
				first := rec(source, key, "First Version", tizim.Internal)
				var outcomes []tizim.PutOutcome
				o, err := w.Put(ctx, first)
				outcomes = append(outcomes, o)
				for i := range gap {
					if _, err := w.Put(ctx, rec(source, fmt.Sprintf("%s-filler-%d", key, i), "Filler", tizim.Internal)); err != nil {
						t.Fatal(err)
					}
				}
				same := rec(source, key, "First Version", tizim.Internal)
				o2, err2 := w.Put(ctx, same)
				second := rec(source, key, "Second Version", tizim.Internal)
				o3, err3 := w.Put(ctx, second)
				outcomes = append(outcomes, o2, o3)
				if err != nil || err2 != nil || err3 != nil {
					t.Fatalf("%s gap %d: %v %v %v", source, gap, err, err2, err3)
				}
				if err := w.Commit(); err != nil {
					t.Fatalf("%s gap %d: commit: %v", source, gap, err)
				}
				want := []tizim.PutOutcome{tizim.Created, tizim.Unchanged, tizim.Updated}
				for i := range want {
					if outcomes[i] != want[i] {
						t.Errorf("%s gap %d: outcomes %v, want %v", source, gap, outcomes, want)
						break
					}
				}
				if same.ID != first.ID || second.ID != first.ID {
					t.Errorf("%s gap %d: ids %d %d %d, want one record", source, gap, first.ID, same.ID, second.ID)
				}
				got, err := s.FindRecord(ctx, tizim.RecordKey{Source: source, RecordID: key})
				if err != nil || got.DisplayName() != "Second Version" {
					t.Errorf("%s gap %d: stored %+v, %v", source, gap, got, err)
				}
				if h, _ := s.RecordHistory(ctx, first.ID); len(h) != 1 || h[0].DisplayName() != "First Version" {
					t.Errorf("%s gap %d: history %+v", source, gap, h)
				}
			}
		}
		// a new record in a source that has records gets a fresh id and is its own person
		r := rec("old", "brand-new", "Someone Else", tizim.Internal)
		if o := put(t, s, r); o[0] != tizim.Created || r.PersonID != r.ID {
			t.Errorf("new record in old source: %v, id %d person %d", o[0], r.ID, r.PersonID)
		}
		c, err := s.Counts(ctx, tizim.Sealed)
		want := 1 + 2*(1+0) + 2*(1+recordBatch+10) + 1
		if err != nil || c.Records != want || c.People != want {
			t.Errorf("counts %+v, %v; want %d records and people", c, err, want)
		}
	})
}

// TestWriterEnds: a finished transaction refuses more work instead of writing outside it.
func TestWriterEnds(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		w, err := s.BeginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(ctx, rec("a", "1", "Name", tizim.Public)); err != nil {
			t.Fatal(err)
		}
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		if err := w.Commit(); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("second Commit: %v, want EINVALID", err)
		}
		if err := w.Rollback(); err != nil {
			t.Errorf("Rollback after Commit: %v, want nil", err)
		}
	})
}

// TestBusyIsConflict: on SQLite a write that waits in vain for an import to finish is told to
// try again (ECONFLICT), not given an internal error.
func TestBusyIsConflict(t *testing.T) {
	defer func(d time.Duration) { busyTimeout = d }(busyTimeout)
	busyTimeout = 50 * time.Millisecond
	s := openSQLite(t)
	ctx := context.Background()
	ids := people(t, s, 2)
	w, err := s.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Rollback()
	for name, err := range map[string]error{
		"facility": s.PutFacility(ctx, &tizim.Facility{Key: "x", Kind: tizim.Prison}),
		"judge":    s.Judge(ctx, tizim.Judgement{A: ids[0], B: ids[1], Verdict: tizim.Same, By: "reviewer"}),
		"source":   s.CreateSource(ctx, &tizim.Source{Key: "s", Kind: tizim.Document, Consent: tizim.Public}),
		"import": func() error {
			_, err := s.BeginWrite(ctx)
			return err
		}(),
	} {
		if tizim.ErrorCode(err) != tizim.ECONFLICT || !strings.Contains(tizim.ErrorMessage(err), "busy") {
			t.Errorf("%s during an import: %v, want ECONFLICT saying the database is busy", name, err)
		}
	}
}

func TestFNV64aMatchesHashFNV(t *testing.T) {
	for _, s := range []string{"", "1", "leak:511", "伊力哈木", "\xff\x00"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := fnv64a(s), h.Sum64(); got != want {
			t.Errorf("fnv64a(%q) = %x, want %x", s, got, want)
		}
	}
}

// TestWriteSettingsAreGivenBack: the settings of a write transaction's connection (the larger
// page cache, the statement journal in memory) do not stay with the connection when it goes
// back to the pool, committed or rolled back, and are in force while the transaction runs.
func TestWriteSettingsAreGivenBack(t *testing.T) {
	s := openSQLite(t)
	s.db.SetMaxOpenConns(1) // every statement below runs on the writer's connection
	ctx := context.Background()
	settings := func(w tizim.RecordWriter) map[string]string {
		got := map[string]string{}
		for _, p := range writePragmas {
			var v string
			var err error
			if w != nil {
				err = w.(*writer).conn.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(&v)
			} else {
				err = s.db.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(&v)
			}
			if err != nil {
				t.Fatal(err)
			}
			got[p.name] = v
		}
		return got
	}
	before := settings(nil)
	for _, commit := range []bool{true, false} {
		w, err := s.BeginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(ctx, rec("cache", fmt.Sprint(commit), "Ilham Tohti", tizim.Internal)); err != nil {
			t.Fatal(err)
		}
		for _, p := range writePragmas {
			if got := settings(w)[p.name]; got != p.value {
				t.Errorf("during the transaction %s = %s, want %s", p.name, got, p.value)
			}
		}
		if commit {
			err = w.Commit()
		} else {
			err = w.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
		if got := settings(nil); !reflect.DeepEqual(got, before) {
			t.Errorf("commit %v: %v after the transaction, want %v", commit, got, before)
		}
	}
}
