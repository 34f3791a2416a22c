package store

import (
	"context"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

func TestModelVersions(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, _, err := s.LatestModel(ctx); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Fatalf("empty database: err = %v, want ENOTFOUND", err)
		}
		for i, m := range []string{`{"a":1}`, `{"a":2}`} {
			v, err := s.PutModel(ctx, []byte(m))
			if err != nil {
				t.Fatal(err)
			}
			if v != int64(i+1) {
				t.Errorf("version %d, want %d", v, i+1)
			}
		}
		got, v, err := s.LatestModel(ctx)
		if err != nil || string(got) != `{"a":2}` || v != 2 {
			t.Errorf("latest = %s v%d (%v), want the second", got, v, err)
		}
		for _, bad := range []string{"", "\xff\xfe"} {
			if _, err := s.PutModel(ctx, []byte(bad)); tizim.ErrorCode(err) != tizim.EINVALID {
				t.Errorf("PutModel(%q): err = %v, want EINVALID", bad, err)
			}
		}
		for range keptModels + 2 {
			if _, err := s.PutModel(ctx, []byte(`{}`)); err != nil {
				t.Fatal(err)
			}
		}
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM resolve_models`).Scan(&n); err != nil || n != keptModels {
			t.Errorf("%d versions kept (%v), want %d", n, err, keptModels)
		}
	})
}

func TestCandidateKeys(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rs := []*tizim.Record{rec("list", "1", "Ilham Tohti", tizim.Public), rec("list", "2", "Ilham Toxti", tizim.Public),
			rec("list", "3", "Memet Tursun", tizim.Sealed)}
		put(t, s, rs...)
		a, b, c := rs[0].ID, rs[1].ID, rs[2].ID
		const high = uint64(1) << 63 // keys use all 64 bits
		if err := s.PutCandidateKeys(ctx, map[int64][]uint64{a: {1, 2, high}, b: {2, high}, c: {2, 3}}, true); err != nil {
			t.Fatal(err)
		}
		found, err := s.FindCandidates(ctx, []uint64{1, 2, high, 4}, 2)
		if err != nil {
			t.Fatal(err)
		}
		for k, want := range map[uint64][]int64{1: {a}, 2: nil, high: {a, b}, 4: nil} {
			if !slices.Equal(found[k], want) {
				t.Errorf("key %d: %v, want %v (key 2 is carried by 3 > limit 2)", k, found[k], want)
			}
		}
		// replacing one record's keys leaves the others'
		if err := s.PutCandidateKeys(ctx, map[int64][]uint64{a: {3}}, false); err != nil {
			t.Fatal(err)
		}
		found, err = s.FindCandidates(ctx, []uint64{1, 3, high}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(found[1]) != 0 || !slices.Equal(found[3], []int64{a, c}) || !slices.Equal(found[high], []int64{b}) {
			t.Errorf("after replacing a's keys: %v", found)
		}
		// all: every other record's keys go
		if err := s.PutCandidateKeys(ctx, map[int64][]uint64{b: {9}}, true); err != nil {
			t.Fatal(err)
		}
		found, _ = s.FindCandidates(ctx, []uint64{3, 9}, 10)
		if len(found[3]) != 0 || !slices.Equal(found[9], []int64{b}) {
			t.Errorf("after replacing all keys: %v", found)
		}
		got, err := s.FindRecordsByID(ctx, []int64{c, a, 999999})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != a || got[1].ID != c || got[1].Consent != tizim.Sealed {
			t.Errorf("FindRecordsByID: %d records, want a and the sealed c in id order", len(got))
		}
	})
}

func TestAddReviewPairsKeepsTheQueue(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		pub, _, _ := queueRecords(t, s)
		if err := s.PutReviewPairs(ctx, []tizim.ReviewPair{{A: pub[0], B: pub[1], Prob: 0.8, Weight: 2}}); err != nil {
			t.Fatal(err)
		}
		if err := s.Judge(ctx, tizim.Judgement{A: pub[2], B: pub[3], Verdict: tizim.Different, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
		err := s.AddReviewPairs(ctx, []tizim.ReviewPair{
			{A: pub[3], B: pub[2], Prob: 0.9, Weight: 3}, // a reviewer said different: stays out
			{A: pub[0], B: pub[2], Prob: 0.5, Weight: 0.1},
		})
		if err != nil {
			t.Fatal(err)
		}
		got, total := queue(t, s, tizim.Sealed, tizim.Page{})
		want := [][2]int64{{pub[0], pub[1]}, {pub[0], pub[2]}}
		if total != 2 || !slices.Equal(got, want) {
			t.Errorf("queue = %v (%d), want %v: the earlier pair kept, the decided one left out", got, total, want)
		}
		if err := s.AddReviewPairs(ctx, []tizim.ReviewPair{{A: pub[0], B: 424242, Prob: 0.5}}); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("pair naming a missing record: err = %v, want ENOTFOUND", err)
		}
	})
}
