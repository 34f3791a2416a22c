package search

import "slices"

// One writing runs two names together that another keeps apart: a Uyghur list writes
// Gapparmemet or Tursunniyaz as one word where a Chinese document writes 尕帕尔·买买提 or reads
// 吐尔逊尼亚孜 as two names. A query that keeps them apart finds the record that runs them
// together through its adjacent parts joined (units). For the reverse, a query part is cut in
// two at every place in its skeleton, and each cut is looked up as a pair key (pair.go), which
// every record with both names already has: no key more in the index. The letter at the cut
// may belong to both sides, since the skeleton writes a doubled letter once (tursun + niyaz
// gives tlsnyz, whose halves are tlsn and nyz). On the generator's million people, records
// written so were a third of the index's own misses: by everything else they ranked 1,000th
// or lower among the candidates, or were not candidates at all.

// minCut is the shortest skeleton body cut in two: two names of two letters each.
const minCut = 4

// cutPairs returns the pair keys of the two halves of every cut of a part's skeletons, at
// least two letters each, that the index knows.
func cutPairs(keys []string, known func(string) bool) []string {
	var out []string
	for _, k := range keys {
		s := skeleton(k)
		if len(s) < len(skeletonMark)+minCut {
			continue
		}
		body := s[len(skeletonMark):]
		for j := 2; j < len(body); j++ {
			for _, r := range [2]string{body[j:], body[j-1:]} {
				l := body[:j]
				if len(r) < 2 {
					continue
				}
				if r < l {
					l, r = r, l
				}
				if p := pairMark + l + pairMark + r; !slices.Contains(out, p) && known(p) {
					out = append(out, p)
				}
			}
		}
	}
	return out
}
