package resolve

import (
	"testing"
	"time"
)

// TestScoreAboveAsCompare checks that scoring a batch's candidate pairs with its shortcuts (no
// names compared when the other fields leave a pair below the cut, no alignment across scripts
// when the pair's own names cannot lift it) keeps exactly the pairs, comparisons and weights
// that comparing every pair in full gives, at several cuts.
func TestScoreAboveAsCompare(t *testing.T) {
	recs, _ := fixture(3000, 11)
	b, err := newBatch(recs, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	m := b.train(nil)
	ceiling := m.nameCeiling()
	// The ceiling is what the best level adds with the rarest name, no less, no more.
	none := comparison{}
	for f := range none.v {
		none.v[f] = -1
	}
	most := 0.0
	for l := range int8(len(nameLevels)) {
		for _, logFreq := range []float64{0, -3, -20, -1000} {
			c := none
			c.v[fName], c.logFreq = l, logFreq
			most = max(most, m.weight(&c)-m.weight(&none))
		}
	}
	if most > ceiling+1e-9 || most < ceiling-1e-9 {
		t.Errorf("names add up to %v bits to a pair's weight, the ceiling is %v", most, ceiling)
	}
	for _, lower := range []float64{0.01, 0.2, 0.5, 0.9, 0.99} {
		cut := weightOf(lower)
		kept, skipped := 0, 0
		for _, p := range b.pairs {
			i, j := unpair(p)
			want := compare(b.es[i], b.es[j], b.tf)
			ww := m.weight(&want)
			c, w, ok := scoreAbove(m, b.es[i], b.es[j], b.tf, b.memo, cut, ceiling)
			if ok != (ww >= cut) {
				t.Fatalf("lower %v, pair %d-%d: kept %v, weight %v against cut %v", lower, i, j, ok, ww, cut)
			}
			if !ok {
				if fields := compareFields(b.es[i], b.es[j], nil); m.weight(&fields)+ceiling < cut {
					skipped++
				}
				continue
			}
			kept++
			if c != want || w != ww {
				t.Fatalf("lower %v, pair %d-%d: %+v weight %v, want %+v weight %v", lower, i, j, c, w, want, ww)
			}
		}
		if kept == 0 {
			t.Errorf("lower %v: no pair kept of %d", lower, len(b.pairs))
		}
		t.Logf("lower %v: %d of %d pairs kept, %d not compared on their names", lower, kept, len(b.pairs), skipped)
	}
}

// BenchmarkScore scores the candidate pairs of the generator's corpus of 20,000 people (about
// 49,000 records, in four scripts) at the default cut, with the memo emptied before each round
// (the names package's cache of part similarities stays warm): cpu-ns/pair is the processor
// time of a pair, as a million people's 22.6 million pairs cost it.
func BenchmarkScore(b *testing.B) {
	recs, _ := synthCorpus(b, 20_000, 1)
	bt, err := newBatch(recs, Options{})
	if err != nil {
		b.Fatal(err)
	}
	m := bt.train(nil)
	var cpu time.Duration
	for b.Loop() {
		bt.memo = newBatchMemo()
		start := processCPU()
		bt.score(m, m.Options.Lower)
		cpu += processCPU() - start
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(bt.pairs)), "cpu-ns/pair")
}
