package resolve

import "slices"

// sortWords sorts 64-bit words in place, as slices.Sort does, by an in-place most-significant-
// digit radix sort (American flag sort: McIlroy, Bostic and McIlroy, "Engineering Radix Sort",
// Computing Systems 6(1), 1993): blocking sorts tens of millions of keys and pairs a pass at a
// million people, and a byte at a time costs about half of comparing them.
func sortWords(a []uint64) { sortWordsFrom(a, 56) }

// radixCutoff is the length under which a bucket is sorted by comparison.
const radixCutoff = 256

func sortWordsFrom(a []uint64, shift uint) {
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
