package resolve

import (
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

func TestPassGroupsCoverEveryPassOnce(t *testing.T) {
	var seen uint16
	for _, g := range passGroups {
		if seen&g != 0 {
			t.Errorf("group %b repeats passes %b", g, seen&g)
		}
		seen |= g
	}
	if want := uint16(1)<<nPasses - 1; seen != want {
		t.Errorf("groups cover passes %b, want %b", seen, want)
	}
}

func TestMergeVotes(t *testing.T) {
	p := func(i, j int32, v uint64) uint64 { return packPair(i, j) | v }
	tests := []struct {
		name    string
		acc, ps []uint64
		votes   uint64
		want    []uint64
	}{
		{"into nothing", nil, []uint64{p(0, 1, 0), p(2, 3, 0)}, 1, []uint64{p(0, 1, 1), p(2, 3, 1)}},
		{"nothing new", []uint64{p(0, 1, 2)}, nil, 1, []uint64{p(0, 1, 2)}},
		{"shared pairs add votes", []uint64{p(0, 1, 1), p(1, 2, 1), p(5, 6, 3)}, []uint64{p(0, 1, 0), p(3, 4, 0), p(5, 6, 0), p(7, 8, 0)}, 8,
			[]uint64{p(0, 1, 9), p(1, 2, 1), p(3, 4, 8), p(5, 6, 11), p(7, 8, 8)}},
		{"votes saturate", []uint64{p(0, 1, 250)}, []uint64{p(0, 1, 0)}, 8, []uint64{p(0, 1, votesMask)}},
	}
	for _, tt := range tests {
		if got := mergeVotes(slices.Clone(tt.acc), tt.ps, tt.votes); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %x, want %x", tt.name, got, tt.want)
		}
	}
}

// TestLimitPairsKeepsStrongest: a record in many blocks keeps the pairs that more passes found,
// then the one of its home and birth year; a pair its other record keeps stays too.
func TestLimitPairsKeepsStrongest(t *testing.T) {
	span := func(s string) span {
		d, err := tizim.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return spanOf(d)
	}
	es := make([]*entry, 12)
	for i := range es {
		es[i] = &entry{idn: &noID, id: int64(i + 1), home: []string{"653101"}, birth: span("1980")}
	}
	es[4].home = []string{"650102"}
	es[5].birth = span("1990")
	acc := []uint64{packPair(0, 1) | 5, packPair(0, 2) | 3, packPair(0, 3) | 1, packPair(0, 4) | 1, packPair(0, 5) | 1}
	for j := int32(1); j <= 5; j++ { // records 1-5 each have three stronger pairs of their own
		acc = append(acc, packPair(j, 9)|9, packPair(j, 10)|9, packPair(j, 11)|9)
	}
	acc = append(acc, packPair(6, 7)|1) // a pair of records with nothing else
	slices.Sort(acc)
	tests := []struct {
		k    int
		want []int32
	}{
		{2, []int32{1, 2}},
		{3, []int32{1, 2, 3}},
		{5, []int32{1, 2, 3, 4, 5}},
		{-1, []int32{1, 2, 3, 4, 5}},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 2, 5} {
			limitKeepsStrongest(t, acc, es, tt.k, workers, tt.want)
		}
	}
}

// limitKeepsStrongest checks that limiting acc to k pairs a record on workers goroutines keeps
// record 0's partners want and the lone pair of records 6 and 7.
func limitKeepsStrongest(t *testing.T, acc []uint64, es []*entry, k, workers int, want []int32) {
	t.Helper()
	var partners []int32
	other := false
	for _, w := range limitPairs(slices.Clone(acc), es, k, workers) {
		switch i, j := unpair(w); i {
		case 0:
			partners = append(partners, j)
		case 6:
			other = j == 7
		}
	}
	if !slices.Equal(partners, want) || !other {
		t.Errorf("at most %d, %d workers: record 0 keeps %v, want %v; lone pair kept %v", k, workers, partners, want, other)
	}
}

// TestApproxYearKeys: a record born "about 1970" meets a record of the same name born in 1969,
// 1970 or 1971 in a name_year block, and not one born in 1972; an exact year gets no extra keys.
func TestApproxYearKeys(t *testing.T) {
	rec := func(id int64, born string) *entry {
		d, err := tizim.ParseEDTF(born)
		if err != nil {
			t.Fatal(err)
		}
		return prepare(&tizim.Record{ID: id, Names: []tizim.Name{{Text: "Dilmurat"}}, BirthDate: d})
	}
	nameYear := func(e *entry, extra bool) map[uint64]bool {
		out := map[uint64]bool{}
		emit := func(pass int, key uint64) {
			if pass == passNameYear {
				out[key] = true
			}
		}
		if extra {
			approxYearKeys(e, emit)
		} else {
			blockKeys(e, emit)
		}
		return out
	}
	about := nameYear(rec(1, "1970~"), true)
	tests := []struct {
		born string
		want bool
	}{{"1969-06-26", true}, {"1970", true}, {"1971-01-02", true}, {"1972", false}, {"1968", false}}
	for _, tt := range tests {
		shared := false
		for k := range nameYear(rec(2, tt.born), false) {
			shared = shared || about[k]
		}
		if shared != tt.want {
			t.Errorf("1970~ and %s share a name_year key: %v, want %v", tt.born, shared, tt.want)
		}
	}
	if n := len(nameYear(rec(3, "1970"), true)); n != 0 {
		t.Errorf("an exact year got %d extra keys, want none", n)
	}
}
