package store

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// poisonKeys make the database refuse the candidate keys of the record bucket %d (the last
// rows a resolution writes), in each dialect; the last statement drops the trigger.
var poisonKeys = map[string][]string{
	"sqlite": {`CREATE TRIGGER poison_keys BEFORE INSERT ON resolve_record_buckets WHEN new.bucket = %d
		BEGIN SELECT RAISE(ABORT, 'poisoned'); END`, `DROP TRIGGER poison_keys`},
	"postgres": {`CREATE FUNCTION poison_keys() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN IF NEW.bucket = %d THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$`,
		`CREATE TRIGGER poison_keys BEFORE INSERT ON resolve_record_buckets FOR EACH ROW EXECUTE FUNCTION poison_keys()`,
		`DROP TRIGGER poison_keys ON resolve_record_buckets`},
}

// TestPutResolution: a full resolution whose last step (the candidate keys) the database
// refuses leaves everything as it was: no judgement, no moved record, the old queue, model and
// keys. Stored again without the refusal, all of it is there: the people its judgements make,
// its queue in place of the old one, a new model version, every record's new keys. So it goes
// in a shared transaction and under Exclusive (`tizim dedup`'s, which on SQLite writes with a
// rollback journal: bulkjournal.go).
func TestPutResolution(t *testing.T) {
	for name, under := range map[string]func(context.Context) context.Context{
		"shared":    func(ctx context.Context) context.Context { return ctx },
		"exclusive": Exclusive,
	} {
		t.Run(name, func(t *testing.T) { forEachDB(t, func(t *testing.T, s *Store) { testPutResolution(t, s, under) }) })
	}
}

// testPutResolution is TestPutResolution on the store s, each PutResolution under the context
// under gives.
func testPutResolution(t *testing.T, s *Store, under func(context.Context) context.Context) {
	ctx := context.Background()
	n := wholeMin + 200 // large enough to regroup the whole database
	importN(t, s, "leak", n)
	rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
	if err != nil {
		t.Fatal(err)
	}
	// what an earlier resolution left: one open pair, a model, a key a record
	old := map[int64]tizim.CandidateKeys{}
	for _, r := range rs {
		old[r.ID] = tizim.CandidateKeys{Keys: []uint64{999}, Born: 1}
	}
	if err := s.PutReviewPairs(ctx, []tizim.ReviewPair{{A: rs[0].ID, B: rs[5].ID, Prob: 0.5}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutModel(ctx, []byte(`{"old":true}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCandidateKeys(ctx, old, true); err != nil {
		t.Fatal(err)
	}
	res := Resolution{Model: []byte(`{"new":true}`), Keys: map[int64]tizim.CandidateKeys{}}
	for i := 0; i+1 < n; i += 2 {
		res.Judgements = append(res.Judgements, tizim.Judgement{A: rs[i].ID, B: rs[i+1].ID, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9})
	}
	for i := 0; i+3 < n; i += 4 {
		res.Review = append(res.Review, tizim.ReviewPair{A: rs[i].ID, B: rs[i+2].ID, Prob: 0.4, Weight: -1,
			Evidence: []tizim.Evidence{{Field: "name", Level: "fuzzy", Weight: 3}}})
	}
	for _, r := range rs {
		res.Keys[r.ID] = tizim.CandidateKeys{Keys: []uint64{uint64(r.ID % 7), 1 << 63}, Born: 2}
	}
	state := func() (judgements, people, queue, keys int, model string) {
		t.Helper()
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM judgements`).Scan(&judgements); err != nil {
			t.Fatal(err)
		}
		keys = len(keyRows(t, s))
		c, err := s.Counts(ctx, tizim.Sealed)
		if err != nil {
			t.Fatal(err)
		}
		if _, queue, err = s.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{Limit: 1}); err != nil {
			t.Fatal(err)
		}
		m, _, err := s.LatestModel(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return judgements, c.People, queue, keys, string(m)
	}

	poison := strings.ReplaceAll(poisonKeys[s.d.name][0], "%d", strconv.FormatInt(recordBucket(rs[n-1].ID), 10))
	for _, q := range append([]string{poison}, poisonKeys[s.d.name][1:len(poisonKeys[s.d.name])-1]...) {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.PutResolution(under(ctx), res); err == nil || !strings.Contains(err.Error(), "poisoned") {
		t.Fatalf("a resolution whose keys the database refuses: %v, want the refusal", err)
	}
	if j, p, q, k, m := state(); j != 0 || p != n || q != 1 || k != n || m != `{"old":true}` {
		t.Errorf("after a failed resolution: %d judgements, %d people, %d pairs queued, %d keys, model %s; want 0, %d, 1, %d and the old model",
			j, p, q, k, m, n, n)
	}
	if _, err := s.db.ExecContext(ctx, poisonKeys[s.d.name][len(poisonKeys[s.d.name])-1]); err != nil {
		t.Fatal(err)
	}
	v, err := s.PutResolution(under(ctx), res)
	if err != nil || v != 2 {
		t.Fatalf("PutResolution: version %d, %v; want version 2", v, err)
	}
	if j, p, q, k, m := state(); j != len(res.Judgements) || p != n/2 || q != len(res.Review) || k != 2*n || m != `{"new":true}` {
		t.Errorf("after the resolution: %d judgements, %d people, %d pairs queued, %d keys, model %s; want %d, %d, %d, %d and the new model",
			j, p, q, k, m, len(res.Judgements), n/2, len(res.Review), 2*n)
	}
	bad := res
	bad.Judgements = []tizim.Judgement{{A: rs[0].ID, B: rs[0].ID, Verdict: tizim.Same, By: tizim.Matcher}}
	if _, err := s.PutResolution(under(ctx), bad); tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("a judgement of a record with itself: %v, want EINVALID", err)
	}
}
