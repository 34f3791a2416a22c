package resolve

import (
	"strings"
	"testing"
)

// TestComparePlacesAcrossScripts: places in two scripts that no division resolves are not
// evidence against a match; in one script they are compared by spelling.
func TestComparePlacesAcrossScripts(t *testing.T) {
	tests := []struct {
		a, b string
		want int8
	}{
		{"沙湾市", "شاۋان", -1},
		{"shawan", "Шаван", -1},
		{"shawan", "shawan", 0},
		{"shawan", "shawen", 1},
		{"shawan", "kucha", 2},
		{"沙湾市", "库车市", 2},
		{"", "kucha", -1},
	}
	for _, tt := range tests {
		if got := comparePlaces(tt.a, tt.b, newMemo()); got != tt.want {
			t.Errorf("comparePlaces(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFold checks that free text is folded alike whether or not it takes the shortcut for
// text already folded: lower case, single spaces, valid UTF-8, at most maxFieldLen bytes.
func TestFold(t *testing.T) {
	long := strings.Repeat("ab ", 100)
	for _, s := range []string{"", "urumqi", "Urumqi", " urumqi", "urumqi ", "west  devon", "west devon",
		"a\tb", "a\nb", "a\rb", "a\vb", "a\fb", "a\x00b", "ürümqi", "Ürümqi", "a\u00a0b", "a\u0085b", "\xff\xfe",
		"乌鲁木齐", long, long[:maxFieldLen], long[:maxFieldLen-1], "x"} {
		want := strings.Join(strings.Fields(strings.ToLower(clip(s))), " ")
		if got := fold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
