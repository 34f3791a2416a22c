package resolve

import "testing"

// TestTermFreqCountsKeysOncePerRecord checks that a record counts each of its name keys once,
// however many of its forms carry it, for records with few keys and with many (hostile input).
func TestTermFreqCountsKeysOncePerRecord(t *testing.T) {
	form := func(whole uint64, lo, hi int) *nameForm {
		f := &nameForm{parts: []string{"x"}, whole: whole}
		for k := lo; k < hi; k++ {
			f.vals = append(f.vals, uint64(k))
		}
		f.off[1], f.off[2] = uint16(len(f.vals)), uint16(len(f.vals))
		return f
	}
	for _, n := range []int{3, 40, 300} {
		tf := newTermFreq()
		e := &entry{idn: &noID, forms: []*nameForm{form(1<<40, 1, n+1), form(1<<40, n/2, n+n/2), form(1<<41, 1, 2)}}
		tf.add(e)
		tf.add(e)
		for k := uint64(1); k < uint64(n+n/2); k++ {
			if got := tf.count[k]; got != 2 {
				t.Fatalf("%d keys: key %d counted %d times in two records, want 2", n, k, got)
			}
		}
		if tf.count[1<<40] != 2 || tf.count[1<<41] != 2 || tf.n != 2 {
			t.Fatalf("%d keys: whole names counted %d and %d, records %d; want 2, 2, 2", n, tf.count[1<<40], tf.count[1<<41], tf.n)
		}
	}
}
