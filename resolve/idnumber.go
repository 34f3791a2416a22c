package resolve

import (
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
)

// Identity number agreement levels, best first.
const (
	idExact    int8 = iota // the same number
	idOneDigit             // one character off or two swapped: a copying mistake
	idMasked               // masked, and what both show agrees
	idDiffer               // different numbers
)

var idLevels = []string{"exact", "one_digit", "masked_compatible", "different"}

// idInfo is what a record's identity number says.
type idInfo struct {
	norm string // the number normalised by idcard, or upper-cased letters and digits of another kind
	prc  bool   // norm is an 18-character PRC number (possibly masked or with a wrong check)
	// fifteen: norm was converted from the 15-digit form, its check character computed.
	fifteen bool
	valid   bool // a complete PRC number whose every part checks out
	birth   span // the birth date a valid number implies
	sex     sexCode
	// counties are the six-digit address code a readable number carries and the codes that
	// cover its area today.
	counties []string
}

// parseID reads an identity number. A PRC resident identity number is read by idcard; anything else
// (a passport or another country's number) is kept as its letters and digits, comparable only as a
// string.
func parseID(s string) idInfo {
	s = clip(s)
	if strings.TrimSpace(s) == "" {
		return idInfo{}
	}
	n, _ := idcard.Parse(s)
	if n.Normalized != "" {
		info := idInfo{norm: n.Normalized, prc: true, valid: n.Valid, fifteen: n.Fifteen}
		if n.Valid {
			info.sex = sexOf(tizim.Sex(n.Sex))
			if !n.Birth.IsZero() {
				info.birth = spanOf(tizim.PartialDate{Year: n.Birth.Year(), Month: int(n.Birth.Month()), Day: n.Birth.Day()})
			}
		}
		if !strings.ContainsRune(n.Normalized[:6], '*') {
			info.counties = divisionCodes(n.Normalized[:6])
		}
		return info
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || r == '*' {
			b.WriteRune(r)
		}
	}
	if b.Len() < 4 {
		return idInfo{}
	}
	return idInfo{norm: b.String()}
}

// compareIDs returns an identity number level, or -1 when either number is missing or unusable.
func compareIDs(a, b *idInfo) int8 {
	if a.norm == "" || b.norm == "" {
		return -1
	}
	if a.prc && b.prc {
		switch idcard.CompareNormalized(a.norm, b.norm, a.fifteen, b.fifteen) {
		case idcard.Exact:
			return idExact
		case idcard.OneDigit:
			return idOneDigit
		case idcard.MaskedCompatible:
			return idMasked
		case idcard.Different:
			return idDiffer
		}
		return -1
	}
	if a.prc != b.prc {
		return idDiffer
	}
	return compareOtherIDs(a.norm, b.norm)
}

// compareOtherIDs compares two numbers of a kind this package does not know as strings.
func compareOtherIDs(a, b string) int8 {
	if a == b {
		return idExact
	}
	if len(a) != len(b) {
		return idDiffer
	}
	diff, first := 0, -1
	masked := false
	for i := 0; i < len(a); i++ {
		if a[i] == '*' || b[i] == '*' {
			masked = true
			continue
		}
		if a[i] != b[i] {
			if first < 0 {
				first = i
			}
			diff++
		}
	}
	switch {
	case masked && diff == 0:
		return idMasked
	case masked:
		return idDiffer
	case diff == 1:
		return idOneDigit
	case diff == 2 && first+1 < len(a) && a[first] == b[first+1] && a[first+1] == b[first] && a[first+2:] == b[first+2:]:
		return idOneDigit
	}
	return idDiffer
}

// conflictingIDs reports whether two records carry two different valid identity numbers, which
// makes them two people whatever else agrees.
func conflictingIDs(a, b *idInfo) bool {
	return a.valid && b.valid && a.norm != b.norm
}
