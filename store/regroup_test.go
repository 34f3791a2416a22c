package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// randomJudgements returns n judgements on random pairs of the records, by the matcher (with
// random scores, same or different) and, one in reviewerEvery, by a reviewer (same, different,
// unsure or withdrawn): the mix that makes Cluster's order, its "different" constraint and a
// reviewer's precedence matter. Pairs are drawn among the first span records, so that they
// chain into people of several records.
func randomJudgements(r *rand.Rand, ids []int64, n, span, reviewerEvery int) []tizim.Judgement {
	reviewer := []tizim.Verdict{tizim.Same, tizim.Different, tizim.Unsure, tizim.Withdrawn}
	var out []tizim.Judgement
	for len(out) < n {
		a, b := ids[r.IntN(span)], ids[r.IntN(span)]
		if a == b {
			continue
		}
		j := tizim.Judgement{A: a, B: b, By: tizim.Matcher, Verdict: tizim.Same, Score: r.Float64()}
		if r.IntN(5) == 0 {
			j.Verdict = tizim.Different
		}
		if r.IntN(reviewerEvery) == 0 {
			j = tizim.Judgement{A: a, B: b, By: "reviewer", Verdict: reviewer[r.IntN(len(reviewer))], Reason: "test"}
		}
		out = append(out, j)
	}
	return out
}

// personsIn returns every record's person id as the transaction sees it.
func personsIn(t *testing.T, s *Store, tx *sql.Tx) map[int64]int64 {
	t.Helper()
	m, err := s.allPersons(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[int64]int64, len(m.ids))
	for i, id := range m.ids {
		out[id] = m.persons[i]
	}
	return out
}

// judgedPersons applies js in a transaction, by regrouping everything (whole) or by
// reclustering, and returns every record's person then; the transaction is rolled back.
func judgedPersons(t *testing.T, s *Store, js []tizim.Judgement, whole bool) map[int64]int64 {
	t.Helper()
	ctx := context.Background()
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	defer tx.Rollback()
	if err := s.judgeIn(ctx, tx, js, whole); err != nil {
		t.Fatalf("judge (whole %v): %v", whole, err)
	}
	return personsIn(t, s, tx)
}

// TestRegroupMatchesRecluster: on the same database and the same new judgements, regrouping
// every record in one pass and reclustering the people the judgements touch give every record
// the same person, for judgements that merge, split, contradict and withdraw each other.
func TestRegroupMatchesRecluster(t *testing.T) {
	cases := []struct {
		name                       string
		seed                       uint64
		records, span, before, now int
		reviewerEvery              int
	}{
		{"matcher links on a fresh database", 1, 300, 300, 0, 250, 1000},
		{"new links onto earlier people", 2, 300, 200, 150, 150, 6},
		{"reviewers splitting and withdrawing", 3, 300, 120, 200, 120, 2},
		{"a few judgements into dense people", 4, 300, 60, 150, 10, 3},
	}
	forEachDB(t, func(t *testing.T, s *Store) {
		importN(t, s, "leak", 300)
		rs, _, err := s.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]int64, len(rs))
		for i, r := range rs {
			ids[i] = r.ID
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := rand.New(rand.NewPCG(c.seed, 7))
				// earlier judgements, stored for good, leave people as Judge made them
				if c.before > 0 {
					judge(t, s, randomJudgements(r, ids, c.before, c.span, c.reviewerEvery)...)
				}
				js := randomJudgements(r, ids, c.now, c.span, c.reviewerEvery)
				start := judgedPersons(t, s, nil, false)
				fix := judgedPersons(t, s, js, false)
				whole := judgedPersons(t, s, js, true)
				moved, differ := 0, 0
				for id, p := range fix {
					if p != start[id] {
						moved++
					}
					if whole[id] != p {
						differ++
						if differ <= 3 {
							t.Errorf("record %d: person %d by regrouping all, %d by reclustering", id, whole[id], p)
						}
					}
				}
				if len(whole) != len(fix) || differ > 0 {
					t.Errorf("%d of %d records differ (%d records by regrouping)", differ, len(fix), len(whole))
				}
				if moved == 0 {
					t.Errorf("the judgements moved no record: the case tests nothing")
				}
			})
		}
	})
}

// poisonMoves make the database refuse to move the record with the id %d, in each dialect.
var poisonMoves = map[string][]string{
	"sqlite": {`CREATE TRIGGER poison_move BEFORE UPDATE OF person_id ON record_persons WHEN new.record_id = %d
		BEGIN SELECT RAISE(ABORT, 'poisoned'); END`},
	"postgres": {`CREATE FUNCTION poison_move() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN IF NEW.record_id = %d THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$`,
		`CREATE TRIGGER poison_move BEFORE UPDATE ON record_persons FOR EACH ROW EXECUTE FUNCTION poison_move()`},
}

// TestWholeJudgeFailsWhole: a Judge large enough to regroup the whole database, whose last
// move the database refuses (after batches of judgements and moves were written), or that
// names a record that does not exist, fails and leaves no judgement and no moved record.
func TestWholeJudgeFailsWhole(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := 2 * (wholeMin + 3*writeBatch)
		importN(t, s, "leak", n)
		rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil {
			t.Fatal(err)
		}
		var js []tizim.Judgement
		for i := 0; i+1 < len(rs); i += 2 {
			js = append(js, tizim.Judgement{A: rs[i].ID, B: rs[i+1].ID, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9})
		}
		tx, release, err := s.bulkTx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := s.judgesMuch(ctx, tx, js)
		tx.Rollback()
		release()
		if err != nil || !whole {
			t.Fatalf("judgesMuch of %d judgements on %d records: %v, %v; want the whole database regrouped", len(js), n, whole, err)
		}
		last := rs[len(rs)-1].ID
		for _, q := range poisonMoves[s.d.name] {
			if _, err := s.db.ExecContext(ctx, strings.ReplaceAll(q, "%d", fmt.Sprint(last))); err != nil {
				t.Fatal(err)
			}
		}
		missing := append(js[:len(js):len(js)], tizim.Judgement{A: rs[0].ID, B: last + 1000, Verdict: tizim.Same, By: tizim.Matcher})
		for _, c := range []struct {
			name string
			js   []tizim.Judgement
			want string
		}{{"refused move", js, "poisoned"}, {"missing record", missing, fmt.Sprintf("no record %d", last+1000)}} {
			err := s.Judge(ctx, c.js...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: Judge gave %v, want an error saying %q", c.name, err, c.want)
			}
			var stored int
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM judgements`).Scan(&stored); err != nil || stored != 0 {
				t.Errorf("%s: %d judgements stored (%v), want none", c.name, stored, err)
			}
			if cs, err := s.Counts(ctx, tizim.Sealed); err != nil || cs.People != n {
				t.Errorf("%s: %d people (%v), want %d: records were moved", c.name, cs.People, err, n)
			}
		}
	})
}
