package resolve

import (
	"testing"

	"github.com/tizim/tizim"
)

// TestAlignedNameFrequency: a name in Chinese characters that only aligning finds equal to its
// Latin spelling counts as rare or common by all its parts, not by the one part the keys alone
// agreed on. 迪力夏提·阿不都热依木 and Dilshat Abdurehim share a key for Abdurehim only; with a
// tenth of the records Abdurehims and one Dilshat, the whole name is rare and gains weight, and
// with a tenth of them Dilshat Abdurehims it is common and loses it. The bound scoring uses before aligning leaves
// room for what aligning gives.
func TestAlignedNameFrequency(t *testing.T) {
	id := int64(0)
	rec := func(name string) *entry {
		id++
		return prepare(&tizim.Record{ID: id, Names: []tizim.Name{{Text: name}}})
	}
	pair := [2]*entry{rec("Dilshat Abdurehim"), rec("迪力夏提·阿不都热依木")}
	m := DefaultModel(Options{})
	for _, tt := range []struct {
		others string // 3,000 records of it beside the pair, among 30,000 of Kerim Ahmet
		rare   bool
	}{{"Abdurehim Kerim", true}, {"Dilshat Abdurehim", false}} {
		tf := newTermFreq()
		tf.add(pair[0])
		tf.add(pair[1])
		for k := range 30000 {
			if k < 3000 {
				tf.add(rec(tt.others))
			} else {
				tf.add(rec("Kerim Ahmet"))
			}
		}
		g := gridOf(pair[0], pair[1], tf)
		if keyed, open := g.keyed(); keyed.level == nameExact || !open {
			t.Fatalf("the keys alone find the names at level %d (open to aligning: %v)", keyed.level, open)
		}
		c := compare(pair[0], pair[1], tf)
		if c.v[fName] != nameExact {
			t.Fatalf("aligned at name level %d, want exact", c.v[fName])
		}
		adj := m.tfAdjust(&c)
		if tt.rare && adj <= 0 || !tt.rare && adj >= 0 {
			t.Errorf("beside %s: rarity adjustment %+.2f bits (log2 frequency %.2f)", tt.others, adj, c.logFreq)
		}
		if names := m.weights[fName][nameExact] + adj; m.headroom(&g, tf) < names-1e-9 {
			t.Errorf("beside %s: headroom %.2f bits, below the %.2f the names give", tt.others, m.headroom(&g, tf), names)
		}
	}
}

// TestCountForms: a batch gives each of its forms the frequencies the lookups give once its
// term frequencies are complete, and a Resolver, whose term frequencies grow with each record,
// gives its forms none, so that its comparisons follow the growing counts.
func TestCountForms(t *testing.T) {
	recs, _ := synthCorpus(t, 300, 5)
	b, err := newBatch(recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	forms := 0
	for _, e := range b.es {
		for _, f := range e.forms {
			forms++
			want := lookUpFreqs(f, b.tf)
			if f.freqs == nil || *f.freqs != want {
				t.Fatalf("form %q: frequencies %v, want %v", f.text, f.freqs, want)
			}
		}
	}
	if forms == 0 {
		t.Fatal("no forms in the batch")
	}
	r, err := NewResolver(b.train(nil), recs)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.es {
		for _, f := range e.forms {
			if f.freqs != nil {
				t.Fatalf("a Resolver's form %q has fixed frequencies", f.text)
			}
		}
	}
}
