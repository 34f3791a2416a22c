package resolve

import "unicode/utf8"

// Two parts of names spelled alike: partSimilarity decides what a copying mistake is, for
// keyedForms, when two parts share no phonetic key. Most pairs of parts it sees are two
// different names, so it rejects them as early and as cheaply as it can, and measures the
// edit distance only near the diagonal.

// fuzzyPart is the similarity above which two name parts count as one part spelled differently.
const fuzzyPart = 0.88

// partSimilarity is how alike two name parts are written, 0 to 1; fuzzyPart and above is one
// part spelled two ways. It is the one place that decides a spelling difference: a single
// copying mistake (a letter changed, dropped, added, or two swapped) in a part of three letters or
// more, two in a part of seven or more, or a part of two to four letters that begins one at
// least two letters longer, as its short form (Ed and Edward, Gul and Gulnar). A longer part
// that only adds an ending to a part of five letters or more is another name: Tursun and
// Tursunay stay apart, since Uyghur names are built by adding endings.
func partSimilarity(a, b string) float64 { return similarParts(a, b, shapeOf(a), shapeOf(b)) }

// similarParts is partSimilarity of two parts whose forms already know their shapes:
// keyedForms compares every part of one form with every part of another, for tens of millions
// of pairs, and reading each part again for it took 3.7 of the 8 CPU-s partSimilarity took at
// a million people. A part in Chinese characters or Arabic letters against one all ASCII is
// told apart by the shapes alone (counting the letters of both had taken 2.8 CPU-s).
func similarParts(a, b string, shapeA, shapeB partShape) float64 {
	if len(a) > len(b) {
		a, b = b, a
		shapeA, shapeB = shapeB, shapeA
	}
	if len(a) >= 2 && len(a) <= 4 && len(b) >= len(a)+2 && b[:len(a)] == a {
		return fuzzyPart
	}
	if len(b)-len(a) > 2*utf8.UTFMax {
		return 0
	}
	asciiA, asciiB := shapeA.foreign == 0, shapeB.foreign == 0
	// Each letter beyond ASCII of one part, facing a part all ASCII, costs an edit of its own:
	// parts written in two scripts (memet, 买买提) are told apart without measuring.
	if asciiA && shapeB.foreign > 2 || asciiB && shapeA.foreign > 2 {
		return 0
	}
	if asciiA && asciiB {
		// A letter is a byte: the rules read the strings as they are.
		if len(b)-len(a) > 2 || len(a) < 3 || len(b)-len(a) >= 2 && b[:len(a)] == a {
			return 0
		}
		var bufA, bufB [32]byte
		return spellingSimilarity(append(bufA[:0], a...), append(bufB[:0], b...))
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na > nb {
		// Fewer bytes is not always fewer letters (ğğ against hh): the shorter in letters is
		// the one the rules measure, whichever order the parts come in.
		a, b, na, nb = b, a, nb, na
	}
	if nb-na > 2 || na < 3 {
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

// partShape is what similarParts knows of a part before it reads it: how many of its letters
// are not ASCII (up to 255; none: every letter is a byte).
type partShape struct{ foreign uint8 }

// shapeOf reads the shape of a part. A byte that is not UTF-8 counts as a letter, as
// utf8.RuneCountInString counts it.
func shapeOf(s string) partShape {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return partShape{foreign: uint8(min(n, 255))}
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
