package resolve

import (
	"slices"
	"sync"
	"testing"
)

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

// TestFormSlabsKeepForms: the forms a cache keeps in its slabs, texts and all, are the forms
// splitting gives, after thousands more have filled slab after slab, split on several
// goroutines at once; and every phonetic key's text is the text of its hash.
func TestFormSlabsKeepForms(t *testing.T) {
	records, _ := synthCorpus(t, 3000, 7)
	for _, later := range []bool{false, true} {
		c := newFormCache()
		c.later = later
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := w; k < len(records); k += 4 {
					for _, n := range records[k].Names {
						c.split(n.Text)
					}
				}
			}()
		}
		wg.Wait()
		n := 0
		for _, r := range records {
			for _, name := range r.Names {
				got, ok := c.split(name.Text)
				want, wok := splitName(name.Text)
				if ok != wok {
					t.Fatalf("%q: split %v through the cache, %v without", name.Text, ok, wok)
				}
				if !ok {
					continue
				}
				n++
				if got.text != want.text || !slices.Equal(got.parts, want.parts) || !slices.Equal(got.vals, want.vals) ||
					got.off != want.off || got.whole != want.whole || got.sounds != want.sounds ||
					got.other != want.other || got.pinyin != want.pinyin || got.shapes != want.shapes {
					t.Fatalf("%q: the cache keeps %+v, splitting gives %+v", name.Text, *got, *want)
				}
			}
		}
		if n < 5000 {
			t.Fatalf("only %d names compared", n)
		}
		for h, k := range c.keyTexts() {
			if hashString(k) != h {
				t.Fatalf("key %q kept under the hash of another", k)
			}
		}
	}
}
