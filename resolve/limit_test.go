package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLimitPairsWorkers: however many workers share limiting the pairs, the same pairs are kept,
// for counted pairs shaped like a batch's (random partners, one to three votes, records with
// few pairs and records with many) and for ones that all fall on the first records.
func TestLimitPairsWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	homes := []string{"650102", "653101", "653121"}
	const n = 20_000
	es := make([]*entry, n)
	for i := range es {
		d := int32(rng.IntN(20000))
		es[i] = &entry{idn: &noID, home: homes[rng.IntN(len(homes)):][:1], birth: span{first: d, last: d + rng.Int32N(366), prec: 1}}
		if rng.IntN(5) == 0 {
			es[i].sex = "f"
		}
	}
	gen := map[string]func() []uint64{
		"spread": func() []uint64 {
			var acc []uint64
			for i := range n {
				for range rng.IntN(40) {
					if j := rng.IntN(n); j != i {
						acc = append(acc, packPair(int32(min(i, j)), int32(max(i, j)))|uint64(1+rng.IntN(3)))
					}
				}
			}
			return acc
		},
		"first records": func() []uint64 {
			var acc []uint64
			for i := range 50 {
				for j := i + 1; j < n; j += 1 + rng.IntN(30) {
					acc = append(acc, packPair(int32(i), int32(j))|uint64(1+rng.IntN(9)))
				}
			}
			return acc
		},
	}
	for name, g := range gen {
		acc := g()
		slices.Sort(acc)
		acc = slices.CompactFunc(acc, func(a, b uint64) bool { return a&^votesMask == b&^votesMask })
		want := limitPairs(slices.Clone(acc), es, DefaultMaxPairs, 1)
		if len(want) == 0 || len(want) == len(acc) {
			t.Fatalf("%s: %d of %d pairs kept: the test limits nothing", name, len(want), len(acc))
		}
		for _, workers := range []int{2, 3, 8} {
			if got := limitPairs(slices.Clone(acc), es, DefaultMaxPairs, workers); !slices.Equal(got, want) {
				t.Errorf("%s, %d workers: %d pairs kept, %d with one worker, or others", name, workers, len(got), len(want))
			}
		}
	}
}
