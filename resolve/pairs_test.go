package resolve

import (
	"math/rand/v2"
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
		acc := pagesOf(tt.acc)
		mergeVotes(acc, tt.ps, tt.votes)
		if got := acc.words(); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %x, want %x", tt.name, got, tt.want)
		}
	}
}

// TestMergeVotesAcrossPages merges passes of random pairs, more than a page of them, and holds
// the result to votes added up in a map: pairs that straddle pages, shared or not, keep their
// order and their votes, and pages no longer needed are set aside.
func TestMergeVotesAcrossPages(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	acc := &pairPages{}
	want := map[uint64]uint64{}
	for pass, n := range []int{pageWords + 999, 2*pageWords + 5, 300, 0, pageWords / 2} {
		votes := uint64(1 + pass%3)
		var ps []uint64
		for range n {
			i := int32(rng.IntN(5000))
			ps = append(ps, packPair(i, i+1+int32(rng.IntN(300))))
		}
		slices.Sort(ps)
		ps = slices.Compact(ps)
		for _, w := range ps {
			want[w] = min(votesMask, want[w]+votes)
		}
		mergeVotes(acc, ps, votes)
		got := acc.words()
		if len(got) != len(want) || len(acc.pages) != (len(want)+pageMask)/pageWords {
			t.Fatalf("pass %d: %d pairs in %d pages, want %d", pass, len(got), len(acc.pages), len(want))
		}
		if !slices.IsSorted(got) {
			t.Fatalf("pass %d: pairs out of order", pass)
		}
		for _, w := range got {
			if v := want[w&^votesMask]; w&votesMask != v {
				t.Fatalf("pass %d: pair %x has %d votes, want %d", pass, w&^votesMask, w&votesMask, v)
			}
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
		es[i] = &entry{idn: &noID, id: int64(i + 1), at: &home{codes: []string{"653101"}}, birth: span("1980")}
	}
	es[4].at = &home{codes: []string{"650102"}}
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
	for _, w := range limitPairs(pagesOf(acc), es, k, workers) {
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

// TestBatchKeys: a record born "about 1970" meets records of its name, home and month of arrest
// born in 1969, 1970 or 1971 in the passes on a birth year, and not one born in 1972 or 1968;
// records with exact years meet in name_home_year when the years agree; an exact year gets no
// keys of the other passes from batchKeys. The pairs' passes are read as training reads them.
func TestBatchKeys(t *testing.T) {
	rec := func(born string) *entry {
		d, err := tizim.ParseEDTF(born)
		if err != nil {
			t.Fatal(err)
		}
		taken, _ := tizim.ParseDate("2017-07-20")
		return prepare(&tizim.Record{ID: 1, Names: []tizim.Name{{Text: "Dilmurat Pazil"}}, BirthDate: d,
			HomeCode: "652926", Episodes: []tizim.Episode{{Start: taken}}})
	}
	tests := []struct {
		pass  int
		a, b  string
		share bool
	}{
		{passNameYear, "1970~", "1969-06-26", true},
		{passNameYear, "1970~", "1971", true},
		{passNameYear, "1970~", "1972", false},
		{passSkeletonYear, "1970~", "1969-06-26", true},
		{passSkeletonYear, "1970~", "1972-01-01", false},
		{passYearHomeTaken, "1970~", "1971-01-02", true},
		{passYearHomeTaken, "1970~", "1968", false},
		{passNameHomeYear, "1970~", "1969", true},
		{passNameHomeYear, "1980", "1980-05-01", true},
		{passNameHomeYear, "1980", "1981-05-01", false},
	}
	for _, tt := range tests {
		// passesOf is how training tells the passes of a pair.
		if shared := passesOf(rec(tt.a), rec(tt.b))&(1<<tt.pass) != 0; shared != tt.share {
			t.Errorf("%s: %s and %s share a key: %v, want %v", passNames[tt.pass], tt.a, tt.b, shared, tt.share)
		}
	}
	batchKeys(rec("1970"), func(pass int, _ uint64) {
		if pass != passNameHomeYear {
			t.Errorf("an exact year got a batch key of %s", passNames[pass])
		}
	})
}

// TestLimitPairsPrefersArrest: among partners alike in votes, home and birth year, a record keeps
// the one taken in the same month, then the same year, then one with no date, and partners taken
// years apart last.
func TestLimitPairsPrefersArrest(t *testing.T) {
	date := func(s string) span {
		if s == "" {
			return span{}
		}
		d, err := tizim.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return spanOf(d)
	}
	taken := []string{"2017-08", "2014", "", "2015-06", "2017", "2017-08-14", "", "", "", "", ""}
	es := make([]*entry, len(taken))
	for i := range es {
		es[i] = &entry{idn: &noID, id: int64(i + 1), at: &home{codes: []string{"653101"}}, birth: date("1985"), detained: date(taken[i])}
	}
	acc := rivalPairs()
	tests := []struct {
		k    int
		want []int32
	}{
		{1, []int32{5}},       // the same month, to the day
		{2, []int32{4, 5}},    // then the same year
		{3, []int32{2, 4, 5}}, // then no date: nothing for or against
		{5, []int32{1, 2, 3, 4, 5}},
	}
	for _, tt := range tests {
		if got := keptBy0(acc, es, tt.k); !slices.Equal(got, tt.want) {
			t.Errorf("at most %d: record 0 keeps %v, want %v", tt.k, got, tt.want)
		}
	}
}

// TestLimitPairsPrefersVerdict: among partners alike in votes, home and birth year, a record
// with a verdict keeps the one sentenced alike for a charge in common first, and partners with
// another sentence for other charges last.
func TestLimitPairsPrefersVerdict(t *testing.T) {
	verdicts := []tizim.Episode{{Sentence: "10 years", Charges: "separatism"},
		{Sentence: "5 years", Charges: "寻衅滋事罪"}, {}, {Sentence: "有期徒刑10年", Charges: "分裂国家罪"},
		{Sentence: "10 years", Charges: "inciting ethnic hatred"}, {Sentence: "life", Charges: "separatism"},
		{}, {}, {}, {}, {}, {}}
	es := make([]*entry, len(verdicts))
	for i := range es {
		r := &tizim.Record{ID: int64(i + 1), HomeCode: "653101", BirthDate: tizim.PartialDate{Year: 1985},
			Episodes: []tizim.Episode{verdicts[i]}}
		es[i] = prepare(r)
	}
	acc := rivalPairs()
	tests := []struct {
		k    int
		want []int32
	}{
		{1, []int32{3}}, // the same sentence and charge, in other words
		// then, alike, no verdict (nothing for or against) and the same sentence for another
		// charge (as much for as against): a tie keeps both
		{2, []int32{2, 3, 4}},
		{4, []int32{2, 3, 4, 5}},    // then the same charge with another sentence
		{5, []int32{1, 2, 3, 4, 5}}, // another sentence for another charge last
	}
	for _, tt := range tests {
		if got := keptBy0(acc, es, tt.k); !slices.Equal(got, tt.want) {
			t.Errorf("at most %d: record 0 keeps %v, want %v", tt.k, got, tt.want)
		}
	}
}

// rivalPairs are the counted pairs of entry 0 with entries 1 to 5, one vote each, where each of
// 1 to 5 has five stronger pairs of its own (with 6 to 10): which of them 0 keeps is up to 0.
func rivalPairs() []uint64 {
	var acc []uint64
	for j := int32(1); j <= 5; j++ {
		acc = append(acc, packPair(0, j)|1)
		for o := int32(6); o <= 10; o++ {
			acc = append(acc, packPair(j, o)|9)
		}
	}
	slices.Sort(acc)
	return acc
}

// keptBy0 returns the partners of entry 0 that limitPairs keeps, at most k pairs an entry.
func keptBy0(acc []uint64, es []*entry, k int) []int32 {
	var got []int32
	for _, w := range limitPairs(pagesOf(acc), es, k, 1) {
		if i, j := unpair(w); i == 0 {
			got = append(got, j)
		}
	}
	return got
}
