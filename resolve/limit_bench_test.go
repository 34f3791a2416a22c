package resolve

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"
)

// BenchmarkLimitPairs limits counted pairs the size of a million people's (2.5 million records
// with 34 counted pairs each, TIZIM_BENCH_LIMIT_RECORDS to change) to DefaultMaxPairs a record.
// The partners of a record are spread over the batch, so each pair reads the far record's
// nearness and heap from memory.
func BenchmarkLimitPairs(b *testing.B) {
	n := 2_500_000
	if s := os.Getenv("TIZIM_BENCH_LIMIT_RECORDS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	homes := []string{"650102", "653101", "653121", "652101", "654002"}
	es := make([]*entry, n)
	for i := range es {
		d := int32(rng.IntN(20000))
		es[i] = &entry{idn: &noID, at: &home{codes: homes[rng.IntN(len(homes)):][:1]}, birth: span{first: d, last: d + rng.Int32N(366), prec: 1}}
	}
	acc := make([]uint64, 0, 17*n)
	for i := range n {
		for range 17 {
			j := rng.IntN(n)
			if j != i {
				acc = append(acc, packPair(int32(min(i, j)), int32(max(i, j)))|uint64(1+rng.IntN(3)))
			}
		}
	}
	slices.Sort(acc)
	for _, workers := range []int{1, 2} {
		b.Run(strconv.Itoa(workers)+"-workers", func(b *testing.B) {
			cpu := time.Duration(0)
			for range b.N {
				in := pagesOf(acc)
				c0 := cpuTime()
				out := limitPairs(in, es, DefaultMaxPairs, workers)
				cpu += cpuTime() - c0
				b.ReportMetric(float64(len(out))/float64(n), "pairs/record")
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
		})
	}
}

// BenchmarkMergeVotes merges one pass's pairs into the pairs counted so far, at the sizes of a
// million people's second group of passes (60 million counted pairs, a pass of 20 million, half
// of them counted already; TIZIM_BENCH_MERGE_PAIRS for another count). Merging runs on one
// goroutine while the next pass's keys are sorted.
func BenchmarkMergeVotes(b *testing.B) {
	n := 60_000_000
	if s := os.Getenv("TIZIM_BENCH_MERGE_PAIRS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	acc := make([]uint64, n)
	for k := range acc {
		i := rng.Int32N(2_500_000)
		acc[k] = packPair(i, i+1+rng.Int32N(1<<20))
	}
	slices.Sort(acc)
	acc = slices.Compact(acc)
	ps := make([]uint64, 0, n/3)
	for k := 0; len(ps) < n/3; k++ {
		if k%2 == 0 {
			ps = append(ps, acc[rng.IntN(len(acc))])
		} else {
			i := rng.Int32N(2_500_000)
			ps = append(ps, packPair(i, i+1+rng.Int32N(1<<20)))
		}
	}
	slices.Sort(ps)
	ps = slices.Compact(ps)
	for k := range acc {
		acc[k] |= 1
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		in := pagesOf(acc)
		b.StartTimer()
		mergeVotes(in, ps, 2)
	}
	b.ReportMetric(float64(len(acc)+len(ps)), "pairs")
}
