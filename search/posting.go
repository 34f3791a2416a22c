package search

import "slices"

// A posting is what a posting list holds for one record: its slot, and below it the two things
// a search reads of the record when it first finds it, its consent rank and the number of parts
// of its shortest name. Read from a table of the entries, those cost a cache miss per record
// found (5 MB at 2.5 M records, read at random); packed in the posting they come with it.
// Slots stay in the high bits, so that posting lists sorted by posting are sorted by slot.

const (
	partsBits = 4 // the parts of the shortest name, up to 15
	rankBits  = 3 // the consent rank, 0 to 4
	slotShift = partsBits + rankBits
	// maxSlots is how many record versions an index holds: 33,554,432.
	maxSlots = 1 << (32 - slotShift)
)

// posting packs slot s with its record's rank and parts.
func posting(s uint32, rank, parts uint8) uint32 {
	return s<<slotShift | uint32(rank)<<partsBits | uint32(min(parts, 1<<partsBits-1))
}

// slotOf returns the slot of posting p.
func slotOf(p uint32) uint32 { return p >> slotShift }

// rankOf returns the consent rank of the record of posting p.
func rankOf(p uint32) uint8 { return uint8(p>>partsBits) & (1<<rankBits - 1) }

// partsOf returns the parts of the shortest name of the record of posting p.
func partsOf(p uint32) uint8 { return uint8(p) & (1<<partsBits - 1) }

// hasSlot reports whether a posting list has slot s.
func hasSlot(post []uint32, s uint32) bool {
	i, _ := slices.BinarySearch(post, s<<slotShift)
	return i < len(post) && slotOf(post[i]) == s
}
