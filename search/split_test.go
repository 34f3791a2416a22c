package search

import (
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// A query that runs two names together (Gapparmemet) finds the record that keeps them apart
// (尕帕尔·买买提, or 尕帕尔买买提 read as two names), even among many people who share the rest of
// the name and so rank as high by everything else.
func TestSearchJoinsWhatTheRecordSplits(t *testing.T) {
	cases := []struct {
		query, record string
	}{
		{"Islam Gapparmemet", "伊斯拉木·尕帕尔买买提"},
		{"Gapparmemet Islam", "Islam Gappar Memet"},
		{"Tursunniyaz Islam", "吐尔逊·尼亚孜·伊斯拉木"},
	}
	for _, c := range cases {
		ix := New()
		for i := range 300 { // namesakes of the first or last name, added first
			ix.Add(rec(int64(i+1), int64(i+1), tizim.Internal, "Islam Tursun"))
			ix.Add(rec(int64(i+1001), int64(i+1001), tizim.Internal, "Ibrahim Tursun"))
		}
		ix.Add(rec(5000, 5000, tizim.Internal, c.record))
		hits := ix.Search(c.query, tizim.Sealed, 10)
		if len(hits) == 0 || hits[0].Person != 5000 {
			t.Errorf("Search(%q) with %q among 600 others: %v, want person 5000 first", c.query, c.record, hits)
		}
	}
}

func TestCutPairs(t *testing.T) {
	known := func(k string) bool { return k == "+gpl+mt" || k == "+nyz+tlsn" || k == "+gp+lmt" }
	tests := []struct {
		key  string
		want []string
	}{
		{"gaparmamat", []string{"+gp+lmt", "+gpl+mt"}}, // every cut the index knows
		{"tursunniyaz", []string{"+nyz+tlsn"}},         // the doubled n on both sides
		{"ilham", nil},                                 // too short to be two names
	}
	for _, tt := range tests {
		if got := cutPairs([]string{tt.key}, known); !slices.Equal(got, tt.want) {
			t.Errorf("cutPairs(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
