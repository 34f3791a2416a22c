package resolve

import "testing"

// TestHomesAndListsKeptApart: texts that join alike ("a\x00b" and "a", "b"; a place that holds
// a code) stay different lists and homes in the form cache, however hostile a record's codes.
func TestHomesAndListsKeptApart(t *testing.T) {
	c := newFormCache()
	one, two := c.internAll([]string{"653101\x00650102"}), c.internAll([]string{"653101", "650102"})
	if len(one) != 1 || len(two) != 2 {
		t.Errorf("lists %q and %q: one taken for the other", one, two)
	}
	h1, h2 := c.home([]string{"653101"}, "Kashgar"), c.home(nil, "Kashgar653101")
	h3 := c.home([]string{"653101"}, "Kashgar")
	if h1 == h2 || h1 != h3 || h2.place != "Kashgar653101" || len(h2.codes) != 0 {
		t.Errorf("homes: %+v and %+v shared or %+v not", h1, h2, h3)
	}
}
