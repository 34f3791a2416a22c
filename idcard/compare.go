package idcard

import "unicode/utf8"

// Agreement is how far two identity numbers agree, as evidence that two records are one person.
type Agreement int

// Levels of agreement, strongest first.
const (
	// Exact: the same complete number (after normalising, and converting 15 digits to 18).
	Exact Agreement = iota
	// OneDigit: complete numbers that differ by one substituted character or by two adjacent
	// characters swapped — the usual copying mistakes.
	OneDigit
	// MaskedCompatible: at least one number is masked, and the characters visible in both
	// (at least minVisible of them) agree.
	MaskedCompatible
	// Different: the numbers disagree beyond one copying mistake.
	Different
	// Unusable: a number cannot be compared: empty, wrong length, letters, or too much masked.
	Unusable
)

// minVisible is the fewest characters two masked numbers must both show to be compared: the
// usual masks show 8 (6531**********123X); fewer tell too little.
const minVisible = 6

var agreementNames = [...]string{"exact", "one_digit", "masked_compatible", "different", "unusable"}

// String returns the agreement's stable name: exact, one_digit, masked_compatible, different,
// unusable.
func (a Agreement) String() string {
	if a < 0 || int(a) >= len(agreementNames) {
		return "unknown"
	}
	return agreementNames[a]
}

// Compare says how far two identity numbers agree. It reads them as Parse does (spaces, full
// width, lower-case x, the 15-digit form) but does not require them to be valid: a number with
// a wrong check character is exactly what a one-digit typo produces.
func Compare(a, b string) Agreement {
	na, fa, ok := comparable(a)
	if !ok {
		return Unusable
	}
	nb, fb, ok := comparable(b)
	if !ok {
		return Unusable
	}
	return compareComparable(na, nb, fa, fb)
}

// CompareNormalized is Compare of two numbers Parse has read, given as their Normalized forms
// and whether each was converted from the 15-digit form (Number.Fifteen): neither is read
// again, for a caller that compares each number with many. A form that is not 18 characters
// is Unusable.
func CompareNormalized(a, b string, aFifteen, bFifteen bool) Agreement {
	if len(a) != 18 || len(b) != 18 {
		return Unusable
	}
	return compareComparable(a, b, aFifteen, bFifteen)
}

// compareComparable compares two numbers as comparable returns them.
func compareComparable(na, nb string, fa, fb bool) Agreement {
	both, diff, masked := 0, 0, false
	for i := 0; i < 18; i++ {
		switch {
		case na[i] == maskChar || nb[i] == maskChar:
			masked = true
		case i == 17 && (fa || fb):
			// A converted 15-digit number's check character was computed, not copied: a typo
			// in its digits shows twice, so the check is left out.
		default:
			both++
			if na[i] != nb[i] {
				diff++
			}
		}
	}
	if masked {
		switch {
		case both < minVisible:
			return Unusable
		case diff == 0:
			return MaskedCompatible
		}
		return Different
	}
	switch {
	case diff == 0:
		return Exact
	case diff == 1:
		return OneDigit
	case diff == 2 && transposed(na, nb):
		return OneDigit
	}
	return Different
}

// comparable normalises s to 18 characters of digits, X and masks, and says whether it was
// converted from the 15-digit form.
func comparable(s string) (n string, fifteen, ok bool) {
	n, problem := normalize(s)
	if problem != "" {
		return "", false, false
	}
	length := utf8.RuneCountInString(n)
	if pos, _ := badChar(n); pos > 0 || (length != 15 && length != 18) {
		return "", false, false
	}
	if length == 15 {
		return upgrade(n), true, true
	}
	return n, false, true
}

// transposed reports whether a and b differ only by two neighbouring characters swapped.
func transposed(a, b string) bool {
	for i := 0; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
		}
	}
	return false
}
