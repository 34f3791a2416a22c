package names

import (
	"hash/maphash"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Entity resolution compares millions of distinct pairs of whole names, but far fewer distinct
// pairs of parts: the parts come from one inventory of names and its writings (买买提 against
// Memet turns up in thousands of pairs of otherwise different names). The similarity of two
// units (unitSim) depends only on their candidate keys, so it is remembered here by a
// signature of each unit's candidates: one part's comparison is aligned once, not once per
// name it occurs in. The cache is bounded (simSlots entries, each overwritten by the next pair
// that maps to its slot), safe for concurrent use without locks, and changes no result: it
// returns what unitSim computed for the same candidates.

// simSlots is the number of pairs of units the cache holds: 16 bytes each, 64 MB in all,
// allocated shard by shard as the shards are first written. Each pair may take either of two
// neighbouring slots, the one last written first. At 200,000 generator people entity resolution
// asks for 10.1 million similarities of 3.7 million distinct pairs of units: a million slots,
// each held by the last pair that mapped to it, answered 53% of them.
const simSlots = 1 << 22

// simShards divides the cache into parts allocated on first use, so that a small run does not
// hold all 64 MB. Reads and writes take no lock; what a lookup costs is the read of a slot that
// no processor cache holds (see touchSims).
const simShards = 64

// simEntry is one remembered similarity: a key made of the signatures of two units, the smaller
// first, and of the floor it was computed for (unitSim), and the similarity's bits. The entry
// holds the key xor the bits, so that readers and writers need no lock: a read that meets half
// of one write and half of another fails the check and misses, as an empty slot (all zero,
// key 0) does.
type simEntry struct {
	check atomic.Uint64 // key ^ data
	data  atomic.Uint64 // math.Float64bits of the similarity
}

// load returns the key and similarity the entry holds (key 0 if it holds none or was caught
// between two writes).
func (e *simEntry) load() (uint64, float64) {
	d := e.data.Load()
	return e.check.Load() ^ d, math.Float64frombits(d)
}

// store makes the entry hold key and sim.
func (e *simEntry) store(key uint64, sim float64) {
	d := math.Float64bits(sim)
	e.check.Store(key ^ d)
	e.data.Store(d)
}

// simShard is one part of the cache; its slots are allocated on the first write, under mu.
type simShard struct {
	entries atomic.Pointer[[simSlots / simShards]simEntry]
	mu      sync.Mutex
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
	es := s.entries.Load()
	if es == nil {
		return 0, false
	}
	for k := i; k < i+2; k++ {
		if ek, sim := es[k].load(); ek|1 == key|1 && ek&1 <= key&1 {
			return sim, true
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
	es := s.entries.Load()
	if es == nil {
		s.mu.Lock()
		if es = s.entries.Load(); es == nil {
			es = new([simSlots / simShards]simEntry)
			s.entries.Store(es)
		}
		s.mu.Unlock()
	}
	if old, oldSim := es[i].load(); old|1 != key|1 {
		es[i+1].store(old, oldSim)
	}
	es[i].store(key, sim)
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

// touchSims reads, without using them, the cache slots of every pair of a unit of sigA with
// a unit of sigB (a's units i0 to i1 against b's units j0 to j1, only pairs where exactly one
// side is past na and nb when joined is set) for floor, before the matcher asks for them
// one by one: each read is a miss of the processor's cache, and issued together they wait for
// memory at the same time, not one after another.
func touchSims(sigA, sigB []uint64, na, nb int, joined bool, floor float64) {
	rank := slices.Index(simFloors[:], floor)
	if simCacheOff || rank < 0 {
		return
	}
	for i, sa := range sigA {
		for j, sb := range sigB {
			if sa == 0 || sb == 0 || joined && (i >= na) == (j >= nb) {
				continue
			}
			key := simKey(min(sa, sb), max(sa, sb), rank)
			s, k := simSlot(key)
			if es := s.entries.Load(); es != nil {
				es[k].data.Load()
			}
		}
	}
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
