package synth

import (
	"math/rand/v2"
	"sort"
)

// weighted draws indexes in proportion to fixed weights: a cumulative table searched by bisection,
// so that a draw costs one random number and O(log n), and the same random number always gives
// the same index on every machine.
type weighted struct {
	cum []float64
}

// newWeighted builds a sampler over ws; it panics on a table with no positive weight, which is a
// programming error in one of the package's own tables.
func newWeighted(ws []float64) weighted {
	cum := make([]float64, len(ws))
	total := 0.0
	for i, w := range ws {
		if w < 0 {
			panic("synth: negative weight")
		}
		total += w
		cum[i] = total
	}
	if total <= 0 {
		panic("synth: weight table is empty")
	}
	return weighted{cum: cum}
}

// draw returns an index with probability weight/total.
func (w weighted) draw(r *rand.Rand) int {
	x := r.Float64() * w.cum[len(w.cum)-1]
	i := sort.SearchFloat64s(w.cum, x)
	if i < len(w.cum) && w.cum[i] == x { // x on a boundary belongs to the next bucket
		i++
	}
	return min(i, len(w.cum)-1)
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return p > 0 && r.Float64() < p }

// pick returns one element of xs, uniformly.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
