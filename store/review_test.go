package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// queue returns the ids of the open pairs the clearance sees, in queue order, and the total.
func queue(t *testing.T, s *Store, clearance tizim.Consent, p tizim.Page) ([][2]int64, int) {
	t.Helper()
	ps, total, err := s.FindReviewPairs(context.Background(), clearance, p)
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]int64
	for _, p := range ps {
		out = append(out, [2]int64{p.A, p.B})
	}
	return out, total
}

// queueRecords writes four public records, one internal and one sealed, and returns their ids.
func queueRecords(t *testing.T, s *Store) (pub [4]int64, internal, sealed int64) {
	t.Helper()
	rs := []*tizim.Record{
		rec("list", "1", "Ilham Tohti", tizim.Public), rec("list", "2", "Ilham Toxti", tizim.Public),
		rec("list", "3", "Memet Tursun", tizim.Public), rec("list", "4", "Memet Tursun", tizim.Public),
		rec("police", "5", "Ilham Tohti", tizim.Internal), rec("police", "6", "Memet Tursun", tizim.Sealed),
	}
	put(t, s, rs...)
	for i := range pub {
		pub[i] = rs[i].ID
	}
	return pub, rs[4].ID, rs[5].ID
}

func TestReviewQueueOrderAndClearance(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		pub, internal, sealed := queueRecords(t, s)
		ev := []tizim.Evidence{{Field: "name", Level: "partial", Weight: 4.25}, {Field: "birth_date", Level: "missing", Weight: -0.5}}
		err := s.PutReviewPairs(ctx, []tizim.ReviewPair{
			{A: pub[1], B: pub[0], Prob: 0.8, Weight: 2, Evidence: ev}, // given b, a: stored a, b
			{A: pub[2], B: pub[3], Prob: 0.6, Weight: 0.6},
			{A: pub[0], B: internal, Prob: 0.9, Weight: 3},
			{A: pub[2], B: sealed, Prob: 0.95, Weight: 4},
			{A: pub[0], B: pub[1], Prob: 0.7, Weight: 1}, // the same pair again: the likelier copy counts
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			clearance tizim.Consent
			want      [][2]int64
		}{
			{tizim.Public, [][2]int64{{pub[0], pub[1]}, {pub[2], pub[3]}}},
			{tizim.Internal, [][2]int64{{pub[0], internal}, {pub[0], pub[1]}, {pub[2], pub[3]}}},
			{tizim.Sealed, [][2]int64{{pub[2], sealed}, {pub[0], internal}, {pub[0], pub[1]}, {pub[2], pub[3]}}},
			{"", [][2]int64{{pub[0], pub[1]}, {pub[2], pub[3]}}}, // no clearance is public
		} {
			got, total := queue(t, s, c.clearance, tizim.Page{})
			if !slices.Equal(got, c.want) || total != len(c.want) {
				t.Errorf("clearance %q: queue %v (total %d), want %v", c.clearance, got, total, c.want)
			}
		}
		// Pages of one: every pair once, and the total on each page.
		var paged [][2]int64
		for off := range 5 {
			got, total := queue(t, s, tizim.Sealed, tizim.Page{Offset: off, Limit: 1})
			if total != 4 {
				t.Errorf("page at %d: total %d, want 4", off, total)
			}
			paged = append(paged, got...)
		}
		if all, _ := queue(t, s, tizim.Sealed, tizim.Page{}); !slices.Equal(paged, all) {
			t.Errorf("pages %v, whole queue %v", paged, all)
		}
		ps, _, _ := s.FindReviewPairs(ctx, tizim.Public, tizim.Page{Limit: 1})
		p, err := s.FindReviewPair(ctx, ps[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Prob != 0.8 || p.Weight != 2 || !slices.Equal(p.Evidence, ev) || p.Created.IsZero() {
			t.Errorf("pair read back as %+v", p)
		}
		if _, err := s.FindReviewPair(ctx, 99999); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("missing pair: %v", err)
		}
		// A record re-imported at a more closed level takes its pairs out of a public queue.
		put(t, s, rec("list", "4", "Memet Tursun", tizim.Sealed))
		if got, total := queue(t, s, tizim.Public, tizim.Page{}); !slices.Equal(got, [][2]int64{{pub[0], pub[1]}}) || total != 1 {
			t.Errorf("after sealing record %d, the public queue: %v (total %d)", pub[3], got, total)
		}
		if _, total := queue(t, s, tizim.Sealed, tizim.Page{}); total != 4 {
			t.Errorf("after sealing record %d, the sealed queue has %d pairs, want 4", pub[3], total)
		}
	})
}

func TestReviewQueueFollowsJudgements(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		pub, _, _ := queueRecords(t, s)
		ab, cd := [2]int64{pub[0], pub[1]}, [2]int64{pub[2], pub[3]}
		if err := s.PutReviewPairs(ctx, []tizim.ReviewPair{{A: ab[0], B: ab[1], Prob: 0.6}, {A: cd[0], B: cd[1], Prob: 0.7}}); err != nil {
			t.Fatal(err)
		}
		ps, _, _ := s.FindReviewPairs(ctx, tizim.Public, tizim.Page{})
		abID := ps[1].ID
		t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		steps := []struct {
			j    tizim.Judgement
			want [][2]int64
		}{
			// the matcher's opinion does not take a pair out of the queue
			{tizim.Judgement{A: cd[0], B: cd[1], Verdict: tizim.Same, By: tizim.Matcher, Score: 0.7}, [][2]int64{cd, ab}},
			// a reviewer unsure: still open, but after the others
			{tizim.Judgement{A: cd[1], B: cd[0], Verdict: tizim.Unsure, By: "amina"}, [][2]int64{ab, cd}},
			// a reviewer says same: decided, out of the queue
			{tizim.Judgement{A: ab[1], B: ab[0], Verdict: tizim.Same, By: "amina", Reason: "same family"}, [][2]int64{cd}},
			// withdrawn: back, unsure ones still last
			{tizim.Judgement{A: ab[0], B: ab[1], Verdict: tizim.Withdrawn, By: "bilal"}, [][2]int64{ab, cd}},
			// different decides too
			{tizim.Judgement{A: cd[0], B: cd[1], Verdict: tizim.Different, By: "bilal"}, [][2]int64{ab}},
		}
		for i, st := range steps {
			st.j.Created = t0.Add(time.Duration(i) * time.Minute)
			judge(t, s, st.j)
			if got, total := queue(t, s, tizim.Public, tizim.Page{}); !slices.Equal(got, st.want) || total != len(st.want) {
				t.Errorf("after %s by %s: queue %v, want %v", st.j.Verdict, st.j.By, got, st.want)
			}
		}
		if ps, _, _ := s.FindReviewPairs(ctx, tizim.Public, tizim.Page{}); len(ps) != 1 || ps[0].ID != abID {
			t.Errorf("a pair that came back has a new id: %+v, want id %d", ps, abID)
		}
		// A judgement dated before the latest one on the pair does not override it.
		judge(t, s, tizim.Judgement{A: cd[0], B: cd[1], Verdict: tizim.Withdrawn, By: "amina", Created: t0})
		if got, _ := queue(t, s, tizim.Public, tizim.Page{}); !slices.Equal(got, [][2]int64{ab}) {
			t.Errorf("an older withdrawal reopened the pair: %v", got)
		}
	})
}

func TestPutReviewPairsReplacesOpenPairs(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		pub, internal, _ := queueRecords(t, s)
		first := []tizim.ReviewPair{
			{A: pub[0], B: pub[1], Prob: 0.6}, {A: pub[2], B: pub[3], Prob: 0.7}, {A: pub[0], B: internal, Prob: 0.5},
		}
		if err := s.PutReviewPairs(ctx, first); err != nil {
			t.Fatal(err)
		}
		before, _, _ := s.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
		idOf := map[[2]int64]int64{}
		for _, p := range before {
			idOf[[2]int64{p.A, p.B}] = p.ID
		}
		judge(t, s, tizim.Judgement{A: pub[2], B: pub[3], Verdict: tizim.Different, By: "amina", Reason: "brothers"})
		// A merge made on the person page, before the pair was ever queued.
		judge(t, s, tizim.Judgement{A: pub[1], B: internal, Verdict: tizim.Same, By: "amina"})
		second := []tizim.ReviewPair{
			{A: pub[1], B: pub[0], Prob: 0.65, Evidence: []tizim.Evidence{{Field: "name", Level: "exact", Weight: 6}}},
			{A: pub[2], B: pub[3], Prob: 0.9},   // decided different: stays out
			{A: pub[1], B: internal, Prob: 0.8}, // judged same already: left out
			{A: pub[1], B: pub[3], Prob: 0.55},  // new
		}
		if err := s.PutReviewPairs(ctx, second); err != nil {
			t.Fatal(err)
		}
		after, total, _ := s.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
		if total != 2 || len(after) != 2 || after[0].A != pub[0] || after[0].B != pub[1] || after[1].A != pub[1] || after[1].B != pub[3] {
			t.Fatalf("queue after the second put: %+v", after)
		}
		if after[0].ID != idOf[[2]int64{pub[0], pub[1]}] || after[0].Prob != 0.65 || len(after[0].Evidence) != 1 {
			t.Errorf("a pair given again: %+v, want id %d with the new probability and evidence", after[0], idOf[[2]int64{pub[0], pub[1]}])
		}
		if _, err := s.FindReviewPair(ctx, idOf[[2]int64{pub[0], internal}]); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("an open pair not given again is still there: %v", err)
		}
		decided, err := s.FindReviewPair(ctx, idOf[[2]int64{pub[2], pub[3]}])
		if err != nil || decided.Prob != 0.7 {
			t.Errorf("a decided pair is kept as it was asked: %+v %v", decided, err)
		}
		// Withdrawing the brothers' "different" reopens their pair even though the last put did
		// not name it; the next put that leaves it out removes it.
		judge(t, s, tizim.Judgement{A: pub[3], B: pub[2], Verdict: tizim.Withdrawn, By: "bilal"})
		if _, total := queue(t, s, tizim.Sealed, tizim.Page{}); total != 3 {
			t.Errorf("after withdrawing, %d open pairs, want 3", total)
		}
		if err := s.PutReviewPairs(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if _, total := queue(t, s, tizim.Sealed, tizim.Page{}); total != 0 {
			t.Errorf("an empty put leaves %d open pairs", total)
		}
	})
}

func TestPutReviewPairsRejectsBadPairs(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		pub, _, _ := queueRecords(t, s)
		good := tizim.ReviewPair{A: pub[0], B: pub[1], Prob: 0.5}
		if err := s.PutReviewPairs(ctx, []tizim.ReviewPair{good}); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			p    tizim.ReviewPair
			code string
		}{
			{"one record twice", tizim.ReviewPair{A: pub[0], B: pub[0], Prob: 0.5}, tizim.EINVALID},
			{"no record", tizim.ReviewPair{A: 0, B: pub[0], Prob: 0.5}, tizim.EINVALID},
			{"missing record", tizim.ReviewPair{A: pub[0], B: 987654, Prob: 0.5}, tizim.ENOTFOUND},
			{"NaN probability", tizim.ReviewPair{A: pub[2], B: pub[3], Prob: math.NaN()}, tizim.EINVALID},
			{"probability above 1", tizim.ReviewPair{A: pub[2], B: pub[3], Prob: 1.5}, tizim.EINVALID},
			{"infinite weight", tizim.ReviewPair{A: pub[2], B: pub[3], Prob: 0.5, Weight: math.Inf(1)}, tizim.EINVALID},
			{"bad evidence text", tizim.ReviewPair{A: pub[2], B: pub[3], Prob: 0.5, Evidence: []tizim.Evidence{{Field: "name\xff", Level: "exact"}}}, tizim.EINVALID},
			{"NaN evidence weight", tizim.ReviewPair{A: pub[2], B: pub[3], Prob: 0.5, Evidence: []tizim.Evidence{{Field: "name", Weight: math.NaN()}}}, tizim.EINVALID},
		} {
			err := s.PutReviewPairs(ctx, []tizim.ReviewPair{{A: pub[2], B: pub[3], Prob: 0.9}, c.p})
			if tizim.ErrorCode(err) != c.code {
				t.Errorf("%s: %v, want %s", c.name, err, c.code)
			}
			// nothing is partly written: the queue is still the good pair alone
			if got, _ := queue(t, s, tizim.Public, tizim.Page{}); !slices.Equal(got, [][2]int64{{good.A, good.B}}) {
				t.Errorf("%s: queue became %v", c.name, got)
			}
		}
	})
}

// BenchmarkFindReviewPairs measures a page of the queue (with its count) when it holds 100,000
// open pairs, about what 100,000 records give; put-ms is the time to replace the queue.
func BenchmarkFindReviewPairs(b *testing.B) {
	s := openSQLite(b)
	ctx := context.Background()
	const n = 100000
	rs := make([]*tizim.Record, n+1)
	for i := range rs {
		rs[i] = rec("list", fmt.Sprint(i), fmt.Sprintf("Person %d", i), tizim.Public)
	}
	put(b, s, rs...)
	pairs := make([]tizim.ReviewPair, n)
	for i := range pairs {
		pairs[i] = tizim.ReviewPair{A: rs[i].ID, B: rs[i+1].ID, Prob: float64(i%997) / 997,
			Evidence: []tizim.Evidence{{Field: "name", Level: "partial", Weight: 3.5}}}
	}
	start := time.Now()
	if err := s.PutReviewPairs(ctx, pairs); err != nil {
		b.Fatal(err)
	}
	put := time.Since(start)
	for i := 0; b.Loop(); i++ {
		if _, _, err := s.FindReviewPairs(ctx, tizim.Internal, tizim.Page{Offset: (i * 50) % n, Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(put.Milliseconds()), "put-ms")
}
