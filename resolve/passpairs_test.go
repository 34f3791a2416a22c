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

// TestPairsBornApart: the passes of passApart leave out of their blocks the pairs born apart,
// and only those; with every pair kept (no pair limit), the pairs found are those found without
// passApart less some born apart.
func TestPairsBornApart(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	// a given name shared with a county's people of every age, a father's name shared with few
	given := []string{"Memet", "Abdurehim", "Gulnar", "Ilham", "Mihrigul", "Tursun", "Patigul", "Nurmemet"}
	family := []string{"Tohti", "Yasin", "Abla", "Qadir", "Hoshur", "Niyaz", "Kurban", "Sidiq", "Ablimit",
		"Rozi", "Hesen", "Hüseyin", "Osman", "Ehmet", "Dawut", "Imin", "Sawut", "Rehim", "Ismayil", "Yusup",
		"Obul", "Jappar", "Setiwaldi", "Mamut", "Eysa", "Musa", "Yaqup", "Zakir", "Ablet", "Barat"}
	homes := []string{"650102", "653101", "653121"}
	var es []*entry
	for i := range 3000 {
		r := &tizim.Record{ID: int64(i + 1),
			Names:    []tizim.Name{{Text: given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))]}},
			HomeCode: homes[rng.IntN(len(homes))]}
		switch rng.IntN(3) {
		case 0: // to the day
			r.BirthDate = tizim.PartialDate{Year: 1960 + rng.IntN(40), Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28)}
		case 1:
			r.BirthDate = tizim.PartialDate{Year: 1960 + rng.IntN(40)}
		}
		es = append(es, prepare(r))
	}
	with, _ := candidatePairs(es, DefaultMaxBlock, -1, 2)
	defer func(a [nPasses]bool) { passApart = a }(passApart)
	passApart = [nPasses]bool{}
	without, _ := candidatePairs(es, DefaultMaxBlock, -1, 2)
	kept := map[uint64]bool{}
	for _, p := range with {
		kept[p] = true
	}
	left := 0
	for _, p := range without {
		if kept[p] {
			delete(kept, p)
			continue
		}
		i, j := unpair(p)
		if !bornApart(es[i].birth, es[j].birth) {
			t.Fatalf("records %d and %d, born %v and %v, lost their pair", i, j, es[i].birth, es[j].birth)
		}
		left++
	}
	if len(kept) > 0 {
		t.Errorf("%d pairs found only with passApart", len(kept))
	}
	if left == 0 {
		t.Errorf("passApart left no pair out of %d", len(without))
	}
	t.Logf("%d of %d pairs left out", left, len(without))
}

// TestBlockPairsBornApart: a block of more than half maxBlock records leaves out its pairs born
// apart when asked to, and only then; a smaller block keeps them.
func TestBlockPairsBornApart(t *testing.T) {
	const shift = 8
	var es []*entry
	var keys []uint64
	for i := range 30 {
		r := &tizim.Record{ID: int64(i + 1), Names: []tizim.Name{{Text: "Memet Tursun"}},
			BirthDate: tizim.PartialDate{Year: 1960, Month: 1, Day: 1}}
		if i%2 == 1 {
			r.BirthDate = tizim.PartialDate{Year: 1990, Month: 6, Day: 15}
		}
		es = append(es, prepare(r))
		key := uint64(1) // a block of 5
		if i >= 5 {
			key = 2 // a block of 25
		}
		keys = append(keys, key<<shift|uint64(i))
	}
	count := func(ps []uint64) (small, large, apart int) {
		for _, p := range ps {
			i, j, _ := unpackPair(p)
			if j < 5 {
				small++
			} else {
				large++
			}
			if bornApart(es[i].birth, es[j].birth) {
				apart++
			}
		}
		return small, large, apart
	}
	all, _ := appendBlockPairs(nil, keys, es, shift, 40, false)
	if small, large, apart := count(all); small != 10 || large != 300 || apart != 6+156 {
		t.Errorf("without apart: %d and %d pairs, %d born apart; want 10 and 300, 162 born apart", small, large, apart)
	}
	kept, _ := appendBlockPairs(nil, keys, es, shift, 40, true)
	if small, large, apart := count(kept); small != 10 || large != 300-156 || apart != 6 {
		t.Errorf("with apart: %d and %d pairs, %d born apart; want 10 and 144, the 6 of the small block born apart", small, large, apart)
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
	cs, _ := appendWindowed(nil, nil, es, block, first, second)
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
	cs, _ = appendWindowed(nil, nil, es, slices.Clone(block), first+second, 0)
	for _, p := range cs {
		if i, j, _ := unpackPair(p); i == a && j == b {
			t.Errorf("in the first order alone, the two are paired: the case tests nothing")
		}
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
// tizim dedup does, with passApart as it is and, beside it, with no pass leaving out the pairs
// born apart. It reports the CPU time, the pairs counted (each pass's distinct pairs, before
// they are merged) and the pairs kept.
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
	recs = nil
	defer func(a [nPasses]bool) { passApart = a }(passApart)
	for _, way := range []struct {
		name  string
		apart [nPasses]bool
	}{{"apart", passApart}, {"none", [nPasses]bool{}}} {
		b.Run(way.name, func(b *testing.B) {
			passApart = way.apart
			cpu := time.Duration(0)
			for b.Loop() {
				c0 := cpuTime()
				pairs, st := candidatePairs(bt.es, DefaultMaxBlock, DefaultMaxPairs, 2)
				cpu += cpuTime() - c0
				b.ReportMetric(float64(st.Counted), "counted")
				b.ReportMetric(float64(len(pairs)), "pairs")
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
		})
	}
}
