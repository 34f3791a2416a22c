package resolve

import (
	"math"

	"github.com/tizim/tizim/names"
)

// Name agreement levels, best first.
const (
	nameExact   int8 = iota // the same parts
	nameSubset              // every part of the shorter name in the longer, or one part alike
	nameFuzzy               // every part of the shorter name, some only with a spelling difference
	namePartial             // some parts agree, others do not (siblings share a father's name)
	nameWeak                // no part agrees exactly, some are spelled alike
	nameDiffer              // nothing in common
)

var nameLevels = []string{"exact", "subset", "fuzzy", "partial", "weak", "different"}

// fuzzyPart is the similarity above which two name parts count as one part spelled differently.
const fuzzyPart = 0.88

// nameKeys splits a name into its normalised parts and each part's candidate phonetic keys.
func nameKeys(text string) ([]string, [][]string) {
	parts := names.Parts(text)
	keys := names.Keys(text)
	if len(keys) != len(parts) {
		keys = make([][]string, len(parts))
		for i, p := range parts {
			keys[i] = []string{p}
		}
	}
	return parts, keys
}

// partSimilarity is how alike two name parts are written, 0 to 1. It is the one place that decides
// a spelling difference. A short part that begins a much longer one (Ed, Edward; Will, William)
// is an abbreviation and counts as a spelling difference; a longer one does not, so Tursun and
// Tursunay stay apart.
func partSimilarity(a, b string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 2 && len(a) <= 4 && len(b) >= len(a)+2 && b[:len(a)] == a {
		return fuzzyPart
	}
	return jaroWinkler(a, b)
}

// nameMatch is how the names of two records compare.
type nameMatch struct {
	level   int8    // a name level, or -1 when either record has no name
	logFreq float64 // log2 of the frequency of the agreeing parts together (term frequency)
}

// compareNames compares every name form of a with every form of b and keeps the best.
func compareNames(a, b *entry, tf *termFreq) nameMatch {
	best := nameMatch{level: -1}
	for i := range a.forms {
		for j := range b.forms {
			m := compareForms(&a.forms[i], &b.forms[j], tf)
			if best.level < 0 || m.level < best.level || (m.level == best.level && m.logFreq < best.logFreq) {
				best = m
			}
		}
	}
	return best
}

// compareForms aligns the parts of two name forms as sets: each part of the shorter form takes the
// best unused part of the longer one, an agreement of phonetic keys before a spelling likeness.
func compareForms(a, b *nameForm, tf *termFreq) nameMatch {
	if len(a.parts) > len(b.parts) {
		a, b = b, a
	}
	var used [maxParts]bool
	exact, fuzzy := 0, 0
	logFreq := 0.0
	for i := range a.parts {
		bestJ, bestSim, bestKey := -1, 0.0, uint64(0)
		for j := range b.parts {
			if used[j] {
				continue
			}
			if k, ok := sharedKey(a.keys[i], b.keys[j]); ok {
				bestJ, bestSim, bestKey = j, 2, k
				break
			}
			if s := partSimilarity(a.parts[i], b.parts[j]); s > bestSim {
				bestJ, bestSim = j, s
			}
		}
		switch {
		case bestSim == 2:
			used[bestJ] = true
			exact++
			logFreq += tf.log2(bestKey)
		case bestSim >= fuzzyPart:
			used[bestJ] = true
			fuzzy++
			// A part spelled two ways is as common as its more common spelling.
			logFreq += max(tf.log2(a.keys[i][0]), tf.log2(b.keys[bestJ][0]))
		}
	}
	short, long := len(a.parts), len(b.parts)
	m := nameMatch{logFreq: logFreq}
	defer func() {
		// The names package reads across scripts and weighs contradicting parts; within Latin
		// script, names with nothing alike are not worth its time.
		if m.level > nameFuzzy && (m.level < nameDiffer || !a.latin || !b.latin) {
			m.level = min(m.level, scoreLevel(names.Score(a.prep, b.prep, nil)))
		}
	}()
	switch {
	case exact == short && short == long && short >= 2:
		m.level = nameExact
		// Parts of a name are not independent (Sir Baronet, Memet Tursun): the whole name is
		// at least as common as it occurs.
		m.logFreq = max(logFreq, tf.log2(a.whole))
	case exact == short:
		m.level = nameSubset
	case exact+fuzzy == short && exact > 0:
		m.level = nameFuzzy
	case exact > 0:
		m.level = namePartial
	case fuzzy > 0:
		m.level = nameWeak
	default:
		m.level = nameDiffer
	}
	return m
}

// scoreLevel maps a score of the names package to a level: its conflict-aware score tells a
// misspelt part (0.85 and up) from a part that contradicts (siblings score about 0.6).
func scoreLevel(s float64) int8 {
	switch {
	case s >= 0.85:
		return nameFuzzy
	case s >= 0.6:
		return namePartial
	case s >= 0.4:
		return nameWeak
	}
	return nameDiffer
}

func sharedKey(a, b []uint64) (uint64, bool) {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return x, true
			}
		}
	}
	return 0, false
}

// termFreq counts in how many records each name-part key occurs.
type termFreq struct {
	count map[uint64]int32
	n     int
}

func newTermFreq() *termFreq { return &termFreq{count: map[uint64]int32{}} }

// add counts the keys of one record, each key once.
func (t *termFreq) add(e *entry) {
	seen := map[uint64]bool{}
	for _, f := range e.forms {
		if !seen[f.whole] {
			seen[f.whole] = true
			t.count[f.whole]++
		}
		for _, ks := range f.keys {
			for _, k := range ks {
				if !seen[k] {
					seen[k] = true
					t.count[k]++
				}
			}
		}
	}
	t.n++
}

// log2 returns log2 of the share of records that carry key, smoothed so an unseen key is rare but
// not infinitely so.
func (t *termFreq) log2(key uint64) float64 {
	if t == nil || t.n == 0 {
		return 0
	}
	return math.Log2((float64(t.count[key]) + 1) / (float64(t.n) + 1))
}
