package search

import "slices"

// Pair keys make a query of two common parts cheap. Memet and Tursun each have a quarter of a
// million records among a million people, but the records with both are a few hundred: a
// record is also indexed under a key for every two parts of a name, so that the query walks
// that short list instead of intersecting two long ones. The key is the two parts' skeletons
// in sorted order, so swapped order (Tursun Memet) and every script (买买提·吐尔逊) meet.

// pairMark starts a pair key.
const pairMark = "+"

// soloMark starts the key of a name of one part. A query of one common part (Tursun) would
// otherwise find the records named Tursun and nothing else only by walking every record with a
// Tursun in its name.
const soloMark = "="

// maxPairParts caps the parts of a name that make pairs: the pairs grow with its square.
const maxPairParts = 5

// pairToken is what a part contributes to a pair key: its skeleton, or for a part too short
// to have one (Ali) its key.
func pairToken(k string) string {
	if s := skeleton(k); s != "" {
		return s[len(skeletonMark):]
	}
	return k
}

// pairKeys returns the pair keys of a name's parts (names.Keys of the name), or the solo keys
// of a name of one part.
func pairKeys(parts [][]string) []string {
	if len(parts) == 1 {
		return soloKeys(parts[0])
	}
	if len(parts) > maxPairParts {
		parts = parts[:maxPairParts]
	}
	var out []string
	for i := range parts {
		for j := i + 1; j < len(parts); j++ {
			out = appendPairs(out, parts[i], parts[j])
		}
	}
	return out
}

// appendPairs appends the pair keys of two parts, each with its candidate keys.
func appendPairs(dst []string, a, b []string) []string {
	for _, x := range a {
		for _, y := range b {
			if x == "" || y == "" {
				continue
			}
			tx, ty := pairToken(x), pairToken(y)
			if ty < tx {
				tx, ty = ty, tx
			}
			if k := pairMark + tx + pairMark + ty; !slices.Contains(dst, k) {
				dst = append(dst, k)
			}
		}
	}
	return dst
}

// soloKeys returns the keys of a name of one part with the candidate keys ks.
func soloKeys(ks []string) []string {
	var out []string
	for _, k := range ks {
		if k == "" {
			continue
		}
		if s := soloMark + pairToken(k); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
