package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortWords checks that the radix sort orders words as slices.Sort does, for the shapes
// blocking sorts (hashed keys with a record's position below them, packed pairs, many
// duplicates) and for edge cases.
func TestSortWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	gen := map[string]func(n int) []uint64{
		"random": func(n int) []uint64 {
			a := make([]uint64, n)
			for i := range a {
				a[i] = rng.Uint64()
			}
			return a
		},
		"keys": func(n int) []uint64 { // key<<shift | i, keys repeating
			a := make([]uint64, n)
			for i := range a {
				a[i] = uint64(rng.IntN(n/3+1))*0x9e3779b97f4a7c15<<22 | uint64(i)
			}
			return a
		},
		"pairs": func(n int) []uint64 { // i<<36 | j<<8 with duplicates
			a := make([]uint64, n)
			for i := range a {
				x, y := rng.Uint64N(1<<22), rng.Uint64N(1<<22)
				a[i] = min(x, y)<<36 | max(x, y)<<8
				if i > 0 && rng.IntN(4) == 0 {
					a[i] = a[rng.IntN(i)]
				}
			}
			return a
		},
		"equal": func(n int) []uint64 { return slices.Repeat([]uint64{42}, n) },
		"sorted": func(n int) []uint64 {
			a := make([]uint64, n)
			for i := range a {
				a[i] = uint64(i) << 40
			}
			return a
		},
		"small": func(n int) []uint64 {
			a := make([]uint64, n)
			for i := range a {
				a[i] = rng.Uint64N(3)
			}
			return a
		},
		"bytes": func(n int) []uint64 {
			a := make([]uint64, n)
			for i := range a {
				a[i] = rng.Uint64() & 0xff00ff00ff00ff00
			}
			return a
		},
	}
	for name, g := range gen {
		for _, n := range []int{0, 1, 2, 255, 256, 257, 1000, lsdMax, lsdMax + 1, 100_000, 400_000} {
			a := g(n)
			want := slices.Clone(a)
			slices.Sort(want)
			for _, workers := range []int{1, 2, 3} {
				b := slices.Clone(a)
				sortWordsParallel(b, workers)
				if !slices.Equal(b, want) {
					t.Fatalf("%s, %d words, %d workers: not in order", name, n, workers)
				}
			}
			sortWords(a)
			if !slices.Equal(a, want) {
				t.Fatalf("%s, %d words: not in order", name, n)
			}
		}
	}
}

// BenchmarkSortWords sorts ten million words per op, as blocking does: hashed keys with a
// record's position below them (a pass's keys), and packed pairs of two and a half million
// records (a pass's pairs).
func BenchmarkSortWords(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, 10_000_000)
	for i := range keys {
		keys[i] = rng.Uint64()<<22 | uint64(i)
	}
	pairs := make([]uint64, 10_000_000)
	for i := range pairs {
		x, y := rng.Int32N(2_500_000), rng.Int32N(2_500_000)
		pairs[i] = packPair(min(x, y), max(x, y))
	}
	a := make([]uint64, len(keys))
	for _, src := range []struct {
		name  string
		words []uint64
	}{{"keys", keys}, {"pairs", pairs}} {
		for _, sorter := range []struct {
			name string
			sort func([]uint64)
		}{{"radix", sortWords}, {"radix-parallel", func(a []uint64) { sortWordsParallel(a, 2) }},
			{"pdq", slices.Sort[[]uint64]}} {
			b.Run(src.name+"/"+sorter.name, func(b *testing.B) {
				for b.Loop() {
					copy(a, src.words)
					sorter.sort(a)
				}
			})
		}
	}
}
