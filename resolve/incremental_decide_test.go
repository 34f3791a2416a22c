package resolve

import (
	"reflect"
	"testing"
)

// TestDecideAsResolve checks that incremental resolution, which prepares a record once and
// compares with a memo, decides as Resolve does (a record prepared for the call, no memo): the
// same person, judgement and review pairs for each record of a synthetic corpus resolved
// against the rest, one at a time, each added after it is decided, through Resolve and Add on
// one resolver and decide and addEntry on another.
func TestDecideAsResolve(t *testing.T) {
	recs, _ := fixture(300, 3)
	base, fresh := recs[:len(recs)-120], recs[len(recs)-120:]
	m := DefaultModel(Options{})
	viaResolve, err := NewResolver(m, base)
	if err != nil {
		t.Fatal(err)
	}
	viaDecide, err := NewResolver(m, base)
	if err != nil {
		t.Fatal(err)
	}
	mc := newMemo()
	linked, reviewed := 0, 0
	for _, rec := range fresh {
		want, err := viaResolve.Resolve(rec)
		if err != nil {
			t.Fatal(err)
		}
		e := prepare(rec)
		got := viaDecide.decide(e, mc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("record %d: decide gives %+v, Resolve %+v", rec.ID, got, want)
		}
		if want.Person != 0 {
			linked++
		}
		reviewed += len(want.Review)
		moved := *rec
		moved.PersonID = want.Person
		if err := viaResolve.Add(&moved); err != nil {
			t.Fatal(err)
		}
		viaDecide.addEntry(e, personOf(&moved))
	}
	if linked == 0 || reviewed == 0 {
		t.Fatalf("%d linked and %d review pairs: the corpus does not exercise both", linked, reviewed)
	}
	if viaDecide.Len() != viaResolve.Len() {
		t.Fatalf("indexed %d, want %d", viaDecide.Len(), viaResolve.Len())
	}
}
