package resolve

import "sync/atomic"

// pairTable remembers a small result (a name level, a yes or no) by a pair of 64-bit text
// hashes, for every worker of a batch at once. It is one flat array of 8-byte slots, not a Go
// map: each slot packs the pair's hash (its high 56 bits) with the result (the low byte), so a
// slot is read and written whole with one atomic load or store and the table needs no lock. Two
// workers that write one slot at once leave one of the two pairs there, each slot always a pair
// and its own result, so the worst a race does is make the other pair a miss, computed again.
// A full neighbourhood overwrites its first slot: the table stays at its size whatever the
// corpus, and remembers the pairs met lately.
//
// A different pair is taken for a remembered one only when its hash agrees in 56 bits with one
// of the probed slots: a chance of 2⁻⁵⁴ a look-up, once in some 10¹⁶ look-ups (a million
// people make about 10⁸).
type pairTable struct {
	slots []atomic.Uint64
	mask  uint64
}

// pairProbes is how many neighbouring slots a pair may take.
const pairProbes = 4

// newPairTable returns a table of 1<<bits slots (8 bytes each).
func newPairTable(bits int) *pairTable {
	return &pairTable{slots: make([]atomic.Uint64, 1<<bits), mask: 1<<bits - 1}
}

// slotKey is the hash of an ordered pair of hashes, its low byte cleared for the result.
func slotKey(a, b uint64) uint64 { return mix(a, b) &^ 0xff }

// get returns the result remembered for the pair a, b.
func (t *pairTable) get(a, b uint64) (int8, bool) {
	k := slotKey(a, b)
	i := k >> 8
	for p := range uint64(pairProbes) {
		v := t.slots[(i+p)&t.mask].Load()
		if v == 0 {
			return 0, false
		}
		if v&^0xff == k {
			return int8(v&0xff) - 1, true
		}
	}
	return 0, false
}

// put remembers r, from -1 to 126, for the pair a, b.
func (t *pairTable) put(a, b uint64, r int8) {
	k := slotKey(a, b)
	v := k | uint64(uint8(r+1))
	i := k >> 8
	for p := range uint64(pairProbes) {
		s := &t.slots[(i+p)&t.mask]
		if old := s.Load(); old == 0 || old&^0xff == k {
			s.Store(v)
			return
		}
	}
	t.slots[i&t.mask].Store(v)
}
