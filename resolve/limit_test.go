package resolve

import "testing"

// TestStrongPacking: a pair and its strength come back from their word, the words of a batch's
// pairs keep the pairs' order, and past four million entries only a strength's last bits go.
func TestStrongPacking(t *testing.T) {
	for _, n := range []int{2, 1000, 2_463_008, 1<<22 - 1, 1 << 22, 50_000_000, maxRecords - 1} {
		pk := newStrongPacking(n)
		top := uint32(255)<<12 | 3650
		for _, p := range [][3]int64{{0, 1, 1}, {int64(n) - 2, int64(n) - 1, int64(top)}, {int64(n) / 3, int64(n) / 2, 64<<12 | 17}} {
			i, j, s := pk.unpack(pk.pack(int32(p[0]), int32(p[1]), uint32(p[2])))
			if int64(i) != p[0] || int64(j) != p[1] || s != uint32(p[2])>>pk.drop {
				t.Errorf("n %d: pair %v came back as %d, %d, strength %d", n, p, i, j, s)
			}
		}
		if pk.pack(0, int32(n)-1, top) >= pk.pack(1, 0, 0) || pk.pack(int32(n)-1, 0, 0) >= pk.pack(int32(n), 0, 0) {
			t.Errorf("n %d: words out of the pairs' order", n)
		}
		if n < 1<<22 && pk.drop != 0 {
			t.Errorf("n %d: %d bits of the strength dropped, want none", n, pk.drop)
		}
	}
}
