package resolve

import (
	"reflect"
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
