package resolve

import (
	"testing"
)

// TestClustererWeighsAsScoring: a merge weighs a pair as scoring did, whichever of its records
// comes first: the weight scoring kept (looked up), else the two compared in the order scoring
// compares pairs. Comparing names is not symmetric (the whole name's frequency is the first
// form's), so a pair asked for in the other order once got another weight than its edge's.
func TestClustererWeighsAsScoring(t *testing.T) {
	recs, _ := synthCorpus(t, 3000, 3)
	b, err := newBatch(recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := b.train(nil)
	edges, scored := b.score(m, m.Options.Lower)
	if len(edges) == 0 || len(scored) != len(edges) {
		t.Fatalf("%d edges, %d scored pairs", len(edges), len(scored))
	}
	looked, compared := newClusterer(b, m), newClusterer(b, m)
	looked.scored = scored
	asymmetric := 0
	for _, s := range scored {
		i, j := unpair(s.pair)
		want := probability(s.w)
		ab, ba := compare(b.es[i], b.es[j], b.tf), compare(b.es[j], b.es[i], b.tf)
		if m.weight(&ab) != m.weight(&ba) {
			asymmetric++
		}
		for _, c := range []*clusterer{looked, compared} {
			if got := c.prob(j, i); got != want {
				t.Fatalf("pair %d-%d asked for the other way: %v, scoring gave %v", i, j, got, want)
			}
		}
	}
	if asymmetric == 0 {
		t.Errorf("no pair of %d compares differently in the two orders: the test shows nothing", len(scored))
	}
	t.Logf("%d scored pairs, %d of them weigh differently in the other order", len(scored), asymmetric)
}
