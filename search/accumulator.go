package search

import (
	"slices"
	"sync"
)

// accumulator holds the candidates of one query: the slots found, in the order found, with the
// mask of query units each matched and the number of parts of its shortest name.
//
// Most of a query's time is spent reading postings, and a posting costs what finding its slot
// among the candidates costs. A mask per slot of the whole index (10 MB at 2.5 M records) is
// read at random, a cache miss per posting. Instead a bitmap over the slots (300 KB) says which
// are candidates: the postings of a unit are in slot order, so they test it almost
// sequentially, and only the slots it holds are looked up, in a small open-addressing table
// that gives their place in the candidate list. Accumulators are pooled between queries.
type accumulator struct {
	seen  []uint64 // bit s is set when slot s is a candidate
	slots []uint32 // the candidates, in the order found
	masks []uint32 // masks[i]: the units slots[i] matched
	parts []uint8  // parts[i]: parts of the shortest name of slots[i]
	pos   []uint32 // pos[i]: where slots[i] sits in table
	table []int32  // i+1 for candidate i, 0 when empty; its length is a power of two
	shift uint     // 32 - log2(len(table))
	// lo and hi bound the candidates' slots (lo > hi when there is none): a unit that only
	// marks reads its postings between them, since postings are in slot order.
	lo, hi uint32
	// The rest of a query's working memory, kept for the next: the heaps of the best
	// candidates (best) and the scores of the names compared (rank).
	heap, wholeHeap candidates
	memo            map[string]float64
}

// minTable is the table's starting size: room for the 20,000 candidates of a typical query
// without growing.
const minTable = 1 << 16

var accumulators = sync.Pool{New: func() any { return &accumulator{} }}

// ready makes room for slots below n. A fresh or reset accumulator holds no candidate.
func (a *accumulator) ready(n int) {
	if words := (n + 63) / 64; len(a.seen) < words {
		a.seen = make([]uint64, words+words/4)
	}
	if a.table == nil {
		a.table = make([]int32, minTable)
		a.shift = 32 - 16
		a.lo, a.hi = ^uint32(0), 0
	}
}

// within returns the part of a posting list whose slots lie between the least and the
// greatest candidate's: the only postings that can mark one.
func (a *accumulator) within(post []uint32) []uint32 {
	if a.lo > a.hi {
		return nil
	}
	i, _ := slices.BinarySearch(post, a.lo<<slotShift)
	if a.hi+1 >= maxSlots {
		return post[i:]
	}
	j, _ := slices.BinarySearch(post[i:], (a.hi+1)<<slotShift)
	return post[i : i+j]
}

// has reports whether slot s is a candidate.
func (a *accumulator) has(s uint32) bool { return a.seen[s>>6]&(1<<(s&63)) != 0 }

// hash is the first place of slot s in the table (Fibonacci hashing).
func (a *accumulator) hash(s uint32) uint32 { return (s * 2654435769) >> a.shift }

// find returns the place of candidate s in slots; s must be one (has).
func (a *accumulator) find(s uint32) int {
	m := uint32(len(a.table) - 1)
	for i := a.hash(s); ; i = (i + 1) & m {
		if v := a.table[i]; v != 0 && a.slots[v-1] == s {
			return int(v - 1)
		}
	}
}

// mark adds bit to the mask of candidate s, when s is one whose mask has no bit of have.
func (a *accumulator) mark(s, bit, have uint32) {
	if a.has(s) {
		if i := a.find(s); a.masks[i]&have == 0 {
			a.masks[i] |= bit
		}
	}
}

// add makes slot s, not yet a candidate, one with the mask bit and parts parts.
func (a *accumulator) add(s, bit uint32, parts uint8) {
	if 2*(len(a.slots)+1) > len(a.table) {
		a.grow()
	}
	a.seen[s>>6] |= 1 << (s & 63)
	a.lo, a.hi = min(a.lo, s), max(a.hi, s)
	a.slots = append(a.slots, s)
	a.masks = append(a.masks, bit)
	a.parts = append(a.parts, parts)
	a.pos = append(a.pos, a.place(s, int32(len(a.slots))))
}

// place puts v, the entry of slot s, in the first free place of the table and returns it.
func (a *accumulator) place(s uint32, v int32) uint32 {
	m := uint32(len(a.table) - 1)
	i := a.hash(s)
	for a.table[i] != 0 {
		i = (i + 1) & m
	}
	a.table[i] = v
	return i
}

// grow doubles the table and places the candidates again.
func (a *accumulator) grow() {
	a.table = make([]int32, 2*len(a.table))
	a.shift--
	for i, s := range a.slots {
		a.pos[i] = a.place(s, int32(i+1))
	}
}

// reset empties the accumulator, clearing only what the last query set.
func (a *accumulator) reset() {
	for i, s := range a.slots {
		a.seen[s>>6] = 0
		a.table[a.pos[i]] = 0
	}
	a.slots, a.masks, a.parts, a.pos = a.slots[:0], a.masks[:0], a.parts[:0], a.pos[:0]
	a.lo, a.hi = ^uint32(0), 0
	a.heap, a.wholeHeap = a.heap[:0], a.wholeHeap[:0]
	clear(a.memo)
}
