package resolve

import (
	"math"
	"slices"

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

// nameKeys splits a name into its normalised parts and each part's candidate phonetic keys.
func nameKeys(text string) ([]string, [][]string) {
	parts := names.Parts(text)
	keys := names.PartKeys(parts)
	if len(keys) != len(parts) {
		keys = make([][]string, len(parts))
		for i, p := range parts {
			keys[i] = []string{p}
		}
	}
	return parts, keys
}

// nameMatch is how the names of two records compare.
type nameMatch struct {
	level   int8    // a name level, or -1 when either record has no name
	logFreq float64 // log2 of the frequency of the agreeing parts together (term frequency)
}

// compareNames compares every name form of a with every form of b and keeps the best. Each
// part of the shorter form takes the best unused part of the longer one, an agreement of
// phonetic keys before a spelling likeness (keyedForms); across scripts the parts' keys may
// miss what the names package's reading finds, so forms the keys leave apart are aligned.
func compareNames(a, b *entry, tf *termFreq, mc *memo) nameMatch {
	g := gridOf(a, b, tf)
	return g.names(tf, mc)
}

// needsAlignment reports whether compareNames would ask the names package to align two forms
// whose keys give level: the costly part of comparing names across scripts, and across the
// Latin spellings of pinyin and of the name's sound.
func needsAlignment(a, b *nameForm, level int8) bool {
	return level > nameFuzzy && (a.other || b.other || a.pinyin || b.pinyin)
}

// keyedNames is compareNames on the parts' keys and spelling alone, without the names package's
// alignment across scripts: its level is never better than compareNames's. open reports
// whether an alignment could make it better.
func keyedNames(a, b *entry, tf *termFreq) (best nameMatch, open bool) {
	g := gridOf(a, b, tf)
	return g.keyed()
}

// keyedForms compares two name forms on the parts' keys and spelling alone.
func keyedForms(a, b *nameForm, tf *termFreq) nameMatch {
	a, b = fewerPartsFirst(a, b)
	var used [maxParts]bool
	exact, fuzzy := 0, 0
	logFreq := 0.0
	for i := range a.parts {
		bestJ, bestSim, bestKey := -1, 0.0, uint64(0)
		for j := range b.parts {
			if used[j] {
				continue
			}
			if k, ok := sharedKey(a.keys(i), b.keys(j)); ok {
				bestJ, bestSim, bestKey = j, 2, k
				break
			}
			if s := similarParts(a.parts[i], b.parts[j], a.shapes[i], b.shapes[j]); s > bestSim {
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
			logFreq += max(tf.log2(a.keys(i)[0]), tf.log2(b.keys(bestJ)[0]))
		}
	}
	short, long := len(a.parts), len(b.parts)
	m := nameMatch{logFreq: logFreq}
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

// alignedLevel reads a level from how the names package aligned two names' parts: every part
// of one name aligned is an exact or subset agreement (fuzzy when some part only sounds alike);
// parts left over on both sides contradict each other (partial); nothing aligned is different.
func alignedLevel(r names.Summary) int8 {
	switch {
	case r.Aligned == 0 && r.Score >= 0.4:
		return nameWeak
	case r.Aligned == 0:
		return nameDiffer
	case r.LeftA > 0 && r.LeftB > 0:
		return namePartial
	case r.Weakest < 0.9:
		return nameFuzzy
	case r.LeftA == 0 && r.LeftB == 0 && (r.Aligned >= 2 || r.Compound):
		return nameExact
	}
	return nameSubset
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

// add counts the keys of one record, each key once. A record has a few dozen keys: a list
// searched in place is cheaper than a map made for each of millions of records; a record with
// more (hostile input) takes a map.
func (t *termFreq) add(e *entry) {
	var buf [64]uint64
	seen := buf[:0]
	var many map[uint64]bool
	count := func(k uint64) {
		switch {
		case many != nil:
			if many[k] {
				return
			}
			many[k] = true
		case slices.Contains(seen, k):
			return
		case len(seen) == cap(buf):
			many = make(map[uint64]bool, 2*len(seen))
			for _, s := range seen {
				many[s] = true
			}
			many[k] = true
		default:
			seen = append(seen, k)
		}
		t.count[k]++
	}
	for _, f := range e.forms {
		count(f.whole)
		for i := range f.parts {
			for _, k := range f.keys(i) {
				count(k)
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
