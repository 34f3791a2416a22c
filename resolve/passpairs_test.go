package resolve

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// TestCandidatePairsWorkers: however many workers compute the keys, make, sort and limit the
// pairs, blocking finds the same pairs and counts the same skipped and windowed blocks, with
// blocks small, windowed and skipped (synthetic records from a few names, homes and years).
func TestCandidatePairsWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	given := []string{"Memet", "Abdurehim", "Gulnar", "Ilham", "Mihrigul", "Tursun"}
	family := []string{"Tursun", "Tohti", "Yasin", "Abla", "Qadir", "Hoshur", "Niyaz"}
	homes := []string{"650102", "653101", "653121", "652101"}
	var es []*entry
	for i := range 6000 {
		r := &tizim.Record{ID: int64(i + 1),
			Names:     []tizim.Name{{Text: given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))]}},
			HomeCode:  homes[rng.IntN(len(homes))],
			BirthDate: tizim.PartialDate{Year: 1960 + rng.IntN(30), Month: 1 + rng.IntN(12)}}
		if rng.IntN(3) == 0 {
			r.Sex = tizim.Female
		}
		es = append(es, prepare(r))
	}
	defer func(n int) { keyRun = n }(keyRun)
	for _, maxBlock := range []int{8, 40, 1000} {
		keyRun = 1 << 14 // one run of keys
		want, wantStats := candidatePairs(es, maxBlock, DefaultMaxPairs, 1)
		keyRun = 333 // runs of keys made at once
		if len(want) == 0 {
			t.Fatalf("max block %d: no pairs", maxBlock)
		}
		if maxBlock == 8 && (len(wantStats.Skipped) == 0 || len(wantStats.Windowed) == 0) {
			t.Fatalf("max block %d: the test skips %v and windows %v blocks: it should do both", maxBlock, wantStats.Skipped, wantStats.Windowed)
		}
		for _, workers := range []int{2, 3} {
			got, st := candidatePairs(es, maxBlock, DefaultMaxPairs, workers)
			if !slices.Equal(got, want) {
				t.Errorf("max block %d, %d workers: %d pairs, want the %d of one worker", maxBlock, workers, len(got), len(want))
			}
			if st.Pairs != wantStats.Pairs || st.Counted != wantStats.Counted || !maps.Equal(st.Skipped, wantStats.Skipped) ||
				!maps.Equal(st.SkippedRecords, wantStats.SkippedRecords) || !maps.Equal(st.Windowed, wantStats.Windowed) {
				t.Errorf("max block %d, %d workers: stats %s, want %s", maxBlock, workers, fmt.Sprint(st), fmt.Sprint(wantStats))
			}
		}
	}
}

// TestBlockRuns: the runs cover the keys once, in order, and never cut a block.
func TestBlockRuns(t *testing.T) {
	const shift = 8
	keys := []uint64{1 << shift, 1<<shift | 1, 1<<shift | 2, 2 << shift, 3 << shift, 3<<shift | 1, 3<<shift | 2, 3<<shift | 3, 9 << shift}
	for n := 1; n <= 12; n++ {
		runs := blockRuns(keys, shift, n)
		at := 0
		for _, r := range runs {
			if r[0] != at || r[1] <= r[0] {
				t.Fatalf("%d runs: %v do not cover the keys in order", n, runs)
			}
			if r[1] < len(keys) && keys[r[1]]>>shift == keys[r[1]-1]>>shift {
				t.Errorf("%d runs: %v cut a block at %d", n, runs, r[1])
			}
			at = r[1]
		}
		if at != len(keys) || len(runs) > n {
			t.Errorf("%d runs: %v", n, runs)
		}
	}
}

// TestWindowedOrders: in a large block, two records of one rare whole name whose birth dates
// and homes put them at the two ends of the first order meet in the second, by name; no
// member has more than window pairs of its own making, and the pairs are the block's members.
func TestWindowedOrders(t *testing.T) {
	homes := []string{"650102", "653101", "653121", "652101"}
	var es []*entry
	var block []int32
	add := func(r *tizim.Record) int32 {
		i := int32(len(es))
		r.ID = int64(i + 1)
		es = append(es, prepare(r))
		block = append(block, i)
		return i
	}
	for k := range 60 {
		add(&tizim.Record{Names: []tizim.Name{{Text: "Memet Tursun"}}, HomeCode: homes[k%len(homes)],
			BirthDate: tizim.PartialDate{Year: 1980, Month: 1 + k%12, Day: 1 + k%28}})
	}
	// the first order puts a record without a home first, and 653121's 31 December last
	a := add(&tizim.Record{Names: []tizim.Name{{Text: "Memet Qurbanniyaz"}}, BirthDate: tizim.PartialDate{Year: 1980}})
	b := add(&tizim.Record{Names: []tizim.Name{{Text: "Memet Qurbanniyaz"}}, HomeCode: "653121",
		BirthDate: tizim.PartialDate{Year: 1980, Month: 12, Day: 31}})
	first, second := windows(DefaultMaxBlock)
	rankHomes(es)
	cs := appendWindowed(nil, &window{}, es, block, first, second)
	if len(cs) > len(block)*(first+second) {
		t.Errorf("%d pairs from a block of %d, want at most %d", len(cs), len(block), len(block)*(first+second))
	}
	found := false
	for _, p := range cs {
		i, j, _ := unpackPair(p)
		if i >= j || !slices.Contains(block, i) || !slices.Contains(block, j) {
			t.Fatalf("pair (%d, %d) is not two members in order", i, j)
		}
		found = found || (i == a && j == b)
	}
	if !found {
		t.Errorf("the two records of Memet Qurbanniyaz are not paired")
	}
	// the first order alone, as before: they are not
	cs = appendWindowed(nil, &window{}, es, slices.Clone(block), first+second, 0)
	for _, p := range cs {
		if i, j, _ := unpackPair(p); i == a && j == b {
			t.Errorf("in the first order alone, the two are paired: the case tests nothing")
		}
	}
}

// TestWindowedHomeOrder: the first order of a windowed block is by year, then home, then
// date, the homes ordered by their codes' text (rankHomes): with a window of one, the records
// of one home and year are each other's neighbours even when the dates alternate between
// homes; a record without a home comes first.
func TestWindowedHomeOrder(t *testing.T) {
	var es []*entry
	for k, r := range []struct {
		home string
		day  int
	}{{"653121", 1}, {"650102", 2}, {"653121", 3}, {"650102", 4}, {"", 5}} {
		es = append(es, prepare(&tizim.Record{ID: int64(k + 1), Names: []tizim.Name{{Text: "Memet Tursun"}},
			HomeCode: r.home, BirthDate: tizim.PartialDate{Year: 1980, Month: 3, Day: r.day}}))
	}
	rankHomes(es)
	var got [][2]int32
	for _, p := range appendWindowed(nil, &window{}, es, []int32{0, 1, 2, 3, 4}, 1, 0) {
		i, j, _ := unpackPair(p)
		got = append(got, [2]int32{i, j})
	}
	// the order: 4 (no home), 1 and 3 (650102, days 2 and 4), 0 and 2 (653121, days 1 and 3)
	want := [][2]int32{{1, 4}, {1, 3}, {0, 3}, {0, 2}}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
}

// TestSoundsAcrossScripts: a name in Chinese characters and its Latin spelling are one term in
// sound classes (nameForm.sounds, appendWindowed's second order) though not in keys; two
// different names are not.
func TestSoundsAcrossScripts(t *testing.T) {
	form := func(text string) *nameForm {
		f, _, ok := splitNameKeys(text, false)
		if !ok {
			t.Fatalf("%s: no form", text)
		}
		return f
	}
	han, latin, other := form("迪力夏提"), form("Dilshat"), form("Dilnur")
	if han.sounds != latin.sounds {
		t.Errorf("迪力夏提 and Dilshat: sounds %x and %x, want one", han.sounds, latin.sounds)
	}
	if han.whole == latin.whole {
		t.Errorf("迪力夏提 and Dilshat are one whole name already: the case tests nothing")
	}
	if other.sounds == latin.sounds {
		t.Errorf("Dilnur and Dilshat: one term in sound classes")
	}
}

// BenchmarkCandidatePairs finds the candidate pairs of the generator's corpus
// (TIZIM_BENCH_PEOPLE people, 200,000 by default; about 2.5 records each) on two workers, as
// tizim dedup does. It reports the CPU time, the pairs counted (each pass's distinct pairs,
// before they are merged) and the pairs kept.
func BenchmarkCandidatePairs(b *testing.B) {
	n := 200_000
	if s := os.Getenv("TIZIM_BENCH_PEOPLE"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	recs, _ := synthCorpus(b, n, 1)
	bt, err := newBatch(recs, Options{})
	if err != nil {
		b.Fatal(err)
	}
	cpu := time.Duration(0)
	for b.Loop() {
		c0 := cpuTime()
		pairs, st := candidatePairs(bt.es, DefaultMaxBlock, DefaultMaxPairs, 2)
		cpu += cpuTime() - c0
		b.ReportMetric(float64(st.Counted), "counted")
		b.ReportMetric(float64(len(pairs)), "pairs")
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
}
