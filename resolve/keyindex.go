package resolve

import (
	"slices"
)

// keyIndex maps blocking keys to the entries that carry them. The bulk of it is one sorted
// array (twelve bytes a key, where a map of slices would take eighty); keys added later go to a
// small map that is folded into the array when it grows.
type keyIndex struct {
	frozen []keyed
	fresh  map[uint64][]int32
	nFresh int
}

type keyed struct {
	key uint64
	i   int32
}

// foldAt is the number of fresh keys at which they are merged into the sorted array.
const foldAt = 1 << 16

func (x *keyIndex) build(es []*entry) {
	x.frozen = x.frozen[:0]
	for i, e := range es {
		blockKeys(e, func(_ int, key uint64) {
			x.frozen = append(x.frozen, keyed{key, int32(i)})
		})
	}
	sortKeyed(x.frozen)
	x.fresh, x.nFresh = map[uint64][]int32{}, 0
}

func sortKeyed(ks []keyed) {
	slices.SortFunc(ks, func(a, b keyed) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return int(a.i - b.i)
	})
}

func (x *keyIndex) add(e *entry, i int32) {
	if x.fresh == nil {
		x.fresh = map[uint64][]int32{}
	}
	blockKeys(e, func(_ int, key uint64) {
		x.fresh[key] = append(x.fresh[key], i)
		x.nFresh++
	})
	if x.nFresh >= foldAt {
		for k, is := range x.fresh {
			for _, i := range is {
				x.frozen = append(x.frozen, keyed{k, i})
			}
		}
		sortKeyed(x.frozen)
		x.fresh, x.nFresh = map[uint64][]int32{}, 0
	}
}

// lookup calls fn with the entries under key, unless there are more than maxBlock of them.
func (x *keyIndex) lookup(key uint64, maxBlock int, fn func(int32)) {
	lo, _ := slices.BinarySearchFunc(x.frozen, key, func(k keyed, t uint64) int {
		switch {
		case k.key < t:
			return -1
		case k.key > t:
			return 1
		}
		return 0
	})
	hi := lo
	for hi < len(x.frozen) && x.frozen[hi].key == key {
		hi++
	}
	fresh := x.fresh[key]
	if hi-lo+len(fresh) > maxBlock {
		return
	}
	for _, k := range x.frozen[lo:hi] {
		fn(k.i)
	}
	for _, i := range fresh {
		fn(i)
	}
}

// candidates returns the distinct entries that share a block with e.
func (x *keyIndex) candidates(e *entry, maxBlock int) []int32 {
	var out []int32
	blockKeys(e, func(_ int, key uint64) {
		x.lookup(key, maxBlock, func(i int32) { out = append(out, i) })
	})
	slices.Sort(out)
	return slices.Compact(out)
}
