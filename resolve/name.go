package resolve

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

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

// partSimilarity is how alike two name parts are written, 0 to 1; fuzzyPart and above is one
// part spelled two ways. It is the one place that decides a spelling difference: a single
// copying mistake (a letter changed, dropped, added, or two swapped) in a part of three letters or
// more, two in a part of seven or more, or a short part that begins a much longer one (Ed,
// Edward). A longer part that only adds an ending is another name: Tursun and Tursunay, Gul and
// Gulnar stay apart, since Uyghur names are built by adding endings.
func partSimilarity(a, b string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 2 && len(a) <= 4 && len(b) >= len(a)+2 && b[:len(a)] == a {
		return fuzzyPart
	}
	if len(b)-len(a) > 2*utf8.UTFMax {
		return 0
	}
	asciiA, asciiB := ascii(a), ascii(b)
	if asciiA && asciiB {
		// A letter is a byte: the rules read the strings as they are.
		if len(b)-len(a) > 2 || len(a) < 3 || len(b)-len(a) >= 2 && b[:len(a)] == a {
			return 0
		}
		var bufA, bufB [32]byte
		return spellingSimilarity(append(bufA[:0], a...), append(bufB[:0], b...))
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if nb-na > 2 || na < 3 {
		return 0
	}
	// Each letter beyond ASCII of one part, facing a part all ASCII, costs an edit of its own:
	// parts written in two scripts (memet, 买买提) are told apart without measuring.
	if asciiA && nb-asciiBytes(b) > 2 || asciiB && na-asciiBytes(a) > 2 {
		return 0
	}
	var bufA, bufB [32]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(rb)-len(ra) > 2 || len(ra) < 3 {
		return 0
	}
	if len(rb) > len(ra) && string(rb[:len(ra)]) == a && len(rb)-len(ra) >= 2 {
		return 0
	}
	return spellingSimilarity(ra, rb)
}

// spellingSimilarity is partSimilarity's verdict on the edit distance of two parts: one mistake,
// or two in a part of seven letters or more.
func spellingSimilarity[T byte | rune](a, b []T) float64 {
	switch d := nearDistance(a, b); {
	case d == 1:
		return 0.9
	case d == 2 && len(a) >= 7:
		return fuzzyPart
	}
	return 0
}

// ascii reports whether s is all ASCII, each letter one byte.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiBytes counts the bytes of s below utf8.RuneSelf, each a letter of its own.
func asciiBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			n++
		}
	}
	return n
}

// appendRunes appends the runes of s to buf, without allocating when they fit.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// nearLimit is the largest edit distance partSimilarity tells apart: two mistakes.
const nearLimit = 2

// nearDistance is editDistance when that is at most nearLimit, and nearLimit+1 when it is
// more (or either part is longer than 32 letters, which editDistance does not measure). Only
// the cells within nearLimit of the diagonal can lie on a path that cheap, so a row costs five
// cells, not the length of the part, and a row whose every cell costs more ends the search
// (Ukkonen, "Algorithms for approximate string matching", 1985).
func nearDistance[T byte | rune](a, b []T) int {
	const k, over = nearLimit, nearLimit + 1
	if len(a)-len(b) > k || len(b)-len(a) > k || len(a) > 32 || len(b) > 32 {
		return over
	}
	// Each row writes its band and the cells either side, all the next two rows read of it.
	var rows [3][34]int8
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= min(len(b), k); j++ {
		prev[j] = int8(j)
	}
	prev[min(len(b), k)+1] = over
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		cur[lo-1] = over
		if lo == 1 {
			cur[0] = int8(min(i, over))
		}
		cur[hi+1] = over
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := int8(1)
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			v = min(v, over)
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > k {
			return over
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(prev[len(b)])
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
// whose keys give level: the costly part of comparing names across scripts.
func needsAlignment(a, b *nameForm, level int8) bool {
	return level > nameFuzzy && (a.other || b.other)
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
			if k, ok := sharedKey(a.keys(i), b.keys(j)); ok {
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
func alignedLevel(r names.Result) int8 {
	aligned, strong, leftA, leftB, compound := 0, true, 0, 0, false
	for _, al := range r.Alignment {
		switch {
		case al.A != "" && al.B != "":
			aligned++
			strong = strong && al.Score >= 0.9
			compound = compound || strings.Contains(al.A, " ") || strings.Contains(al.B, " ")
		case al.A != "":
			leftA++
		default:
			leftB++
		}
	}
	switch {
	case aligned == 0 && r.Score >= 0.4:
		return nameWeak
	case aligned == 0:
		return nameDiffer
	case leftA > 0 && leftB > 0:
		return namePartial
	case !strong:
		return nameFuzzy
	case leftA == 0 && leftB == 0 && (aligned >= 2 || compound):
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
