package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestEstimatesDoNotDependOnMapOrder runs the expectation maximisation on the same counts of
// comparison vectors several times: a map is ranged in another order each time, and summed in
// another order the estimates used to differ in their last digits, so that two runs of
// tizim dedup on the same records stored different models.
func TestEstimatesDoNotDependOnMapOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	counts := map[vector]float64{}
	for range 2000 {
		var v vector
		for f := range nFields {
			v[f] = int8(rng.IntN(len(fieldLevels[f])+1) - 1) // -1: the field is missing
		}
		counts[v] += float64(1 + rng.IntN(1000))
	}
	var firstPrior, firstMatches float64
	var firstM []float64
	for run := range 8 {
		prior := estimatePrior(DefaultModel(Options{}), counts)
		m := DefaultModel(Options{})
		matches := estimateM(m, counts, nil)
		var ms []float64
		for f := range nFields {
			for _, l := range m.Fields[f].Levels {
				ms = append(ms, l.M, l.U)
			}
		}
		if run == 0 {
			firstPrior, firstMatches, firstM = prior, matches, ms
			continue
		}
		if prior != firstPrior || matches != firstMatches {
			t.Fatalf("run %d: prior %v, matches %v; run 0: %v, %v", run, prior, matches, firstPrior, firstMatches)
		}
		for i := range ms {
			if ms[i] != firstM[i] {
				t.Fatalf("run %d: parameter %d is %v, run 0: %v", run, i, ms[i], firstM[i])
			}
		}
	}
}
