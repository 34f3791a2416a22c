package resolve

import (
	"math/bits"
	"slices"
	"strings"
)

// candidatePairs returns the distinct pairs of entries (i<<32 | j, i < j) that share a block, in
// order. Each pass's keys are sorted on their own, a key and its entry packed in one word, so
// that blocking a few million records takes a few hundred megabytes.
func candidatePairs(es []*entry, maxBlock int) ([]uint64, BlockStats) {
	shift := uint(bits.Len(uint(len(es))))
	mask := uint64(1)<<shift - 1
	var ms [nPasses][]uint64
	for i, e := range es {
		blockKeys(e, func(pass int, key uint64) {
			ms[pass] = append(ms[pass], key<<shift|uint64(i))
		})
	}
	st := BlockStats{Skipped: map[string]int{}, SkippedRecords: map[string]int{}, Windowed: map[string]int{}}
	var cs []uint64
	var block []int32
	for p := range ms {
		slices.Sort(ms[p])
		for lo := 0; lo < len(ms[p]); {
			hi := lo + 1
			for hi < len(ms[p]) && ms[p][hi]>>shift == ms[p][lo]>>shift {
				hi++
			}
			block = block[:0]
			for _, m := range ms[p][lo:hi] {
				if i := int32(m & mask); len(block) == 0 || block[len(block)-1] != i {
					block = append(block, i)
				}
			}
			lo = hi
			switch {
			case len(block) > maxBlock*windowedBlocks:
				st.Skipped[passNames[p]]++
				st.SkippedRecords[passNames[p]] += len(block)
			case len(block) > maxBlock:
				st.Windowed[passNames[p]]++
				cs = appendWindowed(cs, es, block, max(minWindow, maxBlock/windowShare))
			default:
				for x := range block {
					for _, j := range block[x+1:] {
						cs = append(cs, uint64(block[x])<<32|uint64(j))
					}
				}
			}
		}
		ms[p] = nil
	}
	slices.Sort(cs)
	cs = slices.Compact(cs)
	st.Pairs = len(cs)
	return slices.Clip(cs), st
}

// passesOf returns a bit per pass in whose blocks entries a and b share a key.
func passesOf(a, b *entry) uint16 {
	var ka [nPasses][]uint64
	blockKeys(a, func(pass int, key uint64) { ka[pass] = append(ka[pass], key) })
	var out uint16
	blockKeys(b, func(pass int, key uint64) {
		if slices.Contains(ka[pass], key) {
			out |= 1 << pass
		}
	})
	return out
}

// appendWindowed compares the members of a large block by sorted neighbourhood: ordered by birth
// year, then home, then birth date, each with the next window members. The year comes first so
// that a record that gives only its year meets the records of that year and home, not only
// those born on the first of January. Members are in increasing order.
func appendWindowed(cs []uint64, es []*entry, block []int32, window int) []uint64 {
	type ranked struct {
		year  int16
		birth int32
		home  string
		i     int32
	}
	rs := make([]ranked, len(block))
	for k, i := range block {
		e := es[i]
		h := ""
		if len(e.home) > 0 {
			h = e.home[0]
		}
		rs[k] = ranked{e.birth.y, e.birth.first, h, i}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		switch {
		case a.year != b.year:
			return int(a.year) - int(b.year)
		case a.home != b.home:
			return strings.Compare(a.home, b.home)
		case a.birth != b.birth:
			return int(a.birth - b.birth)
		}
		return int(a.i - b.i)
	})
	for x := range rs {
		for y := x + 1; y < len(rs) && y <= x+window; y++ {
			i, j := rs[x].i, rs[y].i
			cs = append(cs, uint64(min(i, j))<<32|uint64(max(i, j)))
		}
	}
	return cs
}
