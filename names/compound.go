package names

import "math"

// Uyghur given names are often compounds of a common element and a distinguishing one: Abdu- +
// rehim or rehman, Gül- + nur or nar, Ay- + gül or nur, Nur- + memet, Memet + -jan. Two names
// that share the common element are different names unless the rest is the same, so the matcher
// compares only the rest, and strictly.

// compoundHeads and compoundTails are the common elements, as keys; a head may be spelled in
// several ways, longest first, and two keys share it if each opens with one of them (Abdul-
// and Abdu- are one element: Abdulqadir, Abduqadir, 阿不都卡德尔). Source: the reference on
// Uyghur names (/work/shared/reference/uyghur-names.md: "Very common names (Memet, Tursun,
// Abdu-…, -gül)"; attested Aygül, Nurmemet, Abduréhim, 阿不都 Abdu-), the press variants
// Abdul-/Abdu- (docs/SYNTH.md "Names": Abdulqadir, Abduqadir; Абдулсалам), the hard
// negatives (Tursun, Tursunjan), the -jan and -xan endings of Uyghur given names
// (Tursunjan, Gülxan) and the -peri of Gülperi and Ayperi (synth/uyghurfemale.go).
var (
	compoundHeads = [][]string{{"abdul", "abdu"}, {"gul"}, {"nur"}, {"dil"}, {"ai"}}
	compoundTails = []string{"gul", "nur", "jan", "han", "pari"}
)

// compoundRests writes to rs what is left of keys a and b after a common element they share at
// the head or the tail, and returns in how many ways (0 if they share none or too little would
// be left). A head spelled two ways is cut after each spelling each key has, in every pairing:
// 阿不都拉希德 is Abdu-rashid, its 拉 the ra of the rest, though it may also read Abdul-, and
// Abdulrashid is Abdul-rashid. Abdulla is no compound: with Abdul- as its head too little is
// left, and with Abdu- its rest is la.
func compoundRests(a, b string, rs *[4][2]string) int {
	for _, h := range compoundHeads {
		i, si := headOf(a, h)
		if i == 0 {
			continue
		}
		j, sj := headOf(b, h)
		if j == 0 {
			continue
		}
		rs[0] = [2]string{a[i:], b[j:]}
		last := len(h) - 1
		if si == last && sj == last {
			return 1 // both cut after the shortest spelling already
		}
		short := h[last:]
		i2, _ := headOf(a, short)
		j2, _ := headOf(b, short)
		n := 1
		for _, c := range [3][2]int{{i2, j2}, {i, j2}, {i2, j}} {
			if c[0] > 0 && c[1] > 0 && (c[0] != i || c[1] != j) {
				rs[n] = [2]string{a[c[0]:], b[c[1]:]}
				n++
			}
		}
		return n
	}
	for _, t := range compoundTails {
		if hasSuffixFold(a, t) && hasSuffixFold(b, t) && len(a) >= len(t)+2 && len(b) >= len(t)+2 {
			rs[0] = [2]string{a[:len(a)-len(t)], b[:len(b)-len(t)]}
			return 1
		}
	}
	return 0
}

// headOf returns how many bytes of key k spell the longest spelling of a head that leaves at
// least two bytes, and which spelling that is, or 0.
func headOf(k string, spellings []string) (int, int) {
	for s, h := range spellings {
		if i := headLen(k, h); i > 0 && len(k) >= i+2 {
			return i, s
		}
	}
	return 0, 0
}

// headLen returns how many bytes of key k spell the element h, skipping optional vowels of a
// syllabic reading that h lacks (abUdU spells abdu), or 0 if k does not begin with h.
func headLen(k, h string) int {
	i, j := 0, 0
	for i < len(k) && j < len(h) {
		switch c := k[i]; {
		case sameLetter(c, h[j]):
			i, j = i+1, j+1
		case c >= 'A' && c <= 'Z':
			i++
		default:
			return 0
		}
	}
	if j < len(h) {
		return 0
	}
	for i < len(k) && k[i] >= 'A' && k[i] <= 'Z' {
		i++ // the optional vowel of the head's last syllable (古丽 gU-lI) is not the rest's
	}
	return i
}

// compoundSimilarity is the similarity of two keys that share a compound element: that of the
// rest, cubed (a long rest less strictly), so that only a near-identical rest keeps the names together.
// Only a similarity of at least floor matters (see keySimilarityAbove): a rest's power is below
// the rest's own similarity, so a rest below floor leaves the result below floor.
func compoundSimilarity(x, y *cand, whole, floor float64) float64 {
	var rs [4][2]string
	n := compoundRests(x.key, y.key, &rs)
	if n == 0 {
		return whole
	}
	best := 0.0
	for _, r := range rs[:n] {
		ra, rb := r[0], r[1]
		if ra == rb {
			return whole
		}
		cx := cand{key: ra, han: x.han, abjad: x.abjad, rest: true, class: x.class}
		cy := cand{key: rb, han: y.han, abjad: y.abjad, rest: true, class: y.class}
		s := keySimilarityAbove(&cx, &cy, floor)
		switch {
		case x.han || y.han:
			s *= s // a syllabic reading's rest is rougher
		case max(len(ra), len(rb)) > 4:
			s *= math.Sqrt(s) // a long rest may hold a typo (Bauyrzhan, Baurzhan)
		default:
			s *= s * s
		}
		best = max(best, s)
	}
	return min(whole, best)
}
