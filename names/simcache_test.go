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
		simCache[i].entries.Store(nil)
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

// TestUnitSimSymmetric holds unitSim to what lets the cache keep one entry for a pair of units
// in either order: the same similarity both ways round, to the bit wherever it reaches the
// floor, for every pair of units of the golden files' pairs.
func TestUnitSimSymmetric(t *testing.T) {
	bad := 0
	for _, p := range goldenPairs(t) {
		a, b := &p[0], &p[1]
		for i := range a.units() {
			for j := range b.units() {
				for _, floor := range []float64{0, nearMissMin, pairMin} {
					x, y := unitSim(a, i, b, j, floor), unitSim(b, j, a, i, floor)
					if (x >= floor || y >= floor) && math.Float64bits(x) != math.Float64bits(y) {
						bad++
						if bad <= 10 {
							t.Errorf("%q unit %d, %q unit %d, floor %v: %v one way, %v the other", a.unitText(0), i, b.unitText(0), j, floor, x, y)
						}
					}
				}
			}
		}
	}
}

// TestSimCacheFloors checks that a similarity computed for the higher floor does not answer a
// caller with the lower one (below the floor it may be any value), and one computed for the
// lower floor answers both.
func TestSimCacheFloors(t *testing.T) {
	SetSimCache(true)
	defer SetSimCache(true)
	rememberSim(11, 12, 0.3, 1) // below pairMin: any value below it
	rememberSim(21, 22, 0.6, 0)
	tests := []struct {
		a, b   uint64
		floor  int
		want   float64
		wantOK bool
	}{
		{11, 12, 1, 0.3, true},
		{11, 12, 0, 0, false},
		{21, 22, 0, 0.6, true},
		{21, 22, 1, 0.6, true},
		{11, 22, 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := cachedSim(tt.a, tt.b, tt.floor)
		if ok != tt.wantOK || ok && got != tt.want {
			t.Errorf("cachedSim(%d, %d, floor %v) = %v, %v; want %v, %v", tt.a, tt.b, simFloors[tt.floor], got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestSimEntryTorn checks that an entry caught between two writes (the check of one, the
// similarity of the other) is read as no entry, not as a wrong similarity for either key.
func TestSimEntryTorn(t *testing.T) {
	k1, k2 := simKey(3, 5, 0), simKey(7, 9, 1)
	tests := []struct {
		name      string
		check     uint64 // key ^ data of the first write
		data      float64
		wantKey   uint64
		wantFound bool
	}{
		{"whole", k1 ^ math.Float64bits(0.8), 0.8, k1, true},
		{"check of one, data of another", k1 ^ math.Float64bits(0.8), 0.93, 0, false},
		{"check of another, data of one", k2 ^ math.Float64bits(0.71), 0.8, 0, false},
		{"empty", 0, 0, 0, false},
	}
	for _, tt := range tests {
		var e simEntry
		e.check.Store(tt.check)
		e.data.Store(math.Float64bits(tt.data))
		key, sim := e.load()
		found := key == k1 || key == k2
		if found != tt.wantFound || found && (key != tt.wantKey || sim != tt.data) {
			t.Errorf("%s: load = %#x, %v; want found %v", tt.name, key, sim, tt.wantFound)
		}
	}
}
