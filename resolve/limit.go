package resolve

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
	var thr []uint32
	var ns []nearness
	if k < len(es) {
		ns = nearnessOf(es, workers)
		thr = thresholds(acc, ns, k, workers)
	}
	// Each page keeps its own at its start, in place; the kept ones are then copied out in
	// order, so that the counted ones, several times more, can be freed.
	kept := make([]int, len(acc.pages))
	parallelTasks(len(acc.pages), workers, func(c int) {
		part := acc.page(c)
		out := part[:0]
		for _, w := range part {
			i, j, v := unpackPair(w)
			if thr != nil && (thr[i] != 0 || thr[j] != 0) {
				s := strength(&ns[i], &ns[j], v)
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

// thresholds returns, per entry, the strength of its k-th strongest pair, or 0 for an entry with
// k pairs or fewer: a min-heap of k strengths per entry. The k-th strongest does not depend on
// the order of the pushes, so workers share the entries, each the heaps of a range of them:
// a worker reads the pairs of which one record is its own (acc is in order, so those whose
// first record is past its range are not read).
func thresholds(acc *pairPages, ns []nearness, k, workers int) []uint32 {
	heaps := make([]uint32, len(ns)*k)
	n := make([]uint8, len(ns))
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
	workers = max(1, min(workers, len(ns)))
	parallelTasks(workers, workers, func(w int) {
		lo, hi := int32(len(ns)*w/workers), int32(len(ns)*(w+1)/workers)
		past := packPair(hi, 0)
		for c := range acc.pages {
			page := acc.page(c)
			if len(page) == 0 || page[0] >= past {
				break
			}
			for _, p := range page {
				if p >= past {
					break
				}
				i, j, v := unpackPair(p)
				ownI, ownJ := i >= lo && i < hi, j >= lo && j < hi
				if !ownI && !ownJ {
					continue
				}
				s := strength(&ns[i], &ns[j], v)
				if ownI {
					push(i, s)
				}
				if ownJ {
					push(j, s)
				}
			}
		}
	})
	thr := make([]uint32, len(ns))
	for i := range thr {
		if int(n[i]) == k {
			thr[i] = max(1, heaps[i*k])
		}
	}
	return thr
}

// nearness is what strength reads of an entry, kept together so that ordering millions of
// pairs does not chase each entry's pointers.
type nearness struct {
	home        uint32   // hash of the first home code, 0 for none
	first, last int32    // the birth span; last < first when unknown
	taken       [2]int32 // the span of the first arrest, as first and last; unknown as the birth's
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
		}
	})
	return ns
}

// Points of a pair's strength (see strength): a vote of its blocks, a shared home, birth dates
// within a year or within three, first arrests in one month or in one year or far apart, and
// two stated sexes that differ.
const (
	votePoints       = 4
	homePoints       = 3
	yearPoints       = 4
	nearPoints       = 2
	takenMonthPoints = 4
	takenYearPoints  = 1
	takenFarPoints   = -2
	sexPoints        = -12
	strengthBase     = 64
)

// strength orders the pairs of one record: the votes of their blocks (records of one person
// share many keys, strangers one or two), then what the two say of themselves that the blocks
// did not weigh — the home, the birth dates, the first arrests, the sex — and last the days
// between the birth dates (ten years when unknown) to break ties.
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
	return uint32(max(p, 1))<<16 | uint32(farDays-min(d, farDays))
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
