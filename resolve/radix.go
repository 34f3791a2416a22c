package resolve

import (
	"slices"
	"sync"
)

// sortWords sorts 64-bit words in place, as slices.Sort does, by an in-place most-significant-
// digit radix sort (American flag sort: McIlroy, Bostic and McIlroy, "Engineering Radix Sort",
// Computing Systems 6(1), 1993): blocking sorts tens of millions of keys and pairs a pass at a
// million people, and a byte at a time costs about half of comparing them. Buckets of up to
// lsdMax words are sorted by their lowest byte first instead (sortLSD), those too short for
// either by comparison.
func sortWords(a []uint64) { sortWordsFrom(a, 56) }

// radixCutoff is the length under which a bucket is sorted by comparison.
const radixCutoff = 256

func sortWordsFrom(a []uint64, shift uint) {
	if len(a) >= radixCutoff && len(a) <= lsdMax {
		sortLSD(a, shift)
		return
	}
	end, shift, ok := spreadWords(a, shift)
	if !ok {
		return
	}
	lo := 0
	for _, hi := range end {
		if hi-lo > 1 {
			sortWordsFrom(a[lo:hi], shift-8)
		}
		lo = hi
	}
}

// spreadWords is one step of the sort: it permutes a in place into 256 buckets by the byte at
// shift, going on to lower bytes while all words share it, sorts a short a by comparison, and
// returns the buckets' ends and the shift they were made at. It reports false when a is sorted:
// short, or the buckets were made by the last byte.
func spreadWords(a []uint64, shift uint) (end [256]int, at uint, more bool) {
	for {
		if len(a) < radixCutoff {
			slices.Sort(a)
			return end, 0, false
		}
		var count [256]int
		for _, v := range a {
			count[byte(v>>shift)]++
		}
		if count[byte(a[0]>>shift)] == len(a) { // one bucket: go on to the next byte
			if shift == 0 {
				return end, 0, false
			}
			shift -= 8
			continue
		}
		var next [256]int
		sum := 0
		for d, n := range count {
			next[d] = sum
			sum += n
			end[d] = sum
		}
		for d := range 256 {
			for next[d] < end[d] {
				v := a[next[d]]
				for e := int(byte(v >> shift)); e != d; e = int(byte(v >> shift)) {
					v, a[next[e]] = a[next[e]], v
					next[e]++
				}
				a[next[d]] = v
				next[d]++
			}
		}
		return end, shift, shift > 0
	}
}

// lsdMax is the length up to which sortWordsFrom sorts a bucket by least significant digit
// first, through a scratch array (lsdScratch): a bucket that small stays in the cache, and
// each byte is then a pass of counting and one of copying, where the in-place permutation and
// the comparison sort of the last small buckets waited on each word in turn.
const lsdMax = 1 << 16

var lsdScratch = sync.Pool{New: func() any { return new([lsdMax]uint64) }}

// sortLSD sorts a (at most lsdMax words) by its bytes from the lowest to the one at shift;
// the bytes above shift are the same in every word. A byte every word shares is skipped.
func sortLSD(a []uint64, shift uint) {
	buf := lsdScratch.Get().(*[lsdMax]uint64)
	defer lsdScratch.Put(buf)
	src, dst := a, buf[:len(a)]
	for at := uint(0); at <= shift; at += 8 {
		var count [256]int
		for _, v := range src {
			count[byte(v>>at)]++
		}
		if count[byte(src[0]>>at)] == len(src) {
			continue
		}
		sum := 0
		for d, n := range count {
			count[d] = sum
			sum += n
		}
		for _, v := range src {
			d := byte(v >> at)
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}
