package store

import (
	"context"
	"testing"
)

// TestReadAheadFollowsUse imports corrected copies of a 20,000-record source in three shapes
// and counts the keys looked up alone and the records read ahead: the whole file in the order
// it was imported needs a lookup per read of 512; the file reversed reads ahead once; a file
// of every hundredth row (the corrected rows alone) does not read 512 records for each of its
// rows but a few.
func TestReadAheadFollowsUse(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := 20000
		if testing.Short() {
			n = 6000
		}
		importN(t, s, "leak", n)
		for _, c := range []struct {
			name                string
			rows                func(yield func(int) bool)
			maxLookups, maxRead int
		}{
			{"in order", func(yield func(int) bool) {
				for i := 0; i < n && yield(i); i++ {
				}
			}, n/aheadRows + 2, n},
			{"reversed", func(yield func(int) bool) {
				for i := n - 1; i >= 0 && yield(i); i-- {
				}
			}, n, aheadRows},
			{"every hundredth", func(yield func(int) bool) {
				for i := 0; i < n && yield(i); i += 100 {
				}
			}, n / 100, 2*aheadRows + 4*(n/100)}, // without the sizing: every record in between
		} {
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			puts := 0
			for i := range c.rows {
				if _, err := w.Put(ctx, corrected("leak", i, i%2 == 0)); err != nil {
					t.Fatal(err)
				}
				puts++
			}
			a := w.(*writer).ahead
			if a.lookups > c.maxLookups || a.total > c.maxRead {
				t.Errorf("%s: %d rows, %d looked up alone, %d read ahead; want at most %d and %d",
					c.name, puts, a.lookups, a.total, c.maxLookups, c.maxRead)
			}
			if err := w.Rollback(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
