package search

import (
	"testing"

	"github.com/tizim/tizim"
)

// TestSearchFindsWholeNameByWeakerKeys: a person written so that every part matches the query
// only by a skeleton or a neighbour key is found among hundreds of people who share one
// common part of the query exactly.
func TestSearchFindsWholeNameByWeakerKeys(t *testing.T) {
	surnames := []string{"Tursun", "Memet", "Hesen", "Ehmet", "Yasin", "Niyaz", "Sabir", "Rozi",
		"Tohti", "Abla", "Osman", "Yusup", "Kerim", "Ablet", "Rahman", "Ismail", "Hamut", "Imin",
		"Eysa", "Musa"}
	cases := []struct {
		query, common, person, weak string
	}{
		{"Mihriban Sadik", "Mihriban", "MIHERIBANU SHADIKE", "Shadike"},
	}
	for _, c := range cases {
		ix := New()
		id := int64(1)
		// people of other names, many of whom share the weaker keys of the person's second
		// part, so that those keys weigh little
		for _, a := range surnames {
			for _, b := range surnames {
				for range 16 {
					ix.Add(rec(id, id, tizim.Internal, a+"gul "+b))
					id++
					ix.Add(rec(id, id, tizim.Internal, b+" "+c.weak))
					id++
				}
			}
		}
		for range 15 {
			for _, s := range surnames {
				ix.Add(rec(id, id, tizim.Internal, c.common+" "+s))
				id++
			}
		}
		ix.Add(rec(id, id, tizim.Internal, c.person))
		hits := ix.Search(c.query, tizim.Sealed, 10)
		found := false
		for _, h := range hits {
			found = found || h.Person == id
		}
		if !found {
			t.Errorf("Search(%q) among 300 people named %s: %s not in the first ten: %v", c.query, c.common, c.person, hits)
		}
	}
}

// TestSearchMarksCommonNeighbours: a part one letter away from the query's (Ushur for Hoshur)
// counts towards covering the query even when that neighbour is too common to walk: the
// person is found among 300 people who share the other part exactly.
func TestSearchMarksCommonNeighbours(t *testing.T) {
	given := []string{"Tursun", "Memet", "Hesen", "Ehmet", "Yasin", "Niyaz", "Sabir", "Rozi",
		"Tohti", "Abla", "Osman", "Yusup", "Kerim", "Ablet", "Rahman", "Ismail", "Hamut", "Imin",
		"Eysa", "Musa"}
	ix := New()
	id := int64(1)
	add := func(name string) {
		ix.Add(rec(id, id, tizim.Internal, name))
		id++
	}
	// 24,000 records with the neighbour Ushur: more than a query walks
	for i := range 24000 {
		add(given[i%len(given)] + "gul " + given[i/len(given)%len(given)] + " Ushur")
	}
	for i := range 300 {
		add("Nurgul " + given[i%len(given)] + []string{"jan", "bek", "ali"}[i/len(given)%3])
	}
	add("Nurgul Ushur")
	hits := ix.Search("Nurgul Hoshur", tizim.Sealed, 10)
	for _, h := range hits {
		if h.Person == id-1 {
			return
		}
	}
	t.Errorf("Search(Nurgul Hoshur) among 300 people named Nurgul: Nurgul Ushur not in the first ten: %v", hits)
}
