package resolve

import (
	"math"
	"math/rand/v2"
	"slices"
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

// TestSureDisagreement checks what the records of one person are taken to disagree on: the
// share among the pairs that the other fields make sure, and among reviewers' "same" pairs, not
// among namesakes of weak evidence; a field too few sure pairs know keeps what EM gave it.
func TestSureDisagreement(t *testing.T) {
	m := DefaultModel(Options{})
	sex := levelsM(m, fSex)
	setDisagreement(sex, 0.1) // EM's match class took in namesakes of the other sex
	setLevelsM(m, fSex, sex)
	sentence := levelsM(m, fSentence)
	var comps []comparison
	pair := func(n int, set func(v *vector)) {
		for range n {
			var c comparison
			for f := range c.v {
				c.v[f] = -1
			}
			set(&c.v)
			comps = append(comps, c)
		}
	}
	sure := func(v *vector) { v[fName], v[fBirth], v[fID], v[fSex] = nameExact, birthExact, 0, 0 }
	pair(999, sure)
	pair(1, func(v *vector) { sure(v); v[fSex] = 1 })
	// Namesakes: the same name and year, of either sex, not sure whatever their sex.
	pair(5000, func(v *vector) { v[fName], v[fBirth], v[fSex] = nameSubset, birthCompat, 1 })
	// Too few sure pairs know the sentence, all of them different.
	pair(50, func(v *vector) { sure(v); v[fSentence] = 1 })
	// Reviewers judged 300 pairs the same, 30 of them with charges apart, and 100 different.
	var known []labelled
	for k := range 400 {
		var v vector
		for f := range v {
			v[f] = -1
		}
		same := k < 300
		if v[fCharges] = 0; k%10 == 0 || !same {
			v[fCharges] = 1
		}
		known = append(known, labelled{v: v, match: same})
	}
	if !sureDisagreement(m, comps, known) {
		t.Fatal("sureDisagreement changed nothing")
	}
	near := func(field int, want float64) {
		t.Helper()
		ms := levelsM(m, field)
		sum := 0.0
		for _, x := range ms {
			sum += x
		}
		if got := ms[len(ms)-1]; math.Abs(got-want) > 1e-9 || math.Abs(sum-1) > 1e-9 {
			t.Errorf("%s: disagreement %.6f, want %.6f (levels sum to %v)", fieldNames[field], got, want, sum)
		}
	}
	near(fSex, (1+priorPairs*defaultM[fSex][1])/(1050+priorPairs))
	near(fCharges, (30+priorPairs*defaultM[fCharges][1])/(300+priorPairs))
	if got := levelsM(m, fSentence); !slices.Equal(got, sentence) {
		t.Errorf("sentence: %v, want it unchanged: %v", got, sentence)
	}
}
