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
