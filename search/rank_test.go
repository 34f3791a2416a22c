package search

import (
	"testing"

	"github.com/tizim/tizim"
)

// Namesakes whose names score alike: the person more sources wrote so comes first, whichever
// was added first.
func TestRankTiesPreferMoreSources(t *testing.T) {
	cases := []struct {
		name  string
		add   []*tizim.Record
		query string
		want  int64
	}{
		{"the one-record namesake added first", []*tizim.Record{
			rec(1, 1, tizim.Internal, "Adil Sawut"),
			rec(2, 2, tizim.Internal, "Adil Sawut"),
			rec(3, 2, tizim.Internal, "ئادىل ساۋۇت"),
			rec(4, 2, tizim.Internal, "阿迪力·萨吾提"),
		}, "Adil Sawut", 2},
		{"the three-record person added first", []*tizim.Record{
			rec(1, 1, tizim.Internal, "Adil Sawut"),
			rec(2, 1, tizim.Internal, "ئادىل ساۋۇت"),
			rec(3, 1, tizim.Internal, "阿迪力·萨吾提"),
			rec(4, 2, tizim.Internal, "Adil Sawut"),
		}, "Adil Sawut", 1},
	}
	for _, c := range cases {
		ix := New()
		for _, r := range c.add {
			ix.Add(r)
		}
		hits := ix.Search(c.query, tizim.Sealed, 2)
		if len(hits) != 2 || hits[0].Person != c.want || hits[0].Score != hits[1].Score {
			t.Errorf("%s: Search(%q) = %+v, want person %d first of two tied", c.name, c.query, hits, c.want)
		}
	}
}

// TestSearchCommonWholeQuery: a query of one common part, as written in thousands of records,
// still puts first the record that is that part alone, written after all the others, and
// gives a full list of the others.
func TestSearchCommonWholeQuery(t *testing.T) {
	given := []string{"Tursun", "Memet", "Hesen", "Ehmet", "Yasin", "Niyaz", "Sabir", "Rozi"}
	ix := New()
	id := int64(1)
	for i := range 6000 {
		ix.Add(rec(id, id, tizim.Internal, given[i%len(given)]+" Tohti"))
		id++
	}
	ix.Add(rec(id, id, tizim.Internal, "Тохти"))
	for _, level := range []tizim.Consent{tizim.Internal, tizim.Sealed} {
		hits := ix.Search("Tohti", level, 51)
		if len(hits) != 51 || hits[0].Person != id {
			t.Errorf("Search(Tohti) at %s: %d hits, first %v; want 51, the record Тохти (%d) first", level, len(hits), hits[:min(1, len(hits))], id)
		}
	}
}

// TestSearchLongListOfPeopleWithSeveralRecords: when the records first compared are too few
// people (each has three records of the name), more are compared to fill the list.
func TestSearchLongListOfPeopleWithSeveralRecords(t *testing.T) {
	ix := New()
	id := int64(1)
	for p := int64(1); p <= 100; p++ {
		for _, f := range []string{"Tursun Tohti", "Турсун Тохти", "تۇرسۇن توختى"} {
			ix.Add(rec(id, p, tizim.Internal, f))
			id++
		}
	}
	if hits := ix.Search("Tursun Tohti", tizim.Sealed, 40); len(hits) < 26 {
		t.Errorf("Search(Tursun Tohti, 40) among 100 people of three records each: %d people, want at least 26 (two records compared for each person asked for)", len(hits))
	}
}
