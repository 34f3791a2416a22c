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
	fSex
	fEthnicity
	fHome
	fOccupation
	fFacility
	fDetained
	fSentence
	fCharges
	fStatus
	nFields
)

// fieldNames and fieldLevels name the fields and their levels, best agreement first, as they
// appear in Evidence.
var (
	fieldNames = [nFields]string{"name", "birth_date", "id_number", "sex",
		"ethnicity", "home", "occupation", "facility", "detained_on", "sentence", "charges", "status"}
	fieldLevels = [nFields][]string{
		nameLevels,
		birthLevels,
		idLevels,
		{"same", "different"},
		{"same", "different"},
		{"exact", "area", "place", "different"},
		{"same", "different"},
		{"shared", "different"},
		detainedLevels,
		{"same", "different"},
		{"shared", "different"},
		{"shared", "different"},
	}
)

// vector holds a level per field, -1 where either record lacks the field.
type vector [nFields]int8

// comparison is a vector, the term frequency of the agreeing name parts, which fields took a
// value from an identity number (a bit per field), and whether a birth date was worked out from
// an age.
type comparison struct {
	v       vector
	logFreq float64
	fromID  uint16
	fromAge bool
}

// compare compares two prepared records field by field.
func compare(a, b *entry, tf *termFreq) comparison { return compareMemo(a, b, tf, nil) }

// compareMemo is compare with a worker's memo of repeated comparisons.
func compareMemo(a, b *entry, tf *termFreq, mc *memo) comparison {
	c := compareFields(a, b, mc)
	nm := compareNames(a, b, tf, mc)
	c.v[fName], c.logFreq = nm.level, nm.logFreq
	return c
}

// compareFields compares every field but the name, which it leaves at -1.
func compareFields(a, b *entry, mc *memo) comparison {
	var c comparison
	c.v[fName] = -1
	c.fromID = a.fromID | b.fromID
	c.fromAge = a.fromAge || b.fromAge
	c.v[fBirth] = compareDates(a.birth, b.birth)
	c.v[fID] = compareIDs(a.idn, b.idn)
	c.v[fSex] = sameKey(uint64(a.sex), uint64(b.sex))
	c.v[fEthnicity] = sameKey(a.eth, b.eth)
	c.v[fHome] = compareHomes(a, b, mc)
	c.v[fOccupation] = sameKey(a.occ, b.occ)
	c.v[fFacility] = compareFacilities(a.facs, b.facs, mc)
	c.v[fDetained] = compareDetained(a.detained, b.detained)
	c.v[fSentence] = sameKey(uint64(uint16(a.court.term)), uint64(uint16(b.court.term))) // 0 is none
	c.v[fCharges] = compareShared(a.court.charges, b.court.charges)
	c.v[fStatus] = compareShared(a.statuses, b.statuses)
	return c
}

// sameKey compares two values as textKey gives them (or codes, 0 for none): -1 when either is
// missing, 0 when they are the same, 1 when they differ.
func sameKey(a, b uint64) int8 {
	switch {
	case a == 0 || b == 0:
		return -1
	case a == b:
		return 0
	}
	return 1
}

// Levels of agreement of two birth dates.
const (
	birthExact  int8 = iota // the same day
	birthCompat             // overlapping at the dates' precision (1984 and 1984-01-26)
	birthApprox             // overlapping only because one is "about" a year that differs
	birthTypo               // one digit, day and month swapped, or the same month
	birthNear               // within two years, unless both are exact days
	birthDiffer             // different
)

var birthLevels = []string{"exact", "compatible", "approximate", "typo", "near", "different"}

// compareDates compares birth dates at their precision: a year agrees with any day in it. A
// date given as "about 1974" (an age in a testimony) overlaps the years either side; "about
// 1974" against 1975 is a level of its own (approximate), so that training weighs it apart from
// "about 1974" against 1974. On the generator's corpus of 100,000 people it learns 3.4 bits for
// it and 4.6 for compatible, where the two together had 4.2: random pairs agree at either level
// about as often, one person's records at the approximate level 2.5 times less.
func compareDates(a, b span) int8 {
	if !a.known() || !b.known() {
		return -1
	}
	overlap := a.first <= b.last && b.first <= a.last
	exactDays := a.prec == tizim.DayPrecision && b.prec == tizim.DayPrecision && !a.approx && !b.approx
	switch {
	case overlap && exactDays:
		return birthExact
	case overlap && (a.about || b.about) && a.y != b.y:
		return birthApprox
	case overlap:
		return birthCompat
	case dateTypo(a, b):
		return birthTypo
	case exactDays:
		return birthDiffer // two exact dates that differ beyond a copying mistake
	case a.first-731 <= b.last && b.first-731 <= a.last:
		return birthNear
	}
	return birthDiffer
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
	for _, p := range [3][2]int16{{a.y, b.y}, {int16(a.m), int16(b.m)}, {int16(a.d), int16(b.d)}} {
		for x, y := p[0], p[1]; x > 0 || y > 0; x, y = x/10, y/10 {
			if x%10 != y%10 {
				diff++
			}
		}
	}
	return diff == 1
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
func compareHomes(a, b *entry, mc *memo) int8 {
	code := compareCodes(a.at.codes, b.at.codes)
	if code == 0 || code == 1 {
		return code
	}
	switch comparePlaces(a.at.place, b.at.place, mc) {
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

// compareCodes compares two homes' codes: a code in common is the same home, a code that agrees
// in its first four characters (the same prefecture, the same postcode district) the same area,
// and so is a postcode with one character mistyped.
func compareCodes(a, b []string) int8 {
	if len(a) == 0 || len(b) == 0 {
		return -1
	}
	level := int8(2)
	for _, x := range a {
		for _, y := range b {
			switch {
			case x == y:
				return 0
			case len(x) >= 4 && len(y) >= 4 && x[:4] == y[:4]:
				level = 1
			case len(x) == len(y) && !isDigits(x) && hamming(x, y) == 1:
				level = 1
			}
		}
	}
	return level
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
// inside the other: "devon" and "west devon"), or different. Places written in two scripts
// (沙湾市, شاۋان) that the divisions did not resolve to codes cannot be compared by spelling.
func comparePlaces(a, b string, mc *memo) int8 {
	switch {
	case a == "" || b == "" || placeScript(a) != placeScript(b):
		return -1
	case a == b:
		return 0
	case containsWord(a, b) || containsWord(b, a) || mc.similar(a, b, 0.92):
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
func compareFacilities(a, b []string, mc *memo) int8 {
	if len(a) == 0 || len(b) == 0 {
		return -1
	}
	for _, x := range a {
		for _, y := range b {
			// Known facilities (facilityOf) are one or two: their ids are not spellings.
			if x == y || x[0] != 0 && y[0] != 0 && mc.similar(x, y, 0.94) {
				return 0
			}
		}
	}
	return 1
}
