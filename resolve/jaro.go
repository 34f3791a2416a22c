package resolve

import "unicode/utf8"

// jaroWinkler returns the Jaro–Winkler similarity of two strings, 0 (nothing shared) to 1
// (equal), by the textbook definition (Winkler 1990): matches within half the longer length,
// transpositions halved, and up to four characters of common prefix rewarded with p = 0.1.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	if len(ra) > 64 || len(rb) > 64 {
		ra, rb = ra[:min(len(ra), 64)], rb[:min(len(rb), 64)]
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	var ma, mb [64]bool
	matches := 0
	for i, c := range ra {
		lo, hi := max(0, i-window), min(len(rb), i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && rb[j] == c {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans, j := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			trans++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(len(ra)) + m/float64(len(rb)) + (m-float64(trans)/2)/m) / 3
	prefix := 0
	for prefix < 4 && prefix < len(ra) && prefix < len(rb) && ra[prefix] == rb[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

// mayBeAlike reports whether jaroWinkler(a, b) could reach threshold, from the letters the two
// strings could match at best, without matching them: a letter of ASCII matches only one of
// ASCII, any other letter only another, so "kashgar detention center" and "喀什看守所" (a
// facility written in two scripts) match none. With m matches of strings of la and lb letters,
// Jaro is at most (m/la + m/lb + 1)/3 and Winkler's prefix adds at most 0.4 of what it lacks
// of 1. False means jaroWinkler is below threshold; true says nothing.
func mayBeAlike(a, b string, threshold float64) bool {
	if a == b {
		return true
	}
	la, asciiA := jaroLetters(a)
	lb, asciiB := jaroLetters(b)
	if la == 0 || lb == 0 {
		return threshold <= 0
	}
	m := float64(min(asciiA, asciiB) + min(la-asciiA, lb-asciiB))
	jaro := (m/float64(la) + m/float64(lb) + 1) / 3
	// The margin covers rounding: the bound is not computed as jaroWinkler computes.
	return 0.6*jaro+0.4 >= threshold-1e-9
}

// jaroLetters counts the letters jaroWinkler reads of s (the first 64) and those of them in
// ASCII.
func jaroLetters(s string) (letters, inASCII int) {
	if len(s) <= 64 && ascii(s) {
		return len(s), len(s)
	}
	for _, r := range s {
		if letters == 64 {
			break
		}
		letters++
		if r < utf8.RuneSelf {
			inASCII++
		}
	}
	return letters, inASCII
}
