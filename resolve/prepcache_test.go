package resolve

import (
	"fmt"
	"testing"

	"github.com/tizim/tizim/names"
)

// TestPrepCache checks that the cache gives each form its own prepared name, however many forms
// share its slots, remembers what fits, and stays at its size.
func TestPrepCache(t *testing.T) {
	c := newPrepCache(2 * cacheShards) // one pair of slots a shard
	var forms []*nameForm
	for i := range 500 {
		f, ok := splitName(fmt.Sprintf("memet tursun%c", 'a'+i%26) + fmt.Sprint(i))
		if !ok {
			t.Fatal("no form")
		}
		forms = append(forms, f)
	}
	for round := range 2 {
		for _, f := range forms {
			got := c.get(f)
			if want := names.Prepare(f.text); fmt.Sprint(*got) != fmt.Sprint(want) {
				t.Fatalf("round %d: %q prepared as another name", round, f.text)
			}
		}
	}
	last := forms[len(forms)-1]
	if c.get(last) != c.get(last) {
		t.Error("the form just prepared is prepared again")
	}
	for i := range c.shards {
		if n := len(c.shards[i].slots); n > 2 {
			t.Fatalf("shard %d holds %d slots", i, n)
		}
	}
}
