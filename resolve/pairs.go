package resolve

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/tizim/tizim"
)

// Candidate pairs are counted while blocking: a pair is packed in one word as i<<36 | j<<8 |
// votes, where votes is how strongly its blocks tie the two (a vote per pass that puts them in
// one block, passVotes for the passes on identity numbers). Sorting the words sorts the pairs;
// the votes choose which pairs a record keeps when it has too many (see limitPairs).
const (
	pairIndexBits = 28
	maxRecords    = 1 << pairIndexBits // records one batch can resolve
	votesMask     = 0xff
)

// passVotes is what sharing a block of a pass counts for a pair; one unless listed.
var passVotes = [nPasses]uint64{passID: 8, passIDHalf: 2, passIDPrefix: 4, passBirthHome: 2}

// passGroups splits the passes into groups of about equal numbers of keys; the keys of one
// group are held at a time, at the cost of computing every record's keys once per group.
var passGroups = [...]uint16{
	1<<passID | 1<<passIDHalf | 1<<passIDPrefix | 1<<passNameHome | 1<<passBirthHome | 1<<passHome | 1<<passBirth | 1<<passYearHomeTaken,
	1<<passNamePair | 1<<passNameYear | 1<<passNameDay | 1<<passPrefixPair | 1<<passSkeletonPair | 1<<passSkeletonYear | 1<<passNameHomeYear,
}

func packPair(i, j int32) uint64 { return uint64(i)<<36 | uint64(j)<<8 }

func unpackPair(w uint64) (int32, int32, uint64) {
	return int32(w >> 36), int32(w >> 8 & (maxRecords - 1)), w & votesMask
}

// candidatePairs returns the distinct pairs of entries (i<<32 | j, i < j) that share a block, in
// order, at most about maxPairs per entry (see limitPairs). Pass by pass, the keys are sorted (a
// key and its entry packed in one word), the pass's pairs made, sorted and merged into those of
// the passes before, so that no more than one group of passes' keys and one pass's pairs are
// held beside the distinct pairs. Making, sorting and limiting the pairs run on up to workers
// goroutines; the pairs do not depend on how many.
func candidatePairs(es []*entry, maxBlock, maxPairs, workers int) ([]uint64, BlockStats) {
	shift := uint(bits.Len(uint(len(es))))
	st := BlockStats{Skipped: map[string]int{}, SkippedRecords: map[string]int{}, Windowed: map[string]int{}}
	acc := &pairPages{}
	var cs []uint64
	rankHomes(es)
	for _, group := range passGroups {
		// A pass's pairs reuse the array of the pass before, but not across groups: the first
		// group's name_home pass makes the most pairs by far (86 million at a million people,
		// 45 million distinct), and an array of that size kept through the second group, as the
		// distinct pairs grow to 146 million, held the heap at its limit there. Let go, the
		// second group's passes grow one of their own size: at a million people the collector
		// ran fewer times and finding the pairs took 2-4 s less.
		cs = nil
		ms := groupKeys(es, group, shift, workers)
		// Merging a pass's pairs runs on one goroutine: the next pass's keys are sorted
		// meanwhile, on the workers (they are held anyway, and no pair reads them).
		var passes []int
		for p := range ms {
			if group&(1<<p) != 0 {
				passes = append(passes, p)
			}
		}
		if len(passes) > 0 {
			sortWordsParallel(ms[passes[0]], workers)
		}
		for k, p := range passes {
			var pc passCounts
			cs, pc = passPairs(cs, ms[p], es, shift, maxBlock, workers)
			if pc.skipped > 0 {
				st.Skipped[passNames[p]] += pc.skipped
				st.SkippedRecords[passNames[p]] += pc.skippedRecords
			}
			if pc.windowed > 0 {
				st.Windowed[passNames[p]] += pc.windowed
			}
			ms[p] = nil
			sortWordsParallel(cs, workers)
			sorted := make(chan struct{})
			go func() {
				defer close(sorted)
				if k+1 < len(passes) {
					sortWordsParallel(ms[passes[k+1]], workers)
				}
			}()
			cs = slices.Compact(cs)
			st.Counted += len(cs)
			mergeVotes(acc, cs, max(1, passVotes[p]))
			<-sorted
		}
	}
	cs = nil
	out := limitPairs(acc, es, maxPairs, workers)
	st.Pairs = len(out)
	return out, st
}

// keyRun is how many records' keys a worker of groupKeys computes at a time (a variable for
// tests to make runs of a few records).
var keyRun = 1 << 14

// groupKeys returns the keys of the passes of group (key<<shift | entry), each pass's in an
// array of its own, computed on up to workers goroutines, a run of keyRun entries at a time: a
// worker computes a run's keys into buffers of its own and appends them to the arrays, whose
// order does not matter, since they are sorted next. The arrays are allocated at the size a
// sample of the entries suggests, so that they are seldom grown by copying (a gigabyte of
// garbage at a million people when they grew from nothing).
func groupKeys(es []*entry, group uint16, shift uint, workers int) [nPasses][]uint64 {
	var sample [nPasses]int
	for i := 0; i < len(es); i += keySample {
		batchBlockKeys(es[i], func(pass int, _ uint64) { sample[pass]++ })
	}
	var ms [nPasses][]uint64
	for p := range ms {
		if group&(1<<p) != 0 {
			ms[p] = make([]uint64, 0, sample[p]*keySample*9/8+1024)
		}
	}
	var mu sync.Mutex
	free := make(chan *[nPasses][]uint64, max(1, workers))
	for range max(1, workers) {
		free <- new([nPasses][]uint64)
	}
	parallelTasks((len(es)+keyRun-1)/keyRun, workers, func(r int) {
		buf := <-free
		defer func() { free <- buf }()
		for p := range buf {
			buf[p] = buf[p][:0]
		}
		for i := r * keyRun; i < min(len(es), (r+1)*keyRun); i++ {
			batchBlockKeys(es[i], func(pass int, key uint64) {
				if group&(1<<pass) != 0 {
					buf[pass] = append(buf[pass], key<<shift|uint64(i))
				}
			})
		}
		mu.Lock()
		defer mu.Unlock()
		for p := range buf {
			ms[p] = append(ms[p], buf[p]...)
		}
	})
	return ms
}

// keySample is every how many entries groupKeys samples to size its arrays.
const keySample = 64

// pairsBound is at most how many pairs the sorted keys of one pass make (see candidatePairs), so
// that the pass's pairs are allocated once instead of grown by copying.
func pairsBound(keys []uint64, shift uint, maxBlock int) int {
	n := 0
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>shift == keys[lo]>>shift {
			hi++
		}
		switch k := hi - lo; {
		case k > maxBlock*windowedBlocks:
		case k > maxBlock:
			first, second := windows(maxBlock)
			n += k * (first + second)
		default:
			n += k * (k - 1) / 2
		}
		lo = hi
	}
	return n
}

// passesOf returns a bit per pass in whose blocks entries a and b share a key, of every key a
// batch blocks them on. Training leaves each pass's fields out of its pairs: a pair that only a
// batch's own keys found (an approximate year's name_year, a name_home_year) was left out of
// every pass when this read blockKeys's alone, and at a million generator people the model it
// trained merged less (P 0.9853 / R 0.8978, against 0.9836 / 0.9032 with the batch's keys).
func passesOf(a, b *entry) uint16 {
	var ka [nPasses][]uint64
	batchBlockKeys(a, func(pass int, key uint64) { ka[pass] = append(ka[pass], key) })
	var out uint16
	batchBlockKeys(b, func(pass int, key uint64) {
		if slices.Contains(ka[pass], key) {
			out |= 1 << pass
		}
	})
	return out
}

// batchBlockKeys calls emit with every key a batch blocks a record on: blockKeys's and its own.
func batchBlockKeys(e *entry, emit func(pass int, key uint64)) {
	blockKeys(e, emit)
	batchKeys(e, emit)
}

// appendWindowed compares the members of a large block by sorted neighbourhood, in two orders,
// each member with its next first members in the first and its next second in the second
// (windows):
//   - by birth year, then home, then birth date. The year comes first so that a record that
//     gives only its year meets the records of that year and home, not only those born on the
//     first of January.
//   - by the whole name in sound classes (nameForm.sounds of the record's first form), then
//     birth year and date. A block is one name part or two, with a year or a home; a person's
//     records that differ in home or date (one source gives the county, another only the year)
//     are far apart in the first order but write the rest of the name alike, often even
//     across scripts.
//
// Members are in increasing order; a pair found in both orders is appended twice (the pass
// compacts its sorted pairs). The homes are ordered by their ranks (rankHomes). w holds
// buffers to reuse (a million people window a million blocks).
func appendWindowed(cs []uint64, w *window, es []*entry, block []int32, first, second int) []uint64 {
	rs := slices.Grow(w.rs[:0], len(block))[:len(block)]
	fs := slices.Grow(w.fs[:0], len(block))[:len(block)]
	// The members are read in three loops, each reading only what the one before reached (the
	// entry; its home and first form; the form's sounds), so that the cache misses of all the
	// members overlap instead of three a member, one after the other (see touchAhead).
	for k, i := range block {
		e := es[i]
		rs[k] = ranked{a: uint64(uint16(e.birth.y)^1<<15) << 48, b: uint64(uint32(e.birth.first) ^ 1<<31), i: i}
	}
	for k := range rs {
		e := es[rs[k].i]
		rs[k].a |= uint64(e.at.rank)
		var f *nameForm
		if len(e.forms) > 0 {
			f = e.forms[0]
		}
		fs[k] = f // the batch holds the forms: fs keeping them until the next block costs nothing
	}
	for k, f := range fs {
		if f != nil {
			rs[k].sounds = f.sounds
		}
	}
	slices.SortFunc(rs, ranked.compare)
	cs = appendNeighbours(cs, rs, first)
	for k := range rs {
		r := &rs[k]
		r.a, r.b = r.sounds, r.a>>48<<32|r.b // sounds, then year, then date
	}
	slices.SortFunc(rs, ranked.compare)
	w.rs, w.fs = rs, fs
	return appendNeighbours(cs, rs, second)
}

// window holds appendWindowed's buffers.
type window struct {
	rs []ranked
	fs []*nameForm
}

// ranked is a member of a large block as appendWindowed orders it: by a, then b, then i. In
// the first order a is the birth year (its sign bit flipped, so that the bits sort as the
// numbers do) above the home's rank, and b the first day of the birth; in the second a is the
// sounds of the first name form and b the year above the day.
type ranked struct {
	a, b   uint64
	sounds uint64
	i      int32
}

func (x ranked) compare(y ranked) int {
	switch {
	case x.a != y.a:
		return cmp.Compare(x.a, y.a)
	case x.b != y.b:
		return cmp.Compare(x.b, y.b)
	}
	return cmp.Compare(x.i, y.i)
}

// rankHomes gives every home of es its rank, the place of its first code among the distinct
// first codes of the homes of es in the order of strings.Compare, from 1; a home without codes
// has 0, first, as "" sorts. appendWindowed orders a block's members by the rank rather than by
// comparing the codes' text, twice for each of millions of members.
func rankHomes(es []*entry) {
	seen := map[*home]bool{}
	var hs []*home
	for _, e := range es {
		if len(e.at.codes) > 0 && !seen[e.at] {
			seen[e.at] = true
			hs = append(hs, e.at)
		}
	}
	slices.SortFunc(hs, func(a, b *home) int { return strings.Compare(a.codes[0], b.codes[0]) })
	r := uint32(0)
	for k, h := range hs {
		if k == 0 || h.codes[0] != hs[k-1].codes[0] {
			r++
		}
		h.rank = r
	}
}

// windows returns how many next members a member of a windowed block is compared with in each
// of appendWindowed's orders: half of blockWindow(maxBlock) in the first, and the other half
// and one more in the second, by sounds. At a million generator people (dry runs;
// docs/PERFORMANCE.md, "Windowed blocks in two orders (fifteenth session)"):
//
//	first + second      P       R       peak RSS (KiB)
//	4 + none (before)   0.9817  0.9173  3,947,280
//	2 + 2               0.9816  0.9232  4,016,352
//	2 + 3               0.9819  0.9241  4,012,052
//	3 + 3               0.9816  0.9246  4,052,360
//	2 + 4               0.9816  0.9248  4,096,952
func windows(maxBlock int) (first, second int) {
	w := blockWindow(maxBlock)
	return w / 2, w - w/2 + 1
}

// appendNeighbours appends the pairs of each member of rs with its next window members.
func appendNeighbours(cs []uint64, rs []ranked, window int) []uint64 {
	for x := range rs {
		for y := x + 1; y < len(rs) && y <= x+window; y++ {
			i, j := rs[x].i, rs[y].i
			cs = append(cs, packPair(min(i, j), max(i, j)))
		}
	}
	return cs
}

// batchKeys calls emit with the blocking keys that only a batch blocks on, beside blockKeys's;
// the candidate keys stored for resolution on import are blockKeys's alone.
//   - A record whose birth year is approximate ("about 1970", an age in a testimony) gets the
//     name_year, skeleton_year and year_home_taken keys of that year and the years either side,
//     which blockKeys gives only to exact years: such a year is often one off ("Dilmurat",
//     1970~, against 1969-06-26).
//   - Every record with a birth year (those either side too, for an approximate one) gets a
//     name_home_year key per name key with its first home code (else the place as written;
//     every code and the place gave as many keys again for the same pairs at 200,000 people).
//     At a million people a common part with a county (name_home) or a year (name_year) makes
//     blocks of hundreds, in which a record meets only its few nearest neighbours, and a
//     testimony's one-part name seldom the list's full one.
func batchKeys(e *entry, emit func(pass int, key uint64)) {
	key := func(pass int, parts ...uint64) { emit(pass, keyOf(pass, parts...)) }
	years, approx := keyYears(e)
	if len(years) == 0 {
		return
	}
	homes := homeKeys(e)
	eachNameKey(e, func(_ *nameForm, _ int, a uint64) {
		for _, y := range years {
			if approx {
				key(passNameYear, a, uint64(y))
			}
			for _, h := range first(homes, 1) {
				key(passNameHomeYear, a, h, uint64(y))
			}
		}
	})
	if !approx {
		return
	}
	for _, f := range e.forms {
		for i := range f.parts {
			for _, a := range f.skeletons(i) {
				for _, y := range years {
					key(passSkeletonYear, a, uint64(y))
				}
			}
		}
	}
	if t := e.detained; t.prec >= tizim.MonthPrecision && !t.approx {
		for _, h := range homes {
			for _, y := range years {
				key(passYearHomeTaken, uint64(y), h, uint64(t.y)<<4|uint64(t.m))
			}
		}
	}
}

// keyYears returns the birth years a batch blocks a record on: its blockYear, or for an
// approximate year that year and the years either side, with approx true.
func keyYears(e *entry) ([]int, bool) {
	if y := blockYear(e); y != 0 {
		return []int{y}, false
	}
	if !e.birth.known() || !e.birth.approx || e.birth.y == 0 {
		return nil, false
	}
	y := int(e.birth.y)
	return []int{y - 1, y, y + 1}, true
}
