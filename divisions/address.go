package divisions

import (
	"strings"
	"unicode"
)

// maxNameRunes is the longest Chinese division name tried as a prefix of an address
// (积石山保安族东乡族撒拉族自治县 has 15 characters).
const maxNameRunes = 16

// addressSeparators split a Latin address into its parts ("Yarkand, Kashgar, Xinjiang").
var addressSeparators = ",;/，、；"

// address reads a place written as a chain of divisions from the largest down. Chinese is read
// by longest known prefix (新疆喀什地区莎车县 → 新疆 → 喀什地区 → 莎车县), each name inside the one
// before; anything left after the last known name (a township, a village) is ignored. Latin
// addresses are split at commas and must agree in the same way, in any order.
func (t *table) address(s string) []keyed {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return t.chineseAddress([]rune(key(s)))
		}
		if unicode.IsLetter(r) {
			break
		}
	}
	return t.latinAddress(s)
}

func (t *table) chineseAddress(rs []rune) []keyed {
	var ctx []keyed
	for i := 0; i < len(rs); {
		n := 0
		for j := min(len(rs), i+maxNameRunes); j >= i+2; j-- {
			if in := inside(t.byKey[string(rs[i:j])], ctx); len(in) > 0 {
				ctx, n = in, j-i
				break
			}
		}
		if n == 0 {
			break
		}
		i += n
	}
	return ctx
}

func (t *table) latinAddress(s string) []keyed {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(addressSeparators, r) })
	if len(parts) < 2 {
		return nil
	}
	var all [][]keyed
	for _, p := range parts {
		if hits, _ := t.byName(key(p)); len(hits) > 0 {
			all = append(all, hits)
		}
	}
	var best []keyed
	for i, hits := range all {
		in := hits
		for j, other := range all {
			if j != i {
				in = inside(in, other)
			}
		}
		if len(in) > 0 && (best == nil || deepest(in) < deepest(best)) {
			best = in
		}
	}
	return best
}

// deepest is the rank of the smallest division among hits (counties rank first).
func deepest(hits []keyed) int {
	r := levelRank[Province]
	for _, h := range hits {
		r = min(r, levelRank[h.d.Level])
	}
	return r
}

// inside keeps the candidates that lie within one of the outer divisions; with no outer
// divisions it keeps them all.
func inside(cands, outer []keyed) []keyed {
	if len(outer) == 0 {
		return cands
	}
	var out []keyed
	for _, c := range cands {
		for _, o := range outer {
			if within(c.d, o.d) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// within reports whether d lies inside the larger division o, by code.
func within(d, o *Division) bool {
	switch {
	case levelRank[d.Level] >= levelRank[o.Level]:
		return false
	case o.Level == Province:
		return d.Code[:2] == o.Code[:2]
	}
	return d.Parent == o.Code || d.Code[:4] == o.Code[:4]
}
