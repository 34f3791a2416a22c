package resolve

import (
	"slices"
	"testing"
	"unsafe"
)

// TestEntrySize: an entry stays within the 136 bytes its comment and the memory measured at a
// million people count on (two and a half million of them are live while a batch resolves).
func TestEntrySize(t *testing.T) {
	if n := unsafe.Sizeof(entry{}); n > 136 {
		t.Errorf("an entry is %d bytes, more than 136", n)
	}
}

// TestEntrySlabsKeepEntries: entries prepared in runs, with what they keep cut from slabs,
// are the entries prepared one by one: their names, identity numbers and facilities.
func TestEntrySlabsKeepEntries(t *testing.T) {
	records, _ := synthCorpus(t, 3000, 11)
	es := prepareAll(records, 3, newFormCache())
	ids, facs := 0, 0
	for i, r := range records {
		got, want := es[i], prepare(r)
		if len(got.forms) != len(want.forms) {
			t.Fatalf("record %d: %d name forms in a run, %d alone", r.ID, len(got.forms), len(want.forms))
		}
		for k := range got.forms {
			if got.forms[k].text != want.forms[k].text || !slices.Equal(got.forms[k].parts, want.forms[k].parts) {
				t.Fatalf("record %d: form %q in a run, %q alone", r.ID, got.forms[k].text, want.forms[k].text)
			}
		}
		g, w := *got.idn, *want.idn
		if g.norm != w.norm || g.prc != w.prc || g.valid != w.valid || g.birth != w.birth || g.sex != w.sex ||
			!slices.Equal(g.counties, w.counties) {
			t.Fatalf("record %d: identity number %+v in a run, %+v alone", r.ID, g, w)
		}
		if !slices.Equal(got.facs, want.facs) {
			t.Fatalf("record %d: facilities %q in a run, %q alone", r.ID, got.facs, want.facs)
		}
		if g.norm != "" {
			ids++
		}
		facs += len(got.facs)
	}
	if ids < 1000 || facs < 1000 {
		t.Fatalf("only %d identity numbers and %d facilities compared", ids, facs)
	}
}
