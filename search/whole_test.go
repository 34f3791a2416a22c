package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// TestSearchOnePartFindsItsOwnName: a query of one part whose skeleton's neighbours are rarer
// than the part itself, and more than the cap a whole query brings, still finds the records
// that have the part. Walked rarest first, the neighbours (Abliz is one letter from Rozi's
// skeleton) filled the candidates past the cap before Rozi's own records were read, and the
// search found no Rozi at all.
func TestSearchOnePartFindsItsOwnName(t *testing.T) {
	ix := New()
	id := int64(1)
	add := func(n int, name string) {
		for i := range n {
			ix.Add(rec(id, id, tizim.Public, fmt.Sprintf("%s %s", []string{"Memet", "Tursun", "Ehmet", "Erkin"}[i%4], name)))
			id++
		}
	}
	add(wholeCap+200, "Abliz")
	add(wholeCap+400, "Rozi")
	hits := ix.Search("Rozi", tizim.Public, 20)
	if len(hits) != 20 {
		t.Fatalf("Search(Rozi) gave %d hits, want 20", len(hits))
	}
	for _, h := range hits {
		if !strings.HasSuffix(h.Name, " Rozi") {
			t.Errorf("Search(Rozi) found %q (score %v) among the first 20; there are %d records of Rozi", h.Name, h.Score, wholeCap+400)
		}
	}
}
