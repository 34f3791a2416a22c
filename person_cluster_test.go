package tizim

import (
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"
)

// TestClusterIDsLikeMaps: the array-based clustering gives every record the person the earlier
// map-based one gave (clusterByMaps, kept here as the reference), for records in any order and
// repeated, judgements by the matcher and reviewers, ties in score, withdrawals, records judged
// that are not among the records.
func TestClusterIDsLikeMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	verdicts := []Verdict{Same, Same, Same, Different, Unsure, Withdrawn}
	for round := range 300 {
		n := 1 + rng.IntN(60)
		stride := []int64{1, 3, 7}[round%3] // dense ids are indexed by a table, sparse ones searched
		var records []int64
		for k := range n {
			records = append(records, int64(k)*stride+1)
		}
		if round%7 == 0 {
			records = append(records, math.MaxInt64, math.MinInt64+1)
		}
		rng.Shuffle(len(records), func(i, j int) { records[i], records[j] = records[j], records[i] })
		if round%5 == 0 {
			records = append(records, records[rng.IntN(n)])
		}
		if round%2 == 0 {
			sort.Slice(records, func(i, j int) bool { return records[i] < records[j] })
		}
		var js []Judgement
		for k := range rng.IntN(3 * n) {
			pick := func() int64 {
				if rng.IntN(10) == 0 {
					return int64(rng.IntN(9*n + 9)) // perhaps no record
				}
				return records[rng.IntN(len(records))]
			}
			j := Judgement{ID: int64(k + 1), A: pick(), B: pick(),
				Verdict: verdicts[rng.IntN(len(verdicts))], By: Matcher,
				Score: float64(rng.IntN(4)) / 4, Created: time.Unix(int64(rng.IntN(5)), 0)}
			if rng.IntN(3) == 0 {
				j.By = "ana"
			}
			if j.By == Matcher && (j.Verdict == Unsure || j.Verdict == Withdrawn) {
				j.Verdict = Same
			}
			js = append(js, j)
		}
		want := clusterByMaps(records, js)
		got := ClusterIDs(records, js)
		for k, r := range records {
			if got[k] != want[r] {
				t.Fatalf("round %d: record %d in person %d, want %d", round, r, got[k], want[r])
			}
		}
	}
}

// BenchmarkCluster: the records and judgements of a full resolution of 200,000 people's
// records (TIZIM_BENCH_CLUSTER_RECORDS to change), clustered with arrays (ClusterIDs, as
// storing does) and with maps (the earlier Cluster, clusterByMaps).
func BenchmarkCluster(b *testing.B) {
	n := 500_000
	if v, err := strconv.Atoi(os.Getenv("TIZIM_BENCH_CLUSTER_RECORDS")); err == nil && v > 0 {
		n = v
	}
	rng := rand.New(rand.NewPCG(1, 1))
	records := make([]int64, n)
	for k := range records {
		records[k] = int64(k + 1)
	}
	// About 0.55 matcher judgements a record, each joining two records anywhere, as a full
	// resolution of the generator's corpus makes.
	var js []Judgement
	for k := range n * 55 / 100 {
		a := int64(1 + rng.IntN(n))
		js = append(js, Judgement{ID: int64(k + 1), A: a, B: int64(1 + rng.IntN(n)), Verdict: Same, By: Matcher,
			Score: 0.97 + rng.Float64()*0.03, Created: time.Unix(1, 0)})
	}
	b.Run("arrays", func(b *testing.B) {
		for b.Loop() {
			ClusterIDs(records, js)
		}
	})
	b.Run("maps", func(b *testing.B) {
		for b.Loop() {
			clusterByMaps(records, js)
		}
	})
}

func clusterByMaps(records []int64, js []Judgement) map[int64]int64 {
	parent := make(map[int64]int64, len(records))
	for _, r := range records {
		parent[r] = r
	}
	var find func(int64) int64
	find = func(x int64) int64 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	eff := Effective(js)
	apart := map[int64][]int64{} // cluster root -> records judged different from some member
	var links []Judgement
	for _, j := range eff {
		if _, ok := parent[j.A]; !ok {
			continue
		}
		if _, ok := parent[j.B]; !ok {
			continue
		}
		if j.Verdict == Different {
			apart[j.A] = append(apart[j.A], j.B)
			apart[j.B] = append(apart[j.B], j.A)
		} else {
			links = append(links, j)
		}
	}
	sort.Slice(links, func(i, k int) bool {
		x, y := &links[i], &links[k]
		if x.Automatic() != y.Automatic() {
			return !x.Automatic()
		}
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		px, py := pairOf(x.A, x.B), pairOf(y.A, y.B)
		return px.a < py.a || (px.a == py.a && px.b < py.b)
	})
	for _, l := range links {
		ra, rb := find(l.A), find(l.B)
		if ra == rb {
			continue
		}
		if len(apart[ra]) > len(apart[rb]) {
			ra, rb = rb, ra
		}
		blocked := false
		for _, x := range apart[ra] {
			if find(x) == rb {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		parent[ra] = rb
		apart[rb] = append(apart[rb], apart[ra]...)
		delete(apart, ra)
	}
	minOf := map[int64]int64{}
	for _, r := range records {
		root := find(r)
		if m, ok := minOf[root]; !ok || r < m {
			minOf[root] = r
		}
	}
	out := make(map[int64]int64, len(records))
	for _, r := range records {
		out[r] = minOf[find(r)]
	}
	return out
}
