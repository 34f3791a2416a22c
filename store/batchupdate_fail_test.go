package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// poisonTriggers make the database refuse to update a record to the notes "poison", in each
// dialect: as a failed constraint does (the statement undone), and on SQLite also as UPDATE OR
// ROLLBACK does (the whole transaction undone at once, so that any later statement would run
// outside it); each is dropped by its last statement.
var poisonTriggers = map[string][][]string{
	"sqlite": {
		{`CREATE TRIGGER poison BEFORE UPDATE ON records WHEN new.notes = 'poison'
			BEGIN SELECT RAISE(ABORT, 'poisoned'); END`, `DROP TRIGGER poison`},
		{`CREATE TRIGGER poison BEFORE UPDATE ON records WHEN new.notes = 'poison'
			BEGIN SELECT RAISE(ROLLBACK, 'poisoned'); END`, `DROP TRIGGER poison`},
	},
	"postgres": {{`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN IF NEW.notes = 'poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$`,
		`CREATE TRIGGER poison BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION poison()`,
		`DROP TRIGGER poison ON records`}},
}

// TestFailedUpdateWritesNothing: when the database refuses one record of an import that
// updates records (in its third batch of updates, after two were written), the import fails
// and nothing of it is kept: every record as it was, no history, no new record, whether the
// database undid the statement or the whole transaction.
func TestFailedUpdateWritesNothing(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := 3 * recordBatch
		importN(t, s, "leak", n)
		for _, trigger := range poisonTriggers[s.d.name] {
			for _, q := range trigger[:len(trigger)-1] {
				if _, err := s.db.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			poison := 2*recordBatch + 10
			var failed error
			for i := 0; i < n && failed == nil; i++ {
				r := corrected("leak", i, true)
				if i == poison {
					r.Notes = "poison"
				}
				if _, failed = w.Put(ctx, r); failed == nil && i%50 == 0 {
					_, failed = w.Put(ctx, synthetic("leak", n+i))
				}
			}
			if failed == nil {
				failed = w.Commit()
			} else {
				w.Rollback()
			}
			if failed == nil || !strings.Contains(failed.Error(), "poisoned") {
				t.Fatalf("import with a refused record: %v, want the database's refusal", failed)
			}
			c, err := s.Counts(ctx, tizim.Sealed)
			if err != nil || c.Records != n {
				t.Errorf("after the failed import %+v, %v; want %d records", c, err, n)
			}
			var changed, history int
			if err := s.db.QueryRowContext(ctx, `SELECT
				(SELECT COUNT(*) FROM records WHERE version <> 1 OR notes <> ''),
				(SELECT COUNT(*) FROM record_history)`).Scan(&changed, &history); err != nil {
				t.Fatal(err)
			}
			if changed != 0 || history != 0 {
				t.Errorf("after the failed import %d records changed, %d history rows; want none", changed, history)
			}
			if _, err := s.db.ExecContext(ctx, trigger[len(trigger)-1]); err != nil {
				t.Fatal(err)
			}
		}
		// the same file without the poison goes through
		if got := updateN(t, s, "leak", n, func(int) bool { return true }); got[tizim.Updated] != n {
			t.Errorf("rerun: %v, want %d updated", got, n)
		}
	})
}

// TestKillDuringUpdateImport kills a process with SIGKILL midway through an import that
// updates every record of a source, and again as it commits: the database passes its
// integrity check and holds every record as it was, with no history, or every record
// corrected with one history row each; the import can be rerun.
func TestKillDuringUpdateImport(t *testing.T) {
	if spec := os.Getenv(crashEnv); spec != "" {
		updateChild(spec)
		return
	}
	n := 20000
	if testing.Short() {
		n = 6000
	}
	for _, after := range []string{fmt.Sprintf("at %d", n/2), "commit"} {
		t.Run(after, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "tizim.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			importN(t, s, "leak", n)
			s.Close()

			if !killChild(t, "TestKillDuringUpdateImport", fmt.Sprintf("%s|%d", path, n), after, nil) {
				t.Fatalf("the child never reached %q", after)
			}

			s = reopenChecked(t, path)
			var records, corrected, history int
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*),
				COALESCE(SUM(CASE WHEN notes LIKE 'corrected %' AND version = 2 THEN 1 ELSE 0 END), 0),
				(SELECT COUNT(*) FROM record_history) FROM records`).Scan(&records, &corrected, &history); err != nil {
				t.Fatal(err)
			}
			if records != n || corrected != history || (corrected != 0 && corrected != n) {
				t.Fatalf("after kill %d records, %d corrected, %d history rows; want %d records, none or all corrected, one history row each",
					records, corrected, history, n)
			}
			t.Logf("killed %s: %d of %d records corrected", after, corrected, n)
			want := tizim.Updated
			if corrected == n {
				want = tizim.Unchanged
			}
			if got := updateN(t, s, "leak", n, func(int) bool { return true }); got[want] != n {
				t.Errorf("rerun after kill: %v, want %d %v", got, n, want)
			}
		})
	}
}

// updateChild is the process that gets killed: it imports every record of the spec's
// ("path|records") database corrected, printing "at N" every 1,000 and "commit" before it
// commits, and never returns on its own before the kill arrives.
func updateChild(spec string) {
	crashChild(spec, func(i int) *tizim.Record { return corrected("leak", i, true) })
}
