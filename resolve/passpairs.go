package resolve

import (
	"slices"
)

// A pass's pairs are made block by block from its sorted keys, and the blocks are independent:
// passPairs cuts the keys at block boundaries into a run per worker, and each worker writes the
// pairs of its run into a region of the pass's array of its own, sized by pairsBound, so that
// nothing is allocated beyond what one worker would. The regions are then closed up. The pairs
// are the same as one worker makes, in another order: they are sorted afterwards.

// passCounts is what making a pass's pairs counts for BlockStats.
type passCounts struct {
	skipped, skippedRecords, windowed int
}

func (pc *passCounts) add(o passCounts) {
	pc.skipped += o.skipped
	pc.skippedRecords += o.skippedRecords
	pc.windowed += o.windowed
}

// passPairs appends to cs[:0] the pairs of entries that share a block of the sorted keys (a
// key<<shift | entry each) on up to workers goroutines, and returns them with what it counted.
func passPairs(cs []uint64, keys []uint64, es []*entry, shift uint, maxBlock, workers int) ([]uint64, passCounts) {
	runs := blockRuns(keys, shift, max(1, workers))
	bounds := make([]int, len(runs))
	parallelTasks(len(runs), workers, func(r int) {
		bounds[r] = pairsBound(keys[runs[r][0]:runs[r][1]], shift, maxBlock)
	})
	total := 0
	for _, b := range bounds {
		total += b
	}
	cs = slices.Grow(cs[:0], total)[:total]
	parts := make([][]uint64, len(runs))
	counts := make([]passCounts, len(runs))
	offs := make([]int, len(runs)+1) // run r's region of cs is offs[r]:offs[r+1]
	for r, b := range bounds {
		offs[r+1] = offs[r] + b
	}
	parallelTasks(len(runs), workers, func(r int) {
		region := cs[offs[r]:offs[r]:offs[r+1]]
		parts[r], counts[r] = appendBlockPairs(region, keys[runs[r][0]:runs[r][1]], es, shift, maxBlock)
	})
	// Close up the regions; a part that outgrew its region (pairsBound is an upper bound, so
	// none should) was moved by append and is copied back all the same.
	n := 0
	var pc passCounts
	for r, part := range parts {
		if n+len(part) > len(cs) {
			cs = append(cs[:n], part...)
		} else {
			copy(cs[n:], part)
		}
		n += len(part)
		pc.add(counts[r])
	}
	return cs[:n], pc
}

// blockRuns cuts sorted keys into up to n runs of about equal length, each of whole blocks, as
// [lo, hi) bounds.
func blockRuns(keys []uint64, shift uint, n int) [][2]int {
	var runs [][2]int
	lo := 0
	for r := 1; r <= n && lo < len(keys); r++ {
		hi := len(keys) * r / n
		if hi <= lo {
			continue
		}
		for hi < len(keys) && keys[hi]>>shift == keys[hi-1]>>shift {
			hi++
		}
		runs = append(runs, [2]int{lo, hi})
		lo = hi
	}
	return runs
}

// appendBlockPairs appends to cs the pairs of entries that share a block of the sorted keys: all
// pairs of a block up to maxBlock entries, a sorted neighbourhood of a block up to
// windowedBlocks times larger (see appendWindowed), none of a larger one.
func appendBlockPairs(cs, keys []uint64, es []*entry, shift uint, maxBlock int) ([]uint64, passCounts) {
	mask := uint64(1)<<shift - 1
	var pc passCounts
	var block []int32
	var w window
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>shift == keys[lo]>>shift {
			hi++
		}
		block = block[:0]
		for _, m := range keys[lo:hi] {
			if i := int32(m & mask); len(block) == 0 || block[len(block)-1] != i {
				block = append(block, i)
			}
		}
		lo = hi
		switch {
		case len(block) > maxBlock*windowedBlocks:
			pc.skipped++
			pc.skippedRecords += len(block)
		case len(block) > maxBlock:
			pc.windowed++
			first, second := windows(maxBlock)
			cs = appendWindowed(cs, &w, es, block, first, second)
		default:
			for x := range block {
				for _, j := range block[x+1:] {
					cs = append(cs, packPair(block[x], j))
				}
			}
		}
	}
	return cs, pc
}
