package store

import (
	"context"
	"fmt"
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
		var rs []*tizim.Record
		for i := range 8 {
			rs = append(rs, rec("list", fmt.Sprint(i), "Memet Tursun", tizim.Public))
		}
		rs[7].Consent = tizim.Sealed
		put(t, s, rs...)
		id := func(i int) int64 { return rs[i].ID }
		const high = uint64(1) << 63 // keys use all 64 bits
		keys := map[int64]tizim.CandidateKeys{}
		for i := range 7 { // key 1 on 7 records born on days 100, 110, ..., 160
			keys[id(i)] = tizim.CandidateKeys{Keys: []uint64{1}, Born: int32(100 + 10*i)}
		}
		keys[id(0)] = tizim.CandidateKeys{Keys: []uint64{1, 2, high}, Born: 100}
		keys[id(7)] = tizim.CandidateKeys{Keys: []uint64{high, 3}, Born: tizim.UnknownBirth}
		if err := s.PutCandidateKeys(ctx, keys, true); err != nil {
			t.Fatal(err)
		}
		lim := tizim.CandidateLimits{Block: 2, Window: 2, Max: 7}
		qs := []tizim.CandidateQuery{{Key: 1, Born: 131}, {Key: 1, Born: tizim.UnknownBirth}, {Key: 2, Born: 5},
			{Key: high, Born: 5}, {Key: 4, Born: 5}}
		found, err := s.FindCandidates(ctx, qs, lim)
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range [][]int64{{id(3), id(2), id(4), id(5)}, nil, {id(0)}, {id(0), id(7)}, nil} {
			if got := found[qs[i]]; !slices.Equal(got, want) {
				t.Errorf("query %+v: %v, want %v", qs[i], got, want)
			}
		}
		// a key on more than Max records gives none
		if found, _ := s.FindCandidates(ctx, qs[:1], tizim.CandidateLimits{Block: 2, Window: 2, Max: 6}); len(found[qs[0]]) != 0 {
			t.Errorf("key above Max: %v, want none", found[qs[0]])
		}
		// replacing one record's keys leaves the others'
		if err := s.PutCandidateKeys(ctx, map[int64]tizim.CandidateKeys{id(0): {Keys: []uint64{3}, Born: 100}}, false); err != nil {
			t.Fatal(err)
		}
		q3, q2 := tizim.CandidateQuery{Key: 3, Born: 1}, tizim.CandidateQuery{Key: 2, Born: 1}
		found, err = s.FindCandidates(ctx, []tizim.CandidateQuery{q2, q3}, lim)
		if err != nil {
			t.Fatal(err)
		}
		if len(found[q2]) != 0 || !slices.Equal(found[q3], []int64{id(0), id(7)}) {
			t.Errorf("after replacing one record's keys: %v", found)
		}
		// all: every other record's keys go
		if err := s.PutCandidateKeys(ctx, map[int64]tizim.CandidateKeys{id(1): {Keys: []uint64{9}, Born: 1}}, true); err != nil {
			t.Fatal(err)
		}
		q9 := tizim.CandidateQuery{Key: 9, Born: 1}
		found, _ = s.FindCandidates(ctx, []tizim.CandidateQuery{q3, q9}, lim)
		if len(found[q3]) != 0 || !slices.Equal(found[q9], []int64{id(1)}) {
			t.Errorf("after replacing all keys: %v", found)
		}
		// the keys by record are in their own table (migration 0301), not in an index
		idx := `SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'resolve_keys_record'`
		if s.d.numbered {
			idx = `SELECT count(*) FROM pg_indexes WHERE indexname = 'resolve_keys_record'`
		}
		var n int
		if err := s.db.QueryRowContext(ctx, idx).Scan(&n); err != nil || n != 0 {
			t.Errorf("index resolve_keys_record: %d, %v; want it gone", n, err)
		}
		got, err := s.FindRecordsByID(ctx, []int64{id(7), id(0), 999999})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != id(0) || got[1].ID != id(7) || got[1].Consent != tizim.Sealed {
			t.Errorf("FindRecordsByID: %d records, want two, the sealed one too, in id order", len(got))
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
