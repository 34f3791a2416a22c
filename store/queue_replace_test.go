package store

import (
	"context"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// indexDefs returns the definitions of the table's indexes.
func indexDefs(t *testing.T, s *Store, table string) []string {
	t.Helper()
	q := `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`
	if s.d.numbered {
		q = `SELECT indexdef FROM pg_indexes WHERE tablename = $1 ORDER BY indexname`
	}
	rows, err := s.db.Query(q, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// TestReplaceQueue replaces a queue of chained pairs with one that shares two thirds of them,
// small (the indexes kept) and large (most of the queue written: the indexes dropped and built
// again): pairs given again keep their ids and take the new probability and evidence, new
// pairs take ids above all others, open pairs not given again leave, a decided pair stays as
// it was asked, and the indexes are as the migrations made them.
func TestReplaceQueue(t *testing.T) {
	for _, c := range []struct {
		name  string
		pairs int
	}{{"small", 30}, {"large", 3 * wholeMin}} {
		t.Run(c.name, func(t *testing.T) {
			forEachDB(t, func(t *testing.T, s *Store) {
				ctx := context.Background()
				n := c.pairs + c.pairs/2 + 1
				putN(t, s, n, func(i int) *tizim.Record { return synthetic("q", i) })
				rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
				if err != nil {
					t.Fatal(err)
				}
				pair := func(i int, prob float64) tizim.ReviewPair {
					return tizim.ReviewPair{A: rs[i].ID, B: rs[i+1].ID, Prob: prob, Weight: 1,
						Evidence: []tizim.Evidence{{Field: "name", Level: "exact", Weight: prob}}}
				}
				var first []tizim.ReviewPair
				for i := range c.pairs {
					first = append(first, pair(i, 0.5))
				}
				defs := indexDefs(t, s, "review_pairs")
				if err := s.PutReviewPairs(ctx, first); err != nil {
					t.Fatal(err)
				}
				listed, _, err := s.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
				if err != nil {
					t.Fatal(err)
				}
				idOf := map[[2]int64]int64{}
				var maxID int64
				for _, p := range listed {
					idOf[[2]int64{p.A, p.B}] = p.ID
					maxID = max(maxID, p.ID)
				}
				decided := first[1]
				judge(t, s, tizim.Judgement{A: decided.A, B: decided.B, Verdict: tizim.Different, By: "amina"})
				// pairs from a third of the way on, and as many new after them
				var second []tizim.ReviewPair
				for i := c.pairs / 3; i < c.pairs+c.pairs/2; i++ {
					second = append(second, pair(i, 0.25+float64(i)/float64(4*n)))
				}
				second = append(second, pair(1, 0.9)) // decided: stays out, as it was
				if err := s.PutReviewPairs(ctx, second); err != nil {
					t.Fatal(err)
				}
				after, total, err := s.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
				if err != nil {
					t.Fatal(err)
				}
				if total != len(second)-1 || len(after) != total {
					t.Fatalf("%d open pairs after the replace (%d listed), want %d", total, len(after), len(second)-1)
				}
				for k, p := range after {
					if k > 0 && p.Prob > after[k-1].Prob {
						t.Fatalf("listed out of order at %d: %v after %v", k, p.Prob, after[k-1].Prob)
					}
					id, was := idOf[[2]int64{p.A, p.B}]
					switch {
					case was && p.ID != id:
						t.Errorf("pair %d–%d given again: id %d, want %d", p.A, p.B, p.ID, id)
					case !was && p.ID <= maxID:
						t.Errorf("new pair %d–%d: id %d, want above %d", p.A, p.B, p.ID, maxID)
					case len(p.Evidence) != 1 || p.Evidence[0].Weight != p.Prob:
						t.Errorf("pair %d–%d: evidence %+v, want the new one (weight %v)", p.A, p.B, p.Evidence, p.Prob)
					}
				}
				for _, p := range first[2 : c.pairs/3] {
					if _, err := s.FindReviewPair(ctx, idOf[[2]int64{p.A, p.B}]); tizim.ErrorCode(err) != tizim.ENOTFOUND {
						t.Fatalf("open pair %d–%d not given again is still there: %v", p.A, p.B, err)
					}
				}
				kept, err := s.FindReviewPair(ctx, idOf[[2]int64{decided.A, decided.B}])
				if err != nil || kept.Prob != 0.5 {
					t.Errorf("the decided pair: %+v, %v; want it kept as asked", kept, err)
				}
				if got := indexDefs(t, s, "review_pairs"); !slices.Equal(got, defs) {
					t.Errorf("indexes after the replace:\n%q\nwant\n%q", got, defs)
				}
			})
		})
	}
}

// TestWholeJudgeSetsIndexesAside: a Judge of more judgements than the database holds (a full
// resolution's, which inserts them with the indexes by record set aside) leaves those indexes
// as the migration made them, and a record's judgements are found through them.
func TestWholeJudgeSetsIndexesAside(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := 2*wholeMin + 2
		putN(t, s, n, func(i int) *tizim.Record { return synthetic("j", i) })
		rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil {
			t.Fatal(err)
		}
		defs := indexDefs(t, s, "judgements")
		var js []tizim.Judgement
		for i := 0; i+1 < n; i += 2 {
			js = append(js, tizim.Judgement{A: rs[i].ID, B: rs[i+1].ID, Verdict: tizim.Same, By: tizim.Matcher, Score: 9})
		}
		if err := s.Judge(ctx, js...); err != nil {
			t.Fatal(err)
		}
		if got := indexDefs(t, s, "judgements"); !slices.Equal(got, defs) {
			t.Errorf("indexes after the judgements:\n%q\nwant\n%q", got, defs)
		}
		for _, i := range []int{0, 1, n - 1} {
			got, err := s.Judgements(ctx, rs[i].ID)
			if err != nil || len(got) != 1 || got[0].A != rs[i&^1].ID {
				t.Errorf("judgements of record %d: %+v, %v; want the one with %d", rs[i].ID, got, err, rs[i&^1].ID)
			}
		}
	})
}
