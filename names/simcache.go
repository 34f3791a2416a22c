package names

import (
	"hash/maphash"
	"slices"
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

// simSlots is the number of pairs of units the cache holds: 16 bytes each, 64 MB in all,
// allocated shard by shard as the shards are first written. Each pair may take either of two
// neighbouring slots, the one last written first. At 200,000 generator people entity resolution
// asks for 10.1 million similarities of 3.7 million distinct pairs of units: a million slots,
// each held by the last pair that mapped to it, answered 53% of them.
const simSlots = 1 << 22

// simShards divides the cache, each shard behind its own lock, so that workers comparing pairs
// in parallel seldom wait for one another.
const simShards = 64

// simEntry is one remembered similarity: a key made of the signatures of two units, the smaller
// first, and of the floor it was computed for (unitSim), and the similarity. Key 0 marks an
// empty slot.
type simEntry struct {
	key uint64
	sim float64
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

// The floors the cache remembers similarities for, lowest first: what the matcher asks.
var simFloors = [...]float64{nearMissMin, pairMin}

// simKey returns the key of the signatures a, b and floor, the rank of floor in simFloors (its
// lowest bit): two keys differ but in that bit when they name one pair of units. Two different
// pairs share a key with a chance of 2⁻⁶² per pair.
func simKey(a, b uint64, floor int) uint64 {
	h := (a ^ (b*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019)) * 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h = (h ^ b) * 0x94d049bb133111eb
	h ^= h >> 29
	return h&^3 | 2 | uint64(floor)
}

// simSlot returns the shard of key and the first of its two slots there.
func simSlot(key uint64) (*simShard, int) {
	h := key >> 2
	return &simCache[h%simShards], int(h/simShards%(simSlots/simShards)) &^ 1
}

// cachedSim returns the remembered similarity of the units with signatures a and b, computed
// for the floor of rank floor or a lower one.
func cachedSim(a, b uint64, floor int) (float64, bool) {
	key := simKey(a, b, floor)
	s, i := simSlot(key)
	s.mu.Lock()
	if s.entries == nil {
		s.mu.Unlock()
		return 0, false
	}
	e0, e1 := s.entries[i], s.entries[i+1]
	s.mu.Unlock()
	for _, e := range [2]simEntry{e0, e1} {
		if e.key|1 == key|1 && e.key&1 <= key&1 {
			return e.sim, true
		}
	}
	return 0, false
}

// rememberSim records the similarity of the units with signatures a and b, computed for the
// floor of rank floor, in the first of their slots; what held it moves to the second, unless
// it was this pair.
func rememberSim(a, b uint64, sim float64, floor int) {
	key := simKey(a, b, floor)
	s, i := simSlot(key)
	s.mu.Lock()
	if s.entries == nil {
		s.entries = make([]simEntry, simSlots/simShards)
	}
	if old := s.entries[i]; old.key|1 != key|1 {
		s.entries[i+1] = old
	}
	s.entries[i] = simEntry{key, sim}
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

// sim is unitSim, remembered in the cache by the units' signatures sa and sb (0: do not) and
// floor, when it is one of simFloors. unitSim is symmetric (keySimilarity orders its keys, the
// compound rule cuts both keys alike), so one entry serves a pair of units in either order.
func sim(a *Name, ua int, sa uint64, b *Name, ub int, sb uint64, floor float64) float64 {
	rank := slices.Index(simFloors[:], floor)
	if sa == 0 || sb == 0 || simCacheOff || rank < 0 {
		return unitSim(a, ua, b, ub, floor)
	}
	if sa > sb {
		sa, sb = sb, sa
	}
	if s, ok := cachedSim(sa, sb, rank); ok {
		return s
	}
	s := unitSim(a, ua, b, ub, floor)
	rememberSim(sa, sb, s, rank)
	return s
}
