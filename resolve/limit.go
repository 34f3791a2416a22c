package resolve

import (
	"slices"
)

// DefaultMaxPairs is the candidate pairs a record keeps by default (see Options.MaxPairs).
const DefaultMaxPairs = 12

// limitPairs keeps, of the counted pairs (see packPair), those among the maxPairs strongest of
// either of their records, and returns them as i<<32 | j in order. At a million people almost
// every name key makes a large block, and each gives a record a few neighbours: thirty and more
// pairs a record, most of them strangers who share one common name part. Pairs are ordered by
// strength: the records of one person share many keys, strangers one or two.
func limitPairs(acc []uint64, es []*entry, maxPairs int) []uint64 {
	k := maxPairs
	if k <= 0 || k > 255 {
		k = len(es) // no limit
	}
	if k >= len(es) {
		out := acc[:0]
		for _, w := range acc {
			i, j, _ := unpackPair(w)
			out = append(out, uint64(i)<<32|uint64(j))
		}
		return out
	}
	ns := nearnessOf(es)
	thr := thresholds(acc, ns, k)
	out := acc[:0]
	for _, w := range acc {
		i, j, v := unpackPair(w)
		if thr[i] != 0 || thr[j] != 0 {
			s := strength(&ns[i], &ns[j], v)
			if s < thr[i] && s < thr[j] {
				continue
			}
		}
		out = append(out, uint64(i)<<32|uint64(j))
	}
	// A copy of the kept pairs, so that the counted ones, several times more, can be freed.
	return slices.Clone(out)
}

// thresholds returns, per entry, the strength of its k-th strongest pair, or 0 for an entry with
// k pairs or fewer: a min-heap of k strengths per entry.
func thresholds(acc []uint64, ns []nearness, k int) []uint32 {
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
	for _, w := range acc {
		i, j, v := unpackPair(w)
		s := strength(&ns[i], &ns[j], v)
		push(i, s)
		push(j, s)
	}
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
	home        uint32 // hash of the first home code, 0 for none
	first, last int32  // the birth span; last < first when unknown
	sex         uint8  // the first letter of the stated sex, 0 for none
}

func nearnessOf(es []*entry) []nearness {
	ns := make([]nearness, len(es))
	for i, e := range es {
		if len(e.home) > 0 {
			ns[i].home = uint32(hashString(e.home[0])) | 1
		}
		ns[i].first, ns[i].last = 1, 0
		if e.birth.known() {
			ns[i].first, ns[i].last = e.birth.first, e.birth.last
		}
		if e.sex != "" {
			ns[i].sex = e.sex[0]
		}
	}
	return ns
}

// Points of a pair's strength (see strength): a vote of its blocks, a shared home, birth dates
// within a year or within three, and two stated sexes that differ.
const (
	votePoints   = 4
	homePoints   = 3
	yearPoints   = 4
	nearPoints   = 2
	sexPoints    = -12
	strengthBase = 64
)

// strength orders the pairs of one record: the votes of their blocks (records of one person
// share many keys, strangers one or two), then what the two say of themselves that the blocks
// did not weigh — the home, the birth dates, the sex — and last the days between the birth
// dates (ten years when unknown) to break ties.
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
	if a.sex != 0 && b.sex != 0 && a.sex != b.sex {
		p += sexPoints
	}
	return uint32(max(p, 1))<<16 | uint32(farDays-min(d, farDays))
}
