package names

import (
	"testing"
	"unicode"
)

// TestScriptOfRanges checks scriptOf's fast block ranges against the Unicode tables for every
// rune, so that a script is never detected differently for speed.
func TestScriptOfRanges(t *testing.T) {
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Errorf("isHan(U+%04X) = %v", r, isHan(r))
		}
		if got, want := scriptOf(r), scriptByTable(r); got != want {
			bad++
			if bad <= 5 {
				t.Errorf("scriptOf(U+%04X) = %q, want %q", r, got, want)
			}
		}
	}
}
