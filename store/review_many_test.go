package store

import (
	"context"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// TestReviewQueueOfAFullResolution: a queue that names most records (a full resolution's,
// whose consent ranks are read in one scan of the records) lists each pair for the clearances
// that may see both its records, and a pair naming a record that does not exist is refused
// with the queue left as it was.
func TestReviewQueueOfAFullResolution(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := wholeMin + 200
		putN(t, s, n, func(i int) *tizim.Record {
			r := synthetic("leak", i)
			r.Consent = tizim.Public
			if i%10 == 9 {
				r.Consent = tizim.Sealed
			}
			return r
		})
		rs, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil {
			t.Fatal(err)
		}
		var pairs []tizim.ReviewPair
		public := 0
		for i := 0; i+1 < len(rs); i++ {
			pairs = append(pairs, tizim.ReviewPair{A: rs[i].ID, B: rs[i+1].ID, Prob: 0.5, Weight: 1,
				Evidence: []tizim.Evidence{{Field: "name", Level: "exact", Weight: 2.5}}})
			if rs[i].Consent == tizim.Public && rs[i+1].Consent == tizim.Public {
				public++
			}
		}
		tx, release, err := s.bulkTx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		scan, err := s.largeShare(ctx, tx, n)
		tx.Rollback()
		release()
		if err != nil || !scan {
			t.Fatalf("largeShare(%d) of %d records: %v, %v; want a scan", n, n, scan, err)
		}
		if err := s.PutReviewPairs(ctx, pairs); err != nil {
			t.Fatal(err)
		}
		bad := append(pairs[1:len(pairs):len(pairs)], tizim.ReviewPair{A: rs[0].ID, B: rs[n-1].ID + 99, Prob: 0.5})
		if err := s.PutReviewPairs(ctx, bad); tizim.ErrorCode(err) != tizim.ENOTFOUND || !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("a pair naming a missing record: %v, want ENOTFOUND", err)
		}
		for _, c := range []struct {
			clearance tizim.Consent
			want      int
		}{{tizim.Public, public}, {tizim.Sealed, len(pairs)}} {
			ps, total, err := s.FindReviewPairs(ctx, c.clearance, tizim.Page{Limit: 1})
			if err != nil || total != c.want || len(ps) != 1 || len(ps[0].Evidence) != 1 {
				t.Errorf("%s sees %d pairs (%v, first %+v), want %d with their evidence", c.clearance, total, err, ps, c.want)
			}
		}
	})
}
