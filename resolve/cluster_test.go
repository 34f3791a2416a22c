package resolve

import (
	"testing"

	"github.com/tizim/tizim"
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
			if got := probability(c.weight(j, i)); got != want {
				t.Fatalf("pair %d-%d asked for the other way: %v, scoring gave %v", i, j, got, want)
			}
		}
	}
	if asymmetric == 0 {
		t.Errorf("no pair of %d compares differently in the two orders: the test shows nothing", len(scored))
	}
	t.Logf("%d scored pairs, %d of them weigh differently in the other order", len(scored), asymmetric)
}

// TestLinkageInBits: a record joins a person when the mean weight of its pairs with the
// person's records, each clipped at linkClip bits, reaches MinLinkage's weight. Pairs about
// even (a one-part name against the person's full name, another status) count as about even,
// where the mean probability once counted each against the record as if it were a conflict.
func TestLinkageInBits(t *testing.T) {
	cases := []struct {
		name    string
		weights [4]float64 // the new record's pairs with the person's four records
		joins   bool
	}{
		{"one strong link, three about even", [4]float64{12, -1, -1, -1}, true},
		{"one strong link, two contradicting", [4]float64{12, -15, -15, -1}, false},
		{"an identity number against three disagreeing", [4]float64{40, -6, -6, -6}, false},
		{"two strong links, two against", [4]float64{9, 8, -4, -5}, true},
		{"all about even", [4]float64{1, 0.5, 0, 0}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var recs []*tizim.Record
			for i := range 5 {
				recs = append(recs, rec(int64(i+1), "Memet Tursun", "", "", ""))
			}
			b, err := newBatch(recs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			c := newClusterer(b, DefaultModel(Options{}))
			for x := range int32(4) {
				for y := x + 1; y < 4; y++ {
					c.cache[pairKey(x, y)] = 20
				}
				c.cache[pairKey(x, 4)] = tc.weights[x]
			}
			for x := range int32(3) {
				if joined, _ := c.tryMerge(x, x+1, true); !joined {
					t.Fatalf("the person's own records %d and %d were not merged", x, x+1)
				}
			}
			if joined, _ := c.tryMerge(4, 0, true); joined != tc.joins {
				t.Errorf("joined = %v, want %v (mean clipped weight %.2f bits, needed %.2f)", joined, tc.joins,
					c.linkage([]int32{4}, []int32{0, 1, 2, 3}), c.m.Options.linkageWeight())
			}
		})
	}
}
