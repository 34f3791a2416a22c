package search

import (
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// withFacts returns r with a home code, birth year and sex.
func withFacts(r *tizim.Record, home string, year int, sex tizim.Sex) *tizim.Record {
	r.HomeCode, r.BirthDate, r.Sex = home, tizim.PartialDate{Year: year}, sex
	return r
}

// people returns the persons of hits, in order.
func people(hits []Hit) []int64 {
	var out []int64
	for _, h := range hits {
		out = append(out, h.Person)
	}
	return out
}

// TestSearchWhere: namesakes are told apart by what a family knows besides the name: the home
// county, the year of birth, the sex. Every fact must hold on the record whose name matched.
func TestSearchWhere(t *testing.T) {
	ix := New()
	ix.Add(withFacts(rec(1, 1, tizim.Public, "Memet Tursun"), "653121", 1971, tizim.Male))
	ix.Add(withFacts(rec(2, 2, tizim.Public, "Memet Tursun"), "653122", 1971, tizim.Male))
	ix.Add(withFacts(rec(3, 3, tizim.Public, "Memet Tursun"), "650102", 1985, tizim.Male))
	ix.Add(withFacts(rec(4, 4, tizim.Public, "Memet Tursun"), "653121", 1990, tizim.Female))
	ix.Add(withFacts(rec(5, 5, tizim.Public, "Memet Tursun"), "", 0, ""))
	ix.Add(withFacts(rec(6, 6, tizim.Sealed, "Memet Tursun"), "653121", 1971, tizim.Male))
	// person 7: a record of the county under another name, and the name under another county
	ix.Add(withFacts(rec(7, 7, tizim.Public, "Ilham Tohti"), "653121", 1971, tizim.Male))
	ix.Add(withFacts(rec(8, 7, tizim.Public, "Memet Tursun"), "650102", 1971, tizim.Male))

	tests := []struct {
		name      string
		query     string
		f         Filter
		clearance tizim.Consent
		want      []int64
	}{
		{"no filter", "Memet Tursun", Filter{}, tizim.Public, []int64{1, 2, 3, 4, 5, 7}},
		{"county", "Memet Tursun", Filter{Home: "653121"}, tizim.Public, []int64{1, 4}},
		{"prefecture", "Memet Tursun", Filter{Home: "6531"}, tizim.Public, []int64{1, 2, 4}},
		{"county, hidden record seen when cleared", "Memet Tursun", Filter{Home: "653121"}, tizim.Sealed, []int64{1, 4, 6}},
		{"years", "Memet Tursun", Filter{BornFrom: 1980, BornTo: 1995}, tizim.Public, []int64{3, 4}},
		{"from a year", "Memet Tursun", Filter{BornFrom: 1985}, tizim.Public, []int64{3, 4}},
		{"to a year: no year is outside", "Memet Tursun", Filter{BornTo: 1971}, tizim.Public, []int64{1, 2, 7}},
		{"sex", "Memet Tursun", Filter{Sex: tizim.Female}, tizim.Public, []int64{4}},
		{"all facts", "Memet Tursun", Filter{Home: "6531", BornTo: 1980, Sex: tizim.Male}, tizim.Public, []int64{1, 2}},
		{"facts on another record of the person do not count", "Memet Tursun", Filter{Home: "653121", BornTo: 1980}, tizim.Public, []int64{1}},
		{"nothing admitted", "Memet Tursun", Filter{Home: "54"}, tizim.Public, nil},
		{"unknown home", "Memet Tursun", Filter{Home: "not a code"}, tizim.Public, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := people(ix.SearchWhere(tt.query, tt.f, tt.clearance, 10))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("SearchWhere(%q, %+v, %s) = people %v, want %v", tt.query, tt.f, tt.clearance, got, tt.want)
			}
		})
	}
}

// TestSearchWhereFindsOneOfThousands: the one namesake of a county is found among thousands
// of people of the same common name, written in another script, though the walk of a common
// name's postings stops long before the end of the list when nothing narrows it.
func TestSearchWhereFindsOneOfThousands(t *testing.T) {
	ix := New()
	id := int64(1)
	for range 30000 {
		ix.Add(withFacts(rec(id, id, tizim.Public, "Memet Tursun"), "650102", 1970+int(id%30), tizim.Male))
		id++
	}
	ix.Add(withFacts(rec(id, id, tizim.Public, "买买提·吐尔逊"), "653121", 1971, tizim.Male))
	if got := people(ix.Search("Memet Tursun", tizim.Public, 10)); slices.Contains(got, id) {
		t.Fatalf("without a filter the last of 30,001 namesakes is in the first ten: %v; the test proves nothing", got)
	}
	got := people(ix.SearchWhere("Memet Tursun", Filter{Home: "653121"}, tizim.Public, 10))
	if !slices.Equal(got, []int64{id}) {
		t.Errorf("SearchWhere(Memet Tursun, home 653121) = %v, want only person %d", got, id)
	}
}

// TestSearchWhereKeepsFactsCurrent: a new version of a record with the same names but another
// home moves it out of the old county's searches and into the new one's.
func TestSearchWhereKeepsFactsCurrent(t *testing.T) {
	ix := New()
	ix.Add(withFacts(rec(1, 1, tizim.Public, "Ilham Tohti"), "653121", 1969, tizim.Male))
	ix.Add(withFacts(rec(1, 1, tizim.Public, "Ilham Tohti"), "650102", 1969, tizim.Male))
	if got := people(ix.SearchWhere("Ilham Tohti", Filter{Home: "653121"}, tizim.Public, 10)); got != nil {
		t.Errorf("old county: %v, want none", got)
	}
	if got := people(ix.SearchWhere("Ilham Tohti", Filter{Home: "6501"}, tizim.Public, 10)); !slices.Equal(got, []int64{1}) {
		t.Errorf("new county: %v, want [1]", got)
	}
}
