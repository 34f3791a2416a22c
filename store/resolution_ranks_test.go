package store

import (
	"context"
	"testing"

	"github.com/tizim/tizim"
)

// TestPutResolutionQueueRanks: a full resolution whose judgements regroup the whole database
// gives its review pairs the consent ranks of the records as read for the regrouping (no
// second read): each clearance sees the pairs whose two records it may see; and a pair naming
// a record that does not exist fails the whole resolution, judgements and all.
func TestPutResolutionQueueRanks(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := wholeMin + 200
		putN(t, s, n, func(i int) *tizim.Record {
			r := synthetic("ranks", i)
			r.Consent = tizim.Public
			switch i % 10 {
			case 7:
				r.Consent = tizim.Internal
			case 9:
				r.Consent = tizim.Sealed
			}
			return r
		})
		rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil {
			t.Fatal(err)
		}
		var res Resolution
		res.Model = []byte(`{}`)
		for i := 0; i+1 < n; i += 2 { // named records: all, so the whole database is regrouped
			res.Judgements = append(res.Judgements, tizim.Judgement{A: rs[i].ID, B: rs[i+1].ID, Verdict: tizim.Same, By: tizim.Matcher, Score: 9})
		}
		sees := map[tizim.Consent]int{}
		for i := 0; i+3 < n; i += 3 {
			a, b := rs[i], rs[i+3]
			res.Review = append(res.Review, tizim.ReviewPair{A: a.ID, B: b.ID, Prob: 0.5, Weight: 1})
			for _, c := range []tizim.Consent{tizim.Public, tizim.Internal, tizim.Sealed} {
				if clearanceRank(a.Consent) <= clearanceRank(c) && clearanceRank(b.Consent) <= clearanceRank(c) {
					sees[c]++
				}
			}
		}
		bad := res
		bad.Review = append(res.Review[:len(res.Review):len(res.Review)], tizim.ReviewPair{A: rs[0].ID, B: rs[n-1].ID + 99, Prob: 0.5})
		if _, err := s.PutResolution(ctx, bad); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Fatalf("a pair naming a missing record: %v, want ENOTFOUND", err)
		}
		if js, err := s.AllJudgements(ctx); err != nil || len(js) != 0 {
			t.Fatalf("after the failed resolution: %d judgements (%v), want none", len(js), err)
		}
		if _, err := s.PutResolution(ctx, res); err != nil {
			t.Fatal(err)
		}
		for _, c := range []tizim.Consent{tizim.Public, tizim.Internal, tizim.Sealed} {
			if _, total := queue(t, s, c, tizim.Page{Limit: 1}); total != sees[c] {
				t.Errorf("%s sees %d pairs, want %d", c, total, sees[c])
			}
		}
		if sees[tizim.Public] == sees[tizim.Sealed] || sees[tizim.Public] == 0 {
			t.Fatalf("the case tests nothing: %v", sees)
		}
	})
}
