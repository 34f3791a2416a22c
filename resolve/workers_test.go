package resolve

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// TestDedupWorkers: a generated corpus resolves to the same people, matcher judgements, review
// queue and statistics whether one worker or several do the work: blocking, limiting the pairs,
// clustering by component and comparing the review pairs all split their work between workers.
// Reviewers' judgements (a "same" to force and a "different" to keep apart) take part.
func TestDedupWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("resolves 6,000 generated people several times")
	}
	recs, _ := synthCorpus(t, 6000, 7)
	js := []tizim.Judgement{
		{A: recs[0].ID, B: recs[len(recs)-1].ID, Verdict: tizim.Same, By: "alice"},
		{A: recs[1].ID, B: recs[2].ID, Verdict: tizim.Different, By: "bob"},
	}
	want, err := Dedup(recs, js, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want.Stats.Merged == 0 || len(want.Review) == 0 {
		t.Fatalf("one worker: %d merges, %d review pairs: the test resolves nothing", want.Stats.Merged, len(want.Review))
	}
	for _, workers := range []int{2, 3} {
		got, err := Dedup(recs, js, Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Stats, want.Stats) {
			t.Errorf("%d workers: stats %+v, want %+v", workers, got.Stats, want.Stats)
		}
		if !reflect.DeepEqual(got.Clusters, want.Clusters) {
			t.Errorf("%d workers: other clusters", workers)
		}
		if !reflect.DeepEqual(got.Judgements, want.Judgements) {
			t.Errorf("%d workers: %d judgements, want the %d of one worker, the same", workers, len(got.Judgements), len(want.Judgements))
		}
		if !reflect.DeepEqual(got.Review, want.Review) {
			t.Errorf("%d workers: %d review pairs, want the %d of one worker, the same", workers, len(got.Review), len(want.Review))
		}
	}
}

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
		es[i] = &entry{idn: &noID, at: &home{codes: homes[rng.IntN(len(homes)):][:1]}, birth: span{first: d, last: d + rng.Int32N(366), prec: 1}}
		if rng.IntN(5) == 0 {
			es[i].sex = female
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
		want := limitPairs(pagesOf(acc), es, DefaultMaxPairs, 1)
		if len(want) == 0 || len(want) == len(acc) {
			t.Fatalf("%s: %d of %d pairs kept: the test limits nothing", name, len(want), len(acc))
		}
		for _, workers := range []int{2, 3, 8} {
			if got := limitPairs(pagesOf(acc), es, DefaultMaxPairs, workers); !slices.Equal(got, want) {
				t.Errorf("%s, %d workers: %d pairs kept, %d with one worker, or others", name, workers, len(got), len(want))
			}
		}
	}
}
