package names

import "math"

// Frequencies counts how often each name-part key occurs in a body of names, so that agreement
// on a rare part (Dilraba) counts for more than agreement on a common one (Memet, Tursun). The
// zero value is ready to use and weighs every part alike. Add is not safe for concurrent use
// with itself or Weight; Weight alone is.
type Frequencies struct {
	counts map[string]int
	total  int // parts added
	max    int // the largest count
}

// Add counts the parts of one name (by the first candidate key of each part).
func (f *Frequencies) Add(name string) {
	if f.counts == nil {
		f.counts = make(map[string]int)
	}
	for _, ks := range Keys(name) {
		c := f.counts[ks[0]] + 1
		f.counts[ks[0]] = c
		f.max = max(f.max, c)
		f.total++
	}
}

// Count returns how many times a key was added.
func (f *Frequencies) Count(key string) int {
	if f == nil {
		return 0
	}
	return f.counts[key]
}

// Weight returns the evidence weight of agreeing on key, in [0.25, 1]: 1 for a part never or
// once seen, falling with the logarithm of its count to 0.25 for the most common part.
func (f *Frequencies) Weight(key string) float64 {
	if f == nil || f.max < 2 {
		return 1
	}
	c := f.counts[key]
	if c <= 1 {
		return 1
	}
	return 1 - 0.75*math.Log(float64(c))/math.Log(float64(f.max))
}
