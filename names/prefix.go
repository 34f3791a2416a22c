package names

import "strings"

// How one key begins like another: a part that only begins like a longer one (Tursun,
// Tursunay) is another name, held below a misspelling; keySimilarity and the compound rule
// read keys' beginnings and ends through these, an optional vowel or a reading class matching
// the letters it may stand for.

// prefixMax caps the similarity of a part and a longer part that begins with it: Tursunay and
// Tursunjan are other names than Tursun, not misspellings of it.
const prefixMax = 0.6

// extends reports whether key b is key a followed by at least two more letters (optional vowels
// of a syllabic reading and h do not count: Abdullah, Abdullahi).
func extends(a, b string) bool {
	if len(b) < len(a)+2 || !hasPrefixFold(b, a) {
		return false
	}
	n := 0
	for i := len(a); i < len(b); i++ {
		if c := b[i]; (c < 'A' || c > 'Z') && c != 'h' {
			n++
		}
	}
	return n >= 2
}

// hasPrefixFold reports whether key k begins with p, an optional vowel matching its written
// form.
func hasPrefixFold(k, p string) bool {
	if len(k) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if !sameLetter(k[i], p[i]) {
			return false
		}
	}
	return true
}

// sameLetter reports whether two key letters may be the same: equal but for an optional
// letter's case, or a reading class and one of its sounds.
func sameLetter(a, b byte) bool {
	return a|0x20 == b|0x20 || (isClass[a] || isClass[b]) && sameClassLetter(a, b)
}

// sameClassLetter is sameLetter where a or b is a reading class.
func sameClassLetter(a, b byte) bool {
	ca, cb := classOf[a], classOf[b]
	switch {
	case ca != nil && cb != nil:
		return strings.ContainsAny(ca.sounds, cb.sounds)
	case ca != nil:
		return strings.IndexByte(ca.sounds, b|0x20) >= 0
	case cb != nil:
		return strings.IndexByte(cb.sounds, a|0x20) >= 0
	}
	return false
}

// hasSuffixFold is hasPrefixFold for the end of k.
func hasSuffixFold(k, s string) bool {
	return len(k) >= len(s) && hasPrefixFold(k[len(k)-len(s):], s)
}
