package names

import (
	"hash/maphash"
	"sync"
)

// Entity resolution compares millions of distinct pairs of whole names, but far fewer distinct
// pairs of parts: the parts come from one inventory of names and its writings (买买提 against
// Memet turns up in thousands of pairs of otherwise different names). The similarity of two
// units (unitSim) depends only on their candidate keys, so it is remembered here by a
// signature of each unit's candidates: one part's comparison is aligned once, not once per
// name it occurs in. The cache is bounded (simSlots entries, each overwritten by the next pair
// that maps to its slot), safe for concurrent use, and changes no result: it returns what
// unitSim computed for the same candidates.

// simSlots is the number of pairs of units the cache holds: 32 bytes each, 32 MB in all,
// allocated shard by shard as the shards are first written.
const simSlots = 1 << 20

// simShards divides the cache, each shard behind its own lock, so that workers comparing pairs
// in parallel seldom wait for one another.
const simShards = 64

// simEntry is one remembered similarity: the signatures of two units, the smaller first,
// and the floor it was computed for (unitSim): it answers only a caller with that floor or a
// higher one.
type simEntry struct {
	a, b  uint64
	sim   float64
	floor float64
}

type simShard struct {
	mu      sync.Mutex
	entries []simEntry
	_       [40]byte // a cache line of its own
}

var (
	simCache [simShards]simShard
	// simCacheOff turns the cache off, for benchmarks of the comparison itself.
	simCacheOff bool
	sigSeed     = maphash.MakeSeed()
)

// simSlot returns the shard and the slot in it of the pair of signatures a, b.
func simSlot(a, b uint64) (*simShard, int) {
	h := (a ^ b*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return &simCache[h%simShards], int(h / simShards % (simSlots / simShards))
}

// cachedSim returns the remembered similarity of the units with signatures a and b, computed
// for floor or a lower one.
func cachedSim(a, b uint64, floor float64) (float64, bool) {
	s, i := simSlot(a, b)
	s.mu.Lock()
	if s.entries == nil {
		s.mu.Unlock()
		return 0, false
	}
	e := s.entries[i]
	s.mu.Unlock()
	return e.sim, e.a == a && e.b == b && e.floor <= floor
}

// rememberSim records the similarity of the units with signatures a and b, computed for floor.
func rememberSim(a, b uint64, sim, floor float64) {
	s, i := simSlot(a, b)
	s.mu.Lock()
	if s.entries == nil {
		s.entries = make([]simEntry, simSlots/simShards)
	}
	s.entries[i] = simEntry{a, b, sim, floor}
	s.mu.Unlock()
}

// candSig is the signature of a unit's candidate keys: everything unitSim reads of them (the
// keys and their flags; halves follows from the key). It is never 0, which marks a unit
// without one. Two different lists share a signature with a chance of 2⁻⁶⁴ per pair.
func candSig(cs []cand) uint64 {
	var h maphash.Hash
	h.SetSeed(sigSeed)
	for i := range cs {
		c := &cs[i]
		h.WriteString(c.key)
		h.WriteByte(0) // keys hold no NUL: the end of one key
		h.WriteByte(candFlags(c))
	}
	return h.Sum64() | 1
}

// partSigs writes the signature of each part of n to sigs: that of its candidates, or 0 for an
// initial, whose similarity depends on more than its keys.
func (n *Name) partSigs(sigs []uint64) {
	for i := range n.parts {
		if !n.parts[i].initial {
			sigs[i] = n.parts[i].sig
		}
	}
}

// mergedSigs writes the signature of each merged unit of n to sigs, after the parts'.
func (n *Name) mergedSigs(sigs []uint64) {
	for k := range n.merged {
		c := &n.merged[k]
		sigs[len(n.parts)+k] = (maphash.String(sigSeed, c.key) ^ uint64(candFlags(c))<<56) | 1
	}
}

// candFlags packs a candidate's flags in a byte, its lowest bit always set.
func candFlags(c *cand) byte {
	flags := byte(1)
	for k, f := range [5]bool{c.han, c.abjad, c.rest, c.cut, c.class} {
		if f {
			flags |= 2 << k
		}
	}
	return flags
}

// sim is unitSim, remembered in the cache by the units' signatures sa and sb (0: do not).
// unitSim is symmetric (keySimilarity orders its keys, the compound rule cuts both keys alike),
// so one entry serves a pair of units in either order.
func sim(a *Name, ua int, sa uint64, b *Name, ub int, sb uint64, floor float64) float64 {
	if sa == 0 || sb == 0 || simCacheOff {
		return unitSim(a, ua, b, ub, floor)
	}
	if sa > sb {
		sa, sb = sb, sa
	}
	if s, ok := cachedSim(sa, sb, floor); ok {
		return s
	}
	s := unitSim(a, ua, b, ub, floor)
	rememberSim(sa, sb, s, floor)
	return s
}
