package search

import (
	"fmt"
	"testing"

	"github.com/tizim/tizim"
)

func TestSearchClearance(t *testing.T) {
	ix := corpus()
	ix.Add(rec(30, 30, tizim.Sealed, "Dilraba Ekber"))
	ix.Add(rec(31, 1, tizim.Sealed, "Ilham Tohti"))
	cases := []struct {
		query     string
		clearance tizim.Consent
		person    int64
		records   int // records of the person in the hit; 0: the person must not be found
	}{
		{"Dilraba Ekber", tizim.Public, 30, 0},
		{"Dilraba Ekber", tizim.Internal, 30, 0},
		{"Dilraba Ekber", tizim.Sealed, 30, 1},
		{"Ilham Tohti", tizim.Internal, 1, 5},
		{"Ilham Tohti", tizim.Sealed, 1, 6},
		{"Ilham Tohti", tizim.Public, 1, 0},
	}
	for _, c := range cases {
		got := 0
		for _, h := range ix.Search(c.query, c.clearance, 10) {
			if h.Person == c.person {
				got = len(h.Records)
			}
		}
		if got != c.records {
			t.Errorf("Search(%q, %s): person %d with %d records, want %d", c.query, c.clearance, c.person, got, c.records)
		}
	}
}

// Hidden records must not move the scores a caller sees: the frequencies that weigh a query are
// those of the records the caller may see.
func TestSearchHiddenRecordsDoNotMoveScores(t *testing.T) {
	build := func(sealed int) *Index {
		ix := New()
		ix.Add(rec(1, 1, tizim.Public, "Dilraba Tursun"))
		ix.Add(rec(2, 2, tizim.Public, "Tursun Memet"))
		ix.Add(rec(3, 3, tizim.Public, "Aygul Tursun"))
		for i := range sealed {
			ix.Add(rec(int64(100+i), int64(100+i), tizim.Sealed, fmt.Sprintf("Dilraba %c", 'A'+i%26)))
		}
		return ix
	}
	plain, hidden := build(0), build(40)
	a := plain.Search("Dilraba Tursun", tizim.Public, 10)
	b := hidden.Search("Dilraba Tursun", tizim.Public, 10)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("sealed records changed what the public sees:\n%v\n%v", a, b)
	}
	if c := hidden.Search("Dilraba Tursun", tizim.Sealed, 10); fmt.Sprint(c) == fmt.Sprint(a) {
		t.Errorf("sealed clearance should see the sealed records too: %v", c)
	}
}

func TestAddReplacesRecord(t *testing.T) {
	ix := corpus()
	n := ix.Len()
	ix.Add(rec(12, 12, tizim.Internal, "Nurmemet Yasin"))
	if ix.Len() != n {
		t.Errorf("Len %d after replacing a record, want %d", ix.Len(), n)
	}
	for _, h := range ix.Search("Abdukerim Tursun", tizim.Sealed, 10) {
		for _, k := range h.Records {
			if k == (tizim.RecordKey{Source: "src", RecordID: rec(12, 0, "").RecordID}) {
				t.Errorf("the replaced name still finds the record: %v", h)
			}
		}
	}
	if hits := ix.Search("Nurmemet Yasin", tizim.Sealed, 1); len(hits) == 0 || hits[0].Person != 12 {
		t.Errorf("new name not found: %v", hits)
	}
	// Consent made more closed hides the record from a caller who saw it.
	ix.Add(rec(12, 12, tizim.Sealed, "Nurmemet Yasin"))
	if hits := ix.Search("Nurmemet Yasin", tizim.Internal, 1); len(hits) > 0 && hits[0].Person == 12 {
		t.Errorf("sealed record found with internal clearance: %v", hits)
	}
}

func TestMovedRecordsCollapseIntoOnePerson(t *testing.T) {
	ix := New()
	ix.Add(rec(1, 1, tizim.Internal, "Ilham Tohti"))
	ix.Add(rec(2, 2, tizim.Internal, "伊力哈木·土赫提"))
	if hits := ix.Search("Ilham Tohti", tizim.Sealed, 10); len(hits) != 2 {
		t.Fatalf("before the merge: %v", hits)
	}
	ix.Add(rec(2, 1, tizim.Internal, "伊力哈木·土赫提")) // record 2 now belongs to person 1
	hits := ix.Search("Ilham Tohti", tizim.Sealed, 10)
	if len(hits) != 1 || hits[0].Person != 1 || len(hits[0].Records) != 2 {
		t.Errorf("after the merge: %v, want one hit for person 1 with both records", hits)
	}
}
