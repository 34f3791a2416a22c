package resolve

import (
	"testing"

	"github.com/tizim/tizim"
)

// TestCompareDates checks the level two birth dates agree at: a year agrees with any day in it,
// and "about" a year agrees with the years either side only at a level of its own.
func TestCompareDates(t *testing.T) {
	day := func(y, m, d int) tizim.PartialDate { return tizim.PartialDate{Year: y, Month: m, Day: d} }
	year := func(y int) tizim.PartialDate { return tizim.PartialDate{Year: y} }
	about := func(y int) tizim.PartialDate { return tizim.PartialDate{Year: y, Approximate: true} }
	cases := []struct {
		name string
		a, b tizim.PartialDate
		want int8
	}{
		{"one day", day(1974, 5, 3), day(1974, 5, 3), birthExact},
		{"a year and a day in it", year(1974), day(1974, 5, 3), birthCompat},
		{"about a year and a day in it", about(1974), day(1974, 5, 3), birthCompat},
		{"about the same year", about(1974), about(1974), birthCompat},
		{"about a year and the next", about(1974), day(1975, 1, 9), birthApprox},
		{"about two years apart", about(1974), about(1976), birthApprox},
		{"a range and a year in it", tizim.PartialDate{Year: 1970, End: &tizim.PartialDate{Year: 1975}}, year(1973), birthCompat},
		{"one digit off", day(1974, 5, 3), day(1974, 5, 8), birthTypo},
		{"two exact days apart", day(1974, 5, 3), day(1975, 8, 9), birthDiffer},
		{"two years apart", year(1974), year(1976), birthNear},
		{"about a year and three years on", about(1974), year(1977), birthNear},
		{"unknown", tizim.PartialDate{}, year(1974), -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := spanOf(tc.a), spanOf(tc.b)
			if got := compareDates(a, b); got != tc.want {
				t.Errorf("compareDates(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := compareDates(b, a); got != tc.want {
				t.Errorf("compareDates(%v, %v) = %d, want %d (reversed)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

func TestCompareDetained(t *testing.T) {
	day := func(y, m, d int) tizim.PartialDate { return tizim.PartialDate{Year: y, Month: m, Day: d} }
	month := func(y, m int) tizim.PartialDate { return tizim.PartialDate{Year: y, Month: m} }
	year := func(y int) tizim.PartialDate { return tizim.PartialDate{Year: y} }
	cases := []struct {
		name string
		a, b tizim.PartialDate
		want int8
	}{
		{"one day", day(2017, 4, 12), day(2017, 4, 12), detainedExact},
		{"a month and a day in it", month(2017, 4), day(2017, 4, 12), detainedMonth},
		{"one month", month(2017, 4), month(2017, 4), detainedMonth},
		{"a year and a day in it", year(2017), day(2017, 4, 12), detainedYear},
		{"about a month and a day in it", tizim.PartialDate{Year: 2017, Month: 4, Approximate: true}, day(2017, 4, 12), detainedYear},
		{"two days of one month", day(2017, 4, 12), day(2017, 4, 20), detainedNear},
		{"the next month", month(2017, 4), day(2017, 5, 2), detainedNear},
		{"a season apart", day(2017, 1, 10), day(2017, 4, 10), detainedNear},
		{"half a year apart", day(2017, 1, 10), day(2017, 7, 10), detainedDiffer},
		{"two years", year(2017), year(2019), detainedDiffer},
		{"unknown", tizim.PartialDate{}, year(2017), -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := spanOf(tc.a), spanOf(tc.b)
			if got := compareDetained(a, b); got != tc.want {
				t.Errorf("compareDetained(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := compareDetained(b, a); got != tc.want {
				t.Errorf("compareDetained(%v, %v) = %d, want %d (reversed)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

// TestPreparedArrest checks that a record's arrest is the earliest known start of its episodes.
func TestPreparedArrest(t *testing.T) {
	eps := []tizim.Episode{
		{Status: tizim.Sentenced, Start: tizim.PartialDate{Year: 2019, Month: 2}},
		{Status: tizim.Detained},
		{Status: tizim.Detained, Start: tizim.PartialDate{Year: 2017, Month: 4, Day: 12}},
	}
	got := prepare(&tizim.Record{ID: 1, Episodes: eps}).detained
	if want := spanOf(eps[2].Start); got != want {
		t.Errorf("arrest %+v, want the 2017 arrest %+v", got, want)
	}
	if prepare(&tizim.Record{ID: 2, Episodes: eps[1:2]}).detained.known() || prepare(&tizim.Record{ID: 3}).detained.known() {
		t.Error("episodes without a start give a known arrest date")
	}
}

// TestCompareKnownFacilities checks that two episodes linked to one known facility share it
// however their sources spell it, and that the ids of two facilities are never taken for
// spellings of one name (1000338 and 1000339 are as alike as two spellings).
func TestCompareKnownFacilities(t *testing.T) {
	f := func(id int64, text string) []string {
		return []string{facilityOf(tizim.Episode{FacilityID: id, Facility: text})}
	}
	tests := []struct {
		name string
		a, b []string
		want int8
	}{
		{"one facility in two scripts", f(10338, "于田县第1监狱"), f(10338, "Тюрьма № 1, Кәрия"), 0},
		{"two facilities", f(1000338, "Keriya Prison No. 1"), f(1000339, "Keriya Prison No. 1"), 1},
		{"a known facility and an unknown one of the same name", f(10338, "Keriya Prison No. 1"), f(0, "Keriya Prison No. 1"), 1},
		{"two unknown ones spelled alike", f(0, "Keriya Prison No. 1"), f(0, "keriya prison no 1"), 0},
	}
	for _, tt := range tests {
		if got := compareFacilities(tt.a, tt.b, newBatchMemo()); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestCompareCourt(t *testing.T) {
	court := func(eps ...tizim.Episode) *entry {
		r := &tizim.Record{ID: 1, Episodes: eps}
		return prepare(r)
	}
	ep := func(charges, sentence string) tizim.Episode {
		return tizim.Episode{Charges: charges, Sentence: sentence}
	}
	tests := []struct {
		name              string
		a, b              *entry
		sentence, charges int8
	}{
		{"one verdict in two languages", court(ep("分裂国家罪", "有期徒刑10年")), court(ep("separatism", "10 лет")), 0, 0},
		{"another term, another charge", court(ep("separatism", "10 years")), court(ep("寻衅滋事罪", "5 years")), 1, 1},
		{"one charge of two in common", court(ep("separatism; inciting ethnic hatred", "")), court(ep("煽动民族仇恨罪", "")), -1, 0},
		{"text neither reads is left out", court(ep("unknown", "不详")), court(ep("separatism", "life")), -1, -1},
		{"no verdict", court(tizim.Episode{Facility: "Keriya Prison No. 1"}), court(ep("separatism", "life")), -1, -1},
		{"the first readable sentence", court(ep("", "?"), ep("", "life")), court(ep("", "无期徒刑")), 0, -1},
	}
	for _, tt := range tests {
		c := compareFields(tt.a, tt.b, newBatchMemo())
		if c.v[fSentence] != tt.sentence || c.v[fCharges] != tt.charges {
			t.Errorf("%s: sentence %d, charges %d; want %d, %d", tt.name, c.v[fSentence], c.v[fCharges], tt.sentence, tt.charges)
		}
	}
}

// TestCompareIDs: identity numbers compare as idcard.Compare compares them as written, the
// 15-digit form included: its check character is computed, so a typo in its digits is one
// digit off, not two.
func TestCompareIDs(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int8
	}{
		{"653101198401261233", "653101198401261233", idExact},
		{"653101198401261233", "653101840126123", idExact},
		{"653101198401261233", "653101840126124", idOneDigit},
		{"653101198401261233", "653101198401261243", idOneDigit},
		{"653101198401261233", "6531**********1233", idMasked},
		{"653101198401261233", "653101850227123", idDiffer},
		{"653101198401261233", "", -1},
		{"653101198401261233", "E12345678", idDiffer},
	} {
		a, b := parseID(tt.a), parseID(tt.b)
		for _, ab := range [][2]*idInfo{{&a, &b}, {&b, &a}} {
			if got := compareIDs(ab[0], ab[1]); got != tt.want {
				t.Errorf("compareIDs(%q, %q) = %d, want %d", ab[0].norm, ab[1].norm, got, tt.want)
			}
		}
	}
}

// TestBirthFromAge: a record that states no birth date is compared by the year an age in its
// notes implies, and the evidence says so; a birth date the record states, or its identity
// number gives, comes first.
func TestBirthFromAge(t *testing.T) {
	aged := prepare(&tizim.Record{ID: 1, Notes: "aged 42 in 2019"})
	if want := spanOf(tizim.PartialDate{Year: 1976, End: &tizim.PartialDate{Year: 1977}}); aged.birth != want || !aged.fromAge {
		t.Fatalf("birth %+v (from an age: %v), want %+v from the age", aged.birth, aged.fromAge, want)
	}
	born := prepare(&tizim.Record{ID: 2, BirthDate: tizim.PartialDate{Year: 1976, Month: 3, Day: 2}})
	c := compare(aged, born, nil)
	if got := fieldLevels[fBirth][c.v[fBirth]]; got != "compatible" {
		t.Errorf("1976/1977 against 1976-03-02: %s, want compatible", got)
	}
	found := false
	for _, e := range DefaultModel(Options{}).evidence(&c) {
		if e.Field == fieldNames[fBirth] {
			found = e.Level == "compatible"+FromAge
		}
	}
	if !found {
		t.Errorf("evidence %+v, want birth_date at compatible%s", DefaultModel(Options{}).evidence(&c), FromAge)
	}
	later := prepare(&tizim.Record{ID: 6, BirthDate: tizim.PartialDate{Year: 1978, Month: 3, Day: 2}})
	if c := compare(aged, later, nil); fieldLevels[fBirth][c.v[fBirth]] != "near" {
		t.Errorf("1976/1977 against 1978-03-02: %s, want near", fieldLevels[fBirth][c.v[fBirth]])
	}
	if c := compare(born, born, nil); c.fromAge {
		t.Error("two stated birth dates compared as worked out from an age")
	}
	for _, r := range []*tizim.Record{
		{ID: 3, Notes: "aged 42 in 2019", BirthDate: tizim.PartialDate{Year: 1980}},
		{ID: 4, Notes: "aged 42 in 2019", IDNumber: "653101198001010019"},
	} {
		if e := prepare(r); e.fromAge || e.birth.y != 1980 {
			t.Errorf("record %d: birth %+v (from an age: %v), want 1980 as stated or numbered", r.ID, e.birth, e.fromAge)
		}
	}
	if e := prepare(&tizim.Record{ID: 5, Notes: "sentenced to 10 years in 2019"}); e.birth.known() || e.fromAge {
		t.Errorf("a sentence in the notes gave a birth %+v", e.birth)
	}
}

// TestCompareStatuses: records are compared by the statuses their episodes give, any one in
// common agreeing; a record that gives none, or only an unknown one, leaves the field out.
func TestCompareStatuses(t *testing.T) {
	ep := func(ss ...tizim.Status) []tizim.Episode {
		var eps []tizim.Episode
		for _, s := range ss {
			eps = append(eps, tizim.Episode{Status: s})
		}
		return eps
	}
	for _, c := range []struct {
		name string
		a, b []tizim.Episode
		want int8
	}{
		{"one status", ep(tizim.Camp), ep(tizim.Camp), 0},
		{"a status in common", ep(tizim.Camp, tizim.Sentenced), ep(tizim.Sentenced), 0},
		{"none in common", ep(tizim.Camp), ep(tizim.Released), 1},
		{"one says nothing", ep(tizim.Camp), ep(), -1},
		{"one says unknown", ep(tizim.StatusUnknown), ep(tizim.Camp), -1},
		{"a status of no vocabulary", ep("in a cave"), ep(tizim.Camp), -1},
	} {
		a := prepare(&tizim.Record{ID: 1, Episodes: c.a})
		b := prepare(&tizim.Record{ID: 2, Episodes: c.b})
		if got := compare(a, b, nil).v[fStatus]; got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestBirthNarrowedByAge: "c. 1977" with "aged 42 in 2019" in the notes is 1976 or 1977, the
// years both allow; an age the stated year does not fit leaves the year as stated, and a year
// stated exactly is not narrowed.
func TestBirthNarrowedByAge(t *testing.T) {
	about := tizim.PartialDate{Year: 1977, Approximate: true}
	for _, c := range []struct {
		name  string
		born  tizim.PartialDate
		notes string
		want  tizim.PartialDate
		aged  bool
	}{
		{"the years both allow", about, "aged 42 in 2019", tizim.PartialDate{Year: 1976, End: &tizim.PartialDate{Year: 1977}}, true},
		{"one year both allow", about, "aged 40 in 2019", tizim.PartialDate{Year: 1978}, true},
		{"an age that does not fit", about, "aged 30 in 2019", about, false},
		{"an exact year", tizim.PartialDate{Year: 1977}, "aged 42 in 2019", tizim.PartialDate{Year: 1977}, false},
	} {
		e := prepare(&tizim.Record{ID: 1, BirthDate: c.born, Notes: c.notes})
		if e.birth != spanOf(c.want) || e.fromAge != c.aged {
			t.Errorf("%s: %+v (from an age: %v), want %v (%v)", c.name, e.birth, e.fromAge, c.want, c.aged)
		}
	}
}
