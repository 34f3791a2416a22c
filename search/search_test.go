package search

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// rec makes a record of one source with one or more full names (forms).
func rec(id, person int64, consent tizim.Consent, forms ...string) *tizim.Record {
	r := &tizim.Record{ID: id, PersonID: person, Source: "src", RecordID: string(rune('a'+id%26)) + strings.Repeat("x", int(id/26)), Consent: consent}
	for _, f := range forms {
		r.Names = append(r.Names, tizim.Name{Text: f, Role: tizim.FullName})
	}
	return r
}

// corpus is one person written in every script, and people who share some of the name.
func corpus() *Index {
	ix := New()
	for i, f := range []string{"伊力哈木·土赫提", "YILIHAMU TUHETI", "ئىلھام توختى", "Илһам Тохти", "Ilham Tohti"} {
		ix.Add(rec(int64(1+i), 1, tizim.Internal, f))
	}
	ix.Add(rec(10, 10, tizim.Internal, "Ilham Memet"))
	ix.Add(rec(11, 11, tizim.Internal, "Tursun Memet"))
	ix.Add(rec(12, 12, tizim.Internal, "Abdukerim Tursun"))
	ix.Add(rec(13, 12, tizim.Internal, "阿不都克力木吐尔逊"))
	ix.Add(rec(14, 14, tizim.Internal, "Tursunay Memet"))
	ix.Add(rec(15, 15, tizim.Internal, "Memet Tohti"))
	ix.Add(rec(16, 16, tizim.Internal, "Gulnar Ilham"))
	ix.Add(rec(17, 17, tizim.Internal, "Abdukerim Hesen"))
	return ix
}

func TestSearchAcrossScripts(t *testing.T) {
	ix := corpus()
	cases := []struct {
		query string
		want  int64 // the person that must come first
	}{
		{"伊力哈木·土赫提", 1},
		{"YILIHAMU TUHETI", 1},
		{"ئىلھام توختى", 1},
		{"Илһам Тохти", 1},
		{"Ilham Toxti", 1},
		{"Ilham Tohti", 1},
		{"ilham tokhti", 1},
		{"Tohti Ilham", 1},
		{"Abdukerim Tursun", 12},
		{"阿不都克力木吐尔逊", 12},
		{"ئابدۇكېرىم تۇرسۇن", 12},
		{"Tursunay Memet", 14},
		{"Tursun Memet", 11},
	}
	for _, c := range cases {
		hits := ix.Search(c.query, tizim.Sealed, 5)
		if len(hits) == 0 || hits[0].Person != c.want {
			t.Errorf("Search(%q) = %v, want person %d first", c.query, hits, c.want)
		}
	}
}

func TestSearchOneHitPerPerson(t *testing.T) {
	hits := corpus().Search("Ilham Tohti", tizim.Sealed, 10)
	seen := map[int64]bool{}
	for _, h := range hits {
		if seen[h.Person] {
			t.Errorf("person %d appears twice in %v", h.Person, hits)
		}
		seen[h.Person] = true
	}
	if len(hits) == 0 || len(hits[0].Records) != 5 {
		t.Fatalf("first hit %v: want the 5 records of person 1", hits)
	}
	if hits[0].Score < 0.9 {
		t.Errorf("exact name scored %v", hits[0].Score)
	}
}

func TestSearchPartialName(t *testing.T) {
	hits := corpus().Search("Ilham", tizim.Sealed, 10)
	found := map[int64]bool{}
	for _, h := range hits {
		found[h.Person] = true
	}
	for _, p := range []int64{1, 10, 16} {
		if !found[p] {
			t.Errorf("Search(Ilham) = %v, missing person %d", hits, p)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	ix := corpus()
	if hits := ix.Search("Memet", tizim.Sealed, 2); len(hits) != 2 {
		t.Errorf("limit 2 gave %d hits", len(hits))
	}
	if hits := ix.Search("Memet", tizim.Sealed, 0); len(hits) < 3 {
		t.Errorf("default limit gave %d hits", len(hits))
	}
}

func TestSearchBadInput(t *testing.T) {
	ix := corpus()
	for _, q := range []string{"", "   ", "...,,,", "\xff\xfe\xfd", "\u202eIlham\u202c", strings.Repeat("Ilham ", 2000), strings.Repeat("伊", 10000), "a\x00b"} {
		hits := ix.Search(q, tizim.Sealed, 10)
		for _, h := range hits {
			if h.Score < 0 || h.Score > 1 {
				t.Errorf("Search(%.20q): score %v outside [0, 1]", q, h.Score)
			}
		}
	}
	if hits := ix.Search("\u202eIlham Tohti\u202c", tizim.Sealed, 1); len(hits) == 0 || hits[0].Person != 1 {
		t.Errorf("bidi controls around a name: %v", hits)
	}
}

// Searches run while records are added: run with -race.
func TestSearchWhileAdding(t *testing.T) {
	ix := corpus()
	done := make(chan bool)
	go func() {
		for i := range 300 {
			ix.Add(rec(int64(1000+i), int64(1000+i), tizim.Internal, "Memet Tursun", "Ilham Memet"))
		}
		close(done)
	}()
	for {
		select {
		case <-done:
			if hits := ix.Search("Memet Tursun", tizim.Sealed, 400); len(hits) < 300 {
				t.Errorf("after the adds: %d hits, want at least 300", len(hits))
			}
			return
		default:
			if hits := ix.Search("Ilham Tohti", tizim.Sealed, 1); len(hits) == 0 || hits[0].Person != 1 {
				t.Fatalf("during the adds: %v", hits)
			}
		}
	}
}
