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

// lookup calls fn with the entries under key. A block larger than maxBlock gives only the
// entries nearest to the query by distance (the batch's sorted neighbourhood, seen from one
// record); a block more than windowedBlocks times larger gives nothing.
func (x *keyIndex) lookup(key uint64, maxBlock int, distance func(int32) int64, fn func(int32)) {
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
	n := hi - lo + len(fresh)
	if n <= maxBlock {
		for _, k := range x.frozen[lo:hi] {
			fn(k.i)
		}
		for _, i := range fresh {
			fn(i)
		}
		return
	}
	if n > maxBlock*windowedBlocks {
		return
	}
	type near struct {
		d int64
		i int32
	}
	ns := make([]near, 0, n)
	for _, k := range x.frozen[lo:hi] {
		ns = append(ns, near{distance(k.i), k.i})
	}
	for _, i := range fresh {
		ns = append(ns, near{distance(i), i})
	}
	slices.SortFunc(ns, func(a, b near) int {
		if a.d != b.d {
			if a.d < b.d {
				return -1
			}
			return 1
		}
		return int(a.i - b.i)
	})
	for _, v := range ns[:min(len(ns), 2*blockWindow(maxBlock))] {
		fn(v.i)
	}
}

// candidates returns the distinct entries that share a block with e; in large blocks, those
// nearest by distance.
func (x *keyIndex) candidates(e *entry, maxBlock int, distance func(int32) int64) []int32 {
	var out []int32
	blockKeys(e, func(_ int, key uint64) {
		x.lookup(key, maxBlock, distance, func(i int32) { out = append(out, i) })
	})
	slices.Sort(out)
	return slices.Compact(out)
}
