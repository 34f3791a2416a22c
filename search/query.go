package search

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/tizim/tizim/names"
)

// maxQueryParts caps the parts of a query that are looked up, as names.Compare caps the parts
// it aligns.
const maxQueryParts = 12

// skeletonMark starts a skeleton key, so that skeletons and phonetic keys never collide.
const skeletonMark = "#"

// skeleton is a part's key without its vowels and with r and l as one letter: the shape a
// name keeps through Chinese characters, which have no final r and spell it with l (克力木
// gives abduklm where Abdukerim gives abdukarim; both have the skeleton bdklm). A skeleton
// shorter than two letters says too little to look up.
func skeleton(k string) string {
	var b [64]byte
	out := b[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch c {
		case 'a', 'i', 'u', 'A', 'I', 'U', 'O':
			continue
		case 'r':
			c = 'l'
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	if len(out) < 2 {
		return ""
	}
	return skeletonMark + string(out)
}

// partKeys returns the keys a name part is indexed and looked up under: its phonetic keys
// and their skeletons.
func partKeys(ks []string) []string {
	out := make([]string, 0, 2*len(ks))
	for _, k := range ks {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for _, k := range ks {
		if s := skeleton(k); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// unit is what units returns for one lookup: keys, or for a fuzzy unit the skeleton keys whose
// neighbours (one letter away) are looked up.
type unit struct {
	keys  []string
	fuzzy bool
	scale float64 // of the unit's rarity weight; 0 is 1
	// covers has bit i when the unit stands for the query's part i (or a part of it).
	covers uint16
	// exact marks a part's own phonetic keys: a record that has them writes that part as
	// the query does.
	exact bool
	// skeletons marks the skeletons of a part's own keys, which every record with one of
	// those keys has too.
	skeletons bool
}

// Scales of the rarity weight of a part matched by its skeleton only, or only one letter
// away: the comparison that follows usually scores such records lower than those that share
// the part's key, so the rough score ranks them lower too. Since the neighbours mark the
// candidates found like any other unit, a neighbour weighs as a skeleton does: on the
// generator's 200,000 people 0.7 found 0.847 at recall@10 where 0.5 found 0.845, 0.35 0.844,
// 0.85 0.846 and 1 0.845.
const (
	skeletonWeight = 0.7
	fuzzyWeight    = 0.7
)

// qpart is one unit of a query looked up in the index: a part, two adjacent parts read as one
// (a record in Chinese characters may run them together), or one half of a part that runs two
// names together.
type qpart struct {
	keys   []uint32 // ids of the unit's keys that the index has
	df     int      // visible postings under those keys
	w      float64  // rarity weight
	covers uint16   // the query's parts the unit stands for
	exact  bool     // the part's own keys (unit.exact)
	// implied is 1 + the position of the unit of the part's own keys when this unit is their
	// skeletons: a candidate that matched that unit matched this one.
	implied int
	// moot is 1 + the position of the unit of the part's own keys when this unit is their
	// neighbours: a candidate that matched that unit has the part already and is not looked
	// up when this unit only marks.
	moot int
}

// units returns the lookup units of a query: each part's keys, their skeletons, the skeletons
// one letter away, each pair of adjacent parts joined, the two halves of a part whose skeleton
// splits into two known skeletons, the pair keys of each part cut in two (split.go), and the
// pair keys of every two parts (or the solo keys of a
// query of one part). known reports whether the index has a key.
func units(parts [][]string, known func(string) bool) []unit {
	if len(parts) > maxQueryParts {
		parts = parts[:maxQueryParts]
	}
	var out []unit
	for i, p := range parts {
		out = append(out, unit{keys: p, covers: 1 << i, exact: true})
	}
	for i, p := range parts {
		var sks []string
		for _, k := range p {
			if sk := skeleton(k); sk != "" && !slices.Contains(sks, sk) {
				sks = append(sks, sk)
			}
		}
		if len(sks) > 0 {
			out = append(out, unit{keys: sks, scale: skeletonWeight, covers: 1 << i, skeletons: true},
				unit{keys: sks, fuzzy: true, scale: fuzzyWeight, covers: 1 << i})
		}
	}
	for i := 0; i+1 < len(parts); i++ {
		var joined []string
		for _, a := range parts[i] {
			for _, b := range parts[i+1] {
				if k := a + b; !slices.Contains(joined, k) && len(joined) < 16 {
					joined = append(joined, k)
				}
			}
		}
		out = append(out, unit{keys: partKeys(joined), covers: 3 << i})
	}
	for i, p := range parts {
		if l, r := splitSkeleton(p, known); l != "" {
			out = append(out, unit{keys: []string{l}, covers: 1 << i}, unit{keys: []string{r}, covers: 1 << i})
		}
		if ks := cutPairs(p, known); len(ks) > 0 {
			out = append(out, unit{keys: ks, covers: 1 << i})
		}
	}
	if len(parts) == 1 {
		out = append(out, unit{keys: soloKeys(parts[0]), covers: 1})
	}
	np := min(len(parts), maxPairParts)
	for i := range np {
		for j := i + 1; j < np; j++ {
			out = append(out, unit{keys: appendPairs(nil, parts[i], parts[j]), covers: 1<<i | 1<<j})
		}
	}
	return out
}

// minSplit is the shortest skeleton split in two: two names run together have at least six
// consonants, and a shorter one (Mutalip, mtlp) would split into common names (mt, lp).
const minSplit = 6

// splitSkeleton finds a split of a part's skeleton into two skeletons the index knows, both of
// at least two letters, preferring the most even split.
func splitSkeleton(keys []string, known func(string) bool) (string, string) {
	for _, k := range keys {
		s := skeleton(k)
		if len(s) < len(skeletonMark)+minSplit {
			continue
		}
		body := s[len(skeletonMark):]
		best, bl, br := -1, "", ""
		for j := 2; j <= len(body)-2; j++ {
			l, r := skeletonMark+body[:j], skeletonMark+body[j:]
			if known(l) && known(r) {
				if d := abs(len(body) - 2*j); best < 0 || d < best {
					best, bl, br = d, l, r
				}
			}
		}
		if best >= 0 {
			return bl, br
		}
	}
	return "", ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolve turns a query's units into qparts with the index's key ids and visible counts, for a
// caller cleared to level. Units the index has no key for are dropped. Called under the lock.
func (ix *Index) resolve(us []unit, level int) []qpart {
	n := 0
	for l := 0; l <= level; l++ {
		n += ix.live[l]
	}
	var out []qpart
	var exactAt [maxQueryParts]int // 1 + the position of each part's own keys' unit
	for _, u := range us {
		var q qpart
		var ids []uint32
		for _, k := range u.keys {
			if u.fuzzy {
				ids = append(ids, ix.neighbours(k)...)
			} else if id, ok := ix.keyID[k]; ok {
				ids = append(ids, id)
			}
		}
		for _, id := range ids {
			if containsID(q.keys, id) {
				continue
			}
			df := 0
			for l := 0; l <= level; l++ {
				df += int(ix.keys[id].df[l])
			}
			if df == 0 {
				continue
			}
			q.keys = append(q.keys, id)
			q.df += df
		}
		if len(q.keys) == 0 {
			continue
		}
		q.w = math.Log(1 + float64(n)/float64(1+q.df))
		if u.scale > 0 {
			q.w *= u.scale
		}
		q.covers = u.covers
		q.exact = u.exact
		if p := bits.TrailingZeros16(u.covers); p < maxQueryParts {
			if u.exact {
				exactAt[p] = len(out) + 1
			} else if u.skeletons && !u.fuzzy {
				q.implied = exactAt[p]
			} else if u.fuzzy {
				q.moot = exactAt[p]
			}
		}
		out = append(out, q)
		if len(out) == 32 {
			break // one bit each in a candidate's mask
		}
	}
	return out
}

// queryParts returns the keys of each part of a query, cut to a sensible length.
func queryParts(query string) [][]string {
	return names.Keys(clip(strings.TrimSpace(query)))
}
