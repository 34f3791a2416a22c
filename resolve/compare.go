package resolve

import (
	"strings"

	"github.com/tizim/tizim"
)

// The fields two records are compared on, in the order of a comparison vector.
const (
	fName = iota
	fBirth
	fID
	fIDImplied
	fSex
	fEthnicity
	fHome
	fOccupation
	fFacility
	nFields
)

// fieldNames and fieldLevels name the fields and their levels, best agreement first, as they
// appear in Evidence.
var (
	fieldNames = [nFields]string{"name", "birth_date", "id_number", "id_implied", "sex",
		"ethnicity", "home", "occupation", "facility"}
	fieldLevels = [nFields][]string{
		nameLevels,
		{"exact", "compatible", "typo", "near", "different"},
		idLevels,
		{"consistent", "conflict"},
		{"same", "different"},
		{"same", "different"},
		{"exact", "area", "place", "different"},
		{"same", "different"},
		{"shared", "different"},
	}
)

// vector holds a level per field, -1 where either record lacks the field.
type vector [nFields]int8

// comparison is a vector and the term frequency of the agreeing name parts.
type comparison struct {
	v       vector
	logFreq float64
}

// compare compares two prepared records field by field.
func compare(a, b *entry, tf *termFreq) comparison {
	var c comparison
	nm := compareNames(a, b, tf)
	c.v[fName], c.logFreq = nm.level, nm.logFreq
	c.v[fBirth] = compareDates(a.birth, b.birth)
	c.v[fID] = compareIDs(&a.idn, &b.idn)
	c.v[fIDImplied] = compareImplied(a, b)
	c.v[fSex] = same(string(a.sex), string(b.sex))
	c.v[fEthnicity] = same(a.eth, b.eth)
	c.v[fHome] = compareHomes(a, b)
	c.v[fOccupation] = same(a.occ, b.occ)
	c.v[fFacility] = compareFacilities(a.facs, b.facs)
	return c
}

func same(a, b string) int8 {
	switch {
	case a == "" || b == "":
		return -1
	case a == b:
		return 0
	}
	return 1
}

// compareDates compares birth dates at their precision: a year agrees with any day in it.
func compareDates(a, b span) int8 {
	if !a.known() || !b.known() {
		return -1
	}
	overlap := a.first <= b.last && b.first <= a.last
	switch {
	case overlap && a.prec == tizim.DayPrecision && b.prec == tizim.DayPrecision && !a.approx && !b.approx:
		return 0
	case overlap:
		return 1
	case dateTypo(a, b):
		return 2
	case a.first-731 <= b.last && b.first-731 <= a.last:
		return 3
	}
	return 4
}

// dateTypo reports whether two dates of at least month precision differ as a copying mistake
// does: one digit, the day and month swapped, or the day alone.
func dateTypo(a, b span) bool {
	if a.prec < tizim.MonthPrecision || b.prec < tizim.MonthPrecision {
		return false
	}
	if a.prec == tizim.DayPrecision && b.prec == tizim.DayPrecision {
		if a.y == b.y && a.m == b.m {
			return true
		}
		if a.y == b.y && a.m == b.d && a.d == b.m {
			return true
		}
	}
	diff := 0
	for _, p := range [3][2]int16{{a.y, b.y}, {a.m, b.m}, {a.d, b.d}} {
		for x, y := p[0], p[1]; x > 0 || y > 0; x, y = x/10, y/10 {
			if x%10 != y%10 {
				diff++
			}
		}
	}
	return diff == 1
}

// compareImplied compares what each record's valid identity number implies (birth date, sex,
// county) with what the other record states.
func compareImplied(a, b *entry) int8 {
	level := int8(-1)
	for _, p := range [2][2]*entry{{a, b}, {b, a}} {
		id, other := &p[0].idn, p[1]
		if !id.valid {
			continue
		}
		if id.birth.known() && other.birth.known() {
			if l := compareDates(id.birth, other.birth); l >= 2 {
				return 1
			}
			level = 0
		}
		if id.sex != "" && other.sex != "" {
			if id.sex != other.sex {
				return 1
			}
			level = 0
		}
		if id.county != "" && len(other.home) == 6 && isDigits(other.home) {
			if id.county[:4] != other.home[:4] {
				return 1
			}
			level = 0
		}
	}
	return level
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// compareHomes compares where two records place a person's home: by the codes when both have
// one (the same code, or the same area), else, or when the codes differ, by the places as written.
// The code and the place are one field, since a place and its code agree together.
func compareHomes(a, b *entry) int8 {
	code := compareCodes(a.home, b.home)
	if code == 0 || code == 1 {
		return code
	}
	switch comparePlaces(a.place, b.place) {
	case 0, 1:
		return 2
	case 2:
		return 3
	}
	if code == 2 {
		return 3
	}
	return -1
}

// compareCodes compares home codes: an administrative division code (or a postcode) that agrees
// in its first four characters is the same area (the same prefecture).
func compareCodes(a, b string) int8 {
	switch {
	case a == "" || b == "":
		return -1
	case a == b:
		return 0
	case len(a) >= 4 && len(b) >= 4 && a[:4] == b[:4]:
		return 1
	case len(a) == len(b) && hamming(a, b) == 1:
		return 1
	}
	return 2
}

func hamming(a, b string) int {
	d := 0
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			d++
		}
	}
	return d
}

// comparePlaces compares home places as written: equal, alike (a spelling difference, or one name
// inside the other: "devon" and "west devon"), or different.
func comparePlaces(a, b string) int8 {
	switch {
	case a == "" || b == "":
		return -1
	case a == b:
		return 0
	case jaroWinkler(a, b) >= 0.92 || containsWord(a, b) || containsWord(b, a):
		return 1
	}
	return 2
}

func containsWord(long, short string) bool {
	if len(short) < 3 || len(short) >= len(long) {
		return false
	}
	for _, w := range strings.FieldsFunc(long, func(r rune) bool { return r == ' ' || r == ',' }) {
		if w == short {
			return true
		}
	}
	return strings.HasPrefix(long, short+" ") || strings.HasSuffix(long, " "+short)
}

// compareFacilities reports whether two records name a facility in common.
func compareFacilities(a, b []string) int8 {
	if len(a) == 0 || len(b) == 0 {
		return -1
	}
	for _, x := range a {
		for _, y := range b {
			if x == y || jaroWinkler(x, y) >= 0.94 {
				return 0
			}
		}
	}
	return 1
}
