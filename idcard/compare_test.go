package idcard

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestCompare(t *testing.T) {
	const good = "11010519491231002X"
	tests := []struct {
		a, b string
		want Agreement
	}{
		{good, good, Exact},
		{good, "110105 19491231 002x", Exact},
		{good, "１１０１０５１９４９１２３１００２Ｘ", Exact},
		{"653101198401261233", "653101840126123", Exact},     // 18 against its old 15-digit form
		{good, "110105194912310021", OneDigit},               // wrong check character
		{good, "11010519491231003X", OneDigit},               // one digit
		{good, "11010519941231002X", OneDigit},               // 49 → 94, neighbours swapped
		{good, "11010519491213002X", OneDigit},               // 31 → 13
		{good, "11010519491231020X", OneDigit},               // 02 → 20 in the sequence
		{"653101198401261233", "653101850227123", Different}, // 15-digit form of another date
		{"653101198401261233", "653101840126124", OneDigit},  // 15-digit form with a typo
		{good, "21010519491231003X", Different},              // two digits apart
		{good, "11010519491231200X", Different},              // a swap of non-neighbours
		{good, "653101198401261233", Different},
		{"6531**********123X", "653101198401261233", Different},        // check character differs
		{"6531**********1233", "653101198401261233", MaskedCompatible}, //
		{"653101198401261233", "6531**********1233", MaskedCompatible}, //
		{"6531**********1233", "653101********1233", MaskedCompatible}, // both masked
		{"6531**********1233", "6532**********1233", Different},        //
		{"653101840126***", "653101198401261233", MaskedCompatible},    // masked 15 digits
		{"******************", "653101198401261233", Unusable},         // nothing visible
		{"6531**************", "******************", Unusable},         //
		{"65****************", "65***************3", Unusable},         // too little visible
		{"", good, Unusable},                                           //
		{good, "1101051949123100", Unusable},                           // 16 characters
		{good, "11010519491A31002X", Unusable},                         // a letter
		{"\xff\xfe", good, Unusable},                                   // not text
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Compare(tt.b, tt.a); got != tt.want {
			t.Errorf("Compare(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
		// Numbers Parse reads compare the same by their normalised forms.
		na, _ := Parse(tt.a)
		nb, _ := Parse(tt.b)
		if na.Normalized == "" || nb.Normalized == "" {
			continue
		}
		if got := CompareNormalized(na.Normalized, nb.Normalized, na.Fifteen, nb.Fifteen); got != tt.want {
			t.Errorf("CompareNormalized(%q, %q) = %v, want %v", na.Normalized, nb.Normalized, got, tt.want)
		}
	}
}

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"11010519491231002X", "1101**********002X"},
		{"110105 19491231 002x", "1101**********002X"},
		{"653101840126123", "6531**********1239"},
		{"6531**********123X", "6531**********123X"},
		{"12345", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Mask(tt.in); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Mask(tt.in); got != "" && Compare(got, tt.in) != MaskedCompatible && !strings.Contains(tt.in, "*") {
			t.Errorf("Compare(Mask(%q), %q) = %v, want masked_compatible", tt.in, tt.in, Compare(got, tt.in))
		}
	}
}

func TestAgreementString(t *testing.T) {
	for a, want := range map[Agreement]string{Exact: "exact", OneDigit: "one_digit",
		MaskedCompatible: "masked_compatible", Different: "different", Unusable: "unusable", 42: "unknown"} {
		if a.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(a), a.String(), want)
		}
	}
}

// FuzzParse checks that no input makes Parse or Compare panic, and that what Parse says is
// consistent: run it with go test -fuzz FuzzParse -fuzztime 30s ./idcard/.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "653101840126123", "6531**********123X",
		"１１０１０５１９４９１２３１００２Ｘ", "110105194902310021", "", "\xff", "6521011980********",
		"653101198413******", "x", "1234567890123456789", "\u202e11010519491231002X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseAt(s, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
		if (err != nil) != (len(n.Problems) > 0) {
			t.Fatalf("error %v but problems %q", err, n.Problems)
		}
		if n.Valid {
			if n.Masked || len(n.Problems) > 0 || len(n.Normalized) != 18 ||
				Check(n.Normalized[:17]) != n.Normalized[17] || n.Birth.IsZero() || !n.CountyKnown {
				t.Fatalf("Valid number %+v is not", n)
			}
		}
		if n.Normalized != "" && utf8.RuneCountInString(n.Normalized) != 18 {
			t.Fatalf("normalized %q is not 18 characters", n.Normalized)
		}
		if a := Compare(s, s); a != Unusable && a != Exact && a != MaskedCompatible {
			t.Fatalf("Compare(s, s) = %v", a)
		}
		if n.Valid && Compare(s, n.Normalized) != Exact {
			t.Fatalf("Compare(%q, %q) = %v, want exact", s, n.Normalized, Compare(s, n.Normalized))
		}
	})
}
