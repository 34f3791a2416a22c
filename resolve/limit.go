package resolve

import (
	"math"
	"math/bits"
	"slices"

	"github.com/tizim/tizim"
)

// DefaultMaxPairs is the candidate pairs a record keeps by default (see Options.MaxPairs).
const DefaultMaxPairs = 12

// limitPairs keeps, of the counted pairs (see packPair), those among the maxPairs strongest of
// either of their records, and returns them as i<<32 | j in order. At a million people almost
// every name key makes a large block, and each gives a record a few neighbours: thirty and more
// pairs a record, most of them strangers who share one common name part. Pairs are ordered by
// strength: the records of one person share many keys, strangers one or two. Up to workers
// goroutines share the work; the pairs kept do not depend on how many.
func limitPairs(acc *pairPages, es []*entry, maxPairs, workers int) []uint64 {
	k := maxPairs
	if k <= 0 || k > 255 {
		k = len(es) // no limit
	}
	acc.spare = nil // no pass grows the pairs again: tens of megabytes at a million people
	var thr []uint32
	pk := newStrongPacking(len(es))
	if k < len(es) {
		// Each pair's strength is computed once, into its own word: the thresholds and the
		// pairs kept both read it there, and neither reads the entries' nearness again, at
		// random, for each pair.
		ns := nearnessOf(es, workers)
		parallelTasks(len(acc.pages), workers, func(c int) {
			page := acc.page(c)
			var far [touchAhead]nearness
			for lo := 0; lo < len(page); lo += touchAhead {
				run := page[lo:min(lo+touchAhead, len(page))]
				for x, w := range run {
					_, j, _ := unpackPair(w)
					far[x] = ns[j]
				}
				for x, w := range run {
					i, j, v := unpackPair(w)
					run[x] = pk.pack(i, j, strength(&ns[i], &far[x], v))
				}
			}
		})
		thr = thresholds(acc, pk, len(es), k, workers)
	}
	// Each page keeps its own at its start, in place; the kept ones are then copied out in
	// order, so that the counted ones, several times more, can be freed.
	kept := make([]int, len(acc.pages))
	parallelTasks(len(acc.pages), workers, func(c int) {
		part := acc.page(c)
		out := part[:0]
		for _, w := range part {
			var i, j int32
			if thr == nil {
				i, j, _ = unpackPair(w)
			} else {
				var s uint32
				i, j, s = pk.unpack(w)
				// An entry with k pairs or fewer has the threshold 0 and keeps them all.
				if s < thr[i] && s < thr[j] {
					continue
				}
			}
			out = append(out, uint64(i)<<32|uint64(j))
		}
		kept[c] = len(out)
	})
	n := 0
	for _, m := range kept {
		n += m
	}
	out := make([]uint64, 0, n)
	for c, m := range kept {
		out = append(out, acc.pages[c][:m]...)
		acc.pages[c] = nil
	}
	acc.free()
	return out
}

// strongPacking packs a pair of entries with its strength in one word, as limitPairs rewrites
// the counted pairs once their votes are in: i and j in shift bits each (enough for n entries),
// in that order, so that the words keep the pairs' order, then the strength in the bits left. A
// strength needs strengthBits; past about four million entries its last bits (days between the
// birth dates) are dropped, so that two pairs a few days apart tie.
type strongPacking struct{ shift, drop uint }

// strengthBits is how many bits a strength takes: its points (at most 255) above farDays' 12.
const strengthBits = 20

func newStrongPacking(n int) strongPacking {
	shift := uint(bits.Len(uint(n)))
	return strongPacking{shift: shift, drop: uint(max(0, strengthBits-(64-2*int(shift))))}
}

func (p strongPacking) pack(i, j int32, s uint32) uint64 {
	return uint64(i)<<(64-p.shift) | uint64(j)<<(64-2*p.shift) | uint64(s>>p.drop)
}

func (p strongPacking) unpack(w uint64) (i, j int32, s uint32) {
	mask := uint64(1)<<p.shift - 1
	return int32(w >> (64 - p.shift)), int32(w >> (64 - 2*p.shift) & mask), uint32(w & (uint64(1)<<(64-2*p.shift) - 1))
}

// thresholds returns, per entry of entries, the strength of its k-th strongest pair, or 0 for
// an entry with k pairs or fewer: a min-heap of k strengths per entry. The pairs in acc carry
// their strengths (pk). The k-th strongest does not depend on the order of the pushes, so
// workers share the entries, each the heaps of a range of them: a worker reads the pairs of
// which one record is its own (acc is in order, so those whose first record is past its range
// are not read).
func thresholds(acc *pairPages, pk strongPacking, entries, k, workers int) []uint32 {
	heaps := make([]uint32, entries*k)
	n := make([]uint8, entries)
	push := func(i int32, s uint32) {
		h := heaps[int(i)*k : int(i+1)*k]
		switch {
		case int(n[i]) < k:
			x := int(n[i])
			n[i]++
			h[x] = s
			for x > 0 && h[(x-1)/2] > h[x] {
				h[(x-1)/2], h[x] = h[x], h[(x-1)/2]
				x = (x - 1) / 2
			}
		case s > h[0]:
			h[0] = s
			for x := 0; ; {
				c := 2*x + 1
				if c >= k {
					break
				}
				if c+1 < k && h[c+1] < h[c] {
					c++
				}
				if h[x] <= h[c] {
					break
				}
				h[x], h[c] = h[c], h[x]
				x = c
			}
		}
	}
	workers = max(1, min(workers, entries))
	parallelTasks(workers, workers, func(w int) {
		var touched uint32
		lo, hi := thresholdRange(entries, w, workers)
		past := pk.pack(hi, 0, 0)
		for c := range acc.pages {
			page := acc.page(c)
			if len(page) == 0 || page[0] >= past {
				break
			}
			end, _ := slices.BinarySearch(page, past)
			page = page[:end]
			for at := 0; at < len(page); at += touchAhead {
				run := page[at:min(at+touchAhead, len(page))]
				for _, p := range run {
					if _, j, _ := pk.unpack(p); j >= lo && j < hi {
						touched += heaps[int(j)*k] + uint32(n[j])
					}
				}
				for _, p := range run {
					i, j, s := pk.unpack(p)
					if i >= lo && i < hi {
						push(i, s)
					}
					if j >= lo && j < hi {
						push(j, s)
					}
				}
			}
		}
		keepRead(uint64(touched))
	})
	thr := make([]uint32, entries)
	for i := range thr {
		if int(n[i]) == k {
			thr[i] = max(1, heaps[i*k])
		}
	}
	return thr
}

// thresholdRange is the range of entries whose heaps worker w of workers keeps in thresholds.
// A pair (i, j), i < j, is pushed to i's heap in the order the pairs are read, which is cheap,
// and to j's heap at random, which is not; worker w reads every pair whose first record is
// below its range's end. With equal ranges the worker of the higher entries, whose records are
// the second of most pairs, did about twice the work of the other and ran alone for the last
// 3.5 of 8.7 s at a million people. The ranges end at (w/workers)^thresholdSplit of the
// entries instead.
func thresholdRange(entries, w, workers int) (lo, hi int32) {
	end := func(w int) int32 {
		if w >= workers {
			return int32(entries)
		}
		return int32(float64(entries) * math.Pow(float64(w)/float64(workers), thresholdSplit))
	}
	return end(w), end(w + 1)
}

// thresholdSplit shapes thresholdRange's ranges. 0.7 gives two workers about equal times on
// BenchmarkLimitPairs's pairs, each worker timed in an experiment binary: 2.34 and 2.44 s (1.7
// and 3.2 with equal ranges, 3.2 and 2.1 with 0.5); at a million people 6.55 and 6.67 s.
const thresholdSplit = 0.7

// nearness is what strength reads of an entry, kept together so that ordering millions of
// pairs does not chase each entry's pointers.
type nearness struct {
	home        uint32   // hash of the first home code, 0 for none
	first, last int32    // the birth span; last < first when unknown
	taken       [2]int32 // the span of the first arrest, as first and last; unknown as the birth's
	term        int16    // the sentence (court.term), 0 for none
	charges     tizim.ChargeSet
	sex         sexCode
}

func nearnessOf(es []*entry, workers int) []nearness {
	ns := make([]nearness, len(es))
	parallel(len(es), workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			e := es[i]
			if c := e.at.codes; len(c) > 0 {
				ns[i].home = uint32(hashString(c[0])) | 1
			}
			ns[i].first, ns[i].last = 1, 0
			if e.birth.known() {
				ns[i].first, ns[i].last = e.birth.first, e.birth.last
			}
			ns[i].taken = [2]int32{1, 0}
			if t := e.detained; t.known() {
				ns[i].taken = [2]int32{t.first, t.last}
			}
			ns[i].sex = e.sex
			ns[i].term, ns[i].charges = e.court.term, e.court.charges
		}
	})
	return ns
}

// Points of a pair's strength (see strength): a vote of its blocks, a shared home, birth dates
// within a year or within three, first arrests in one month or in one year or far apart, two
// stated sexes that differ, and sentences and charges that agree or differ.
const (
	votePoints       = 4
	homePoints       = 3
	yearPoints       = 4
	nearPoints       = 2
	takenMonthPoints = 4
	takenYearPoints  = 1
	takenFarPoints   = -2
	sexPoints        = -12
	termPoints       = 4  // one sentence
	termFarPoints    = -4 // two
	chargePoints     = 2  // a charge in common
	chargeFarPoints  = -4 // none
	strengthBase     = 64
)

// strength orders the pairs of one record: the votes of their blocks (records of one person
// share many keys, strangers one or two), then what the two say of themselves that the blocks
// did not weigh — the home, the birth dates, the first arrests, the sex, the sentence and the
// charges — and last the days between the birth dates (ten years when unknown) to break ties.
func strength(a, b *nearness, votes uint64) uint32 {
	const farDays = 3650
	p := strengthBase + votePoints*int(min(votes, 32))
	if a.home != 0 && a.home == b.home {
		p += homePoints
	}
	d := int32(farDays)
	if a.first <= a.last && b.first <= b.last {
		d = max(0, a.first-b.last, b.first-a.last)
		switch {
		case d <= 366:
			p += yearPoints
		case d <= 3*366:
			p += nearPoints
		}
	}
	p += takenPointsOf(a.taken, b.taken)
	if a.sex != 0 && b.sex != 0 && a.sex != b.sex {
		p += sexPoints
	}
	switch {
	case a.term == 0 || b.term == 0:
	case a.term == b.term:
		p += termPoints
	default:
		p += termFarPoints
	}
	switch {
	case a.charges == 0 || b.charges == 0:
	case a.charges&b.charges != 0:
		p += chargePoints
	default:
		p += chargeFarPoints
	}
	return uint32(max(p, 1))<<12 | uint32(farDays-min(d, farDays))
}

// takenPointsOf is what two first arrests, as spans of days, add to a pair's strength: a
// month-or-better agreement as much as a vote (a testimony's "Kurbangul, taken 2017-08" among
// a county's hundred Kurbanguls of her year), a year a little, and dates further apart than
// compareDetained's near a little against (sources also give a later transfer's date).
func takenPointsOf(a, b [2]int32) int {
	if a[0] > a[1] || b[0] > b[1] {
		return 0
	}
	switch {
	case a[0] <= b[1] && b[0] <= a[1]:
		if max(a[1]-a[0], b[1]-b[0]) <= 31 {
			return takenMonthPoints
		}
		return takenYearPoints
	case a[0]-detainedNearDays <= b[1] && b[0]-detainedNearDays <= a[1]:
		return 0
	}
	return takenFarPoints
}
