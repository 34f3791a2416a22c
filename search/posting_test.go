package search

import "testing"

func TestPostingPacksSlotRankParts(t *testing.T) {
	tests := []struct {
		slot        uint32
		rank, parts uint8
		wantParts   uint8
	}{
		{0, 0, 0, 0},
		{1, 4, 3, 3},
		{maxSlots - 1, 2, 15, 15},
		{12345, 1, 40, 15}, // a name of forty parts counts as fifteen
	}
	for _, tt := range tests {
		p := posting(tt.slot, tt.rank, tt.parts)
		if slotOf(p) != tt.slot || rankOf(p) != tt.rank || partsOf(p) != tt.wantParts {
			t.Errorf("posting(%d, %d, %d) reads back slot %d rank %d parts %d", tt.slot, tt.rank, tt.parts,
				slotOf(p), rankOf(p), partsOf(p))
		}
	}
	post := []uint32{posting(2, 4, 1), posting(5, 0, 15), posting(9, 3, 2)}
	for s, want := range map[uint32]bool{0: false, 2: true, 3: false, 5: true, 9: true, 10: false} {
		if got := hasSlot(post, s); got != want {
			t.Errorf("hasSlot(%d) = %v, want %v", s, got, want)
		}
	}
}
