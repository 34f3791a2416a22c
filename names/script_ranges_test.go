package names

import (
	"testing"
	"unicode"
)

// scriptOfTable is scriptOf as the range tables of package unicode alone decide it.
func scriptOfTable(r rune) Script {
	switch {
	case r < 0x80:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return Latin
		}
		return Unknown
	case unicode.Is(unicode.Latin, r):
		return Latin
	case unicode.Is(unicode.Arabic, r):
		if unicode.IsLetter(r) {
			return Arabic
		}
		return Unknown
	case unicode.Is(unicode.Cyrillic, r):
		return Cyrillic
	case unicode.Is(unicode.Han, r):
		return Han
	case unicode.IsLetter(r):
		return Other
	}
	return Unknown
}

// TestScriptOfRanges checks scriptOf's fast block ranges against the Unicode tables for every
// rune, so that a script is never detected differently for speed.
func TestScriptOfRanges(t *testing.T) {
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Errorf("isHan(U+%04X) = %v", r, isHan(r))
		}
		if got, want := scriptOf(r), scriptOfTable(r); got != want {
			bad++
			if bad <= 5 {
				t.Errorf("scriptOf(U+%04X) = %q, want %q", r, got, want)
			}
		}
	}
}
