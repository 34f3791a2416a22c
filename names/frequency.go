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
		f.AddKey(ks[0], 1)
	}
}

// AddKey adds n occurrences of a key, as counted elsewhere (a database keeps the counts of
// its names and loads them here).
func (f *Frequencies) AddKey(key string, n int) {
	if n <= 0 || key == "" {
		return
	}
	if f.counts == nil {
		f.counts = make(map[string]int)
	}
	c := f.counts[key] + n
	f.counts[key] = c
	f.max = max(f.max, c)
	f.total += n
}

// Each calls fn with every key and its count, in no particular order, for saving the counts.
func (f *Frequencies) Each(fn func(key string, n int)) {
	for k, n := range f.counts {
		fn(k, n)
	}
}

// Total returns the number of name parts added.
func (f *Frequencies) Total() int { return f.total }

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

// Two similar keys are distinct names, not one name and its misspelling, when both are common:
// each seen at least distinctMin times, and the rarer at least distinctShare of the commoner.
// A misspelling is rare beside the name it misspells.
const (
	distinctMin   = 20
	distinctShare = 0.05
)

// distinct reports whether keys a and b are both established names in f.
func (f *Frequencies) distinct(a, b string) bool {
	if f == nil || f.counts == nil || a == b {
		return false
	}
	ca, cb := f.counts[a], f.counts[b]
	lo, hi := min(ca, cb), max(ca, cb)
	return lo >= distinctMin && float64(lo) >= distinctShare*float64(hi)
}
