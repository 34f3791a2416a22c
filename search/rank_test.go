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
