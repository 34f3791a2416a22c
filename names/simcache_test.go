package names

import (
	"math"
	"sync"
	"testing"
)

// TestSimCacheSameResults compares the golden files' pairs with the cache of unit similarities
// off, then on from empty, then on again with every part pair in it, with several goroutines
// at once: the scores and alignments must be the same to the bit each time.
func TestSimCacheSameResults(t *testing.T) {
	pairs := goldenPairs(t)
	if testing.Short() {
		pairs = pairs[:len(pairs)/4]
	}
	want := make([]Result, len(pairs))
	simCacheOff = true
	for i, p := range pairs {
		want[i] = CompareNames(p[0], p[1], nil)
	}
	simCacheOff = false
	for i := range simCache {
		simCache[i].entries = nil
	}
	for round := range 2 {
		var wg sync.WaitGroup
		errs := make(chan string, 10)
		for w := range 4 {
			wg.Go(func() {
				for i := w; i < len(pairs); i += 4 {
					got := CompareNames(pairs[i][0], pairs[i][1], nil)
					if !sameResult(got, want[i]) {
						select {
						case errs <- pairs[i][0].unitText(0):
						default:
						}
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Errorf("round %d: a pair with %q compares differently with the cache", round, e)
		}
	}
}

func sameResult(a, b Result) bool {
	if math.Float64bits(a.Score) != math.Float64bits(b.Score) || a.Match != b.Match || len(a.Alignment) != len(b.Alignment) {
		return false
	}
	for i, x := range a.Alignment {
		y := b.Alignment[i]
		if x.A != y.A || x.B != y.B || math.Float64bits(x.Score) != math.Float64bits(y.Score) {
			return false
		}
	}
	return true
}
