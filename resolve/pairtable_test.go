package resolve

import (
	"sync"
	"testing"
)

// TestPairTable checks that a table answers what was put for a pair, in the order given, and
// nothing for a pair never put.
func TestPairTable(t *testing.T) {
	tab := newPairTable(8)
	tests := []struct {
		a, b uint64
		r    int8
	}{
		{1, 2, nameExact},
		{2, 1, nameDiffer},
		{hashString("memet tursun"), hashString("买买提 吐尔逊"), nameSubset},
		{0, 0, -1},
		{^uint64(0), 7, 126},
	}
	for _, tt := range tests {
		tab.put(tt.a, tt.b, tt.r)
	}
	for _, tt := range tests {
		if got, ok := tab.get(tt.a, tt.b); !ok || got != tt.r {
			t.Errorf("get(%#x, %#x) = %d, %v; want %d, true", tt.a, tt.b, got, ok, tt.r)
		}
	}
	if got, ok := tab.get(3, 4); ok {
		t.Errorf("get of a pair never put = %d, true", got)
	}
}

// TestPairTableFull checks that a table far smaller than the pairs put stays at its size and
// never answers wrong: each answer it still has is the one put.
func TestPairTableFull(t *testing.T) {
	tab := newPairTable(6)
	const n = 10_000
	for i := range uint64(n) {
		tab.put(i, i*3, int8(i%7))
	}
	if len(tab.slots) != 64 {
		t.Fatalf("table grew to %d slots", len(tab.slots))
	}
	found := 0
	for i := range uint64(n) {
		if got, ok := tab.get(i, i*3); ok {
			found++
			if got != int8(i%7) {
				t.Fatalf("pair %d: got %d, want %d", i, got, i%7)
			}
		}
	}
	if found == 0 || found > 64 {
		t.Errorf("%d of %d pairs remembered in 64 slots", found, n)
	}
}

// TestPairTableConcurrent has workers write and read one small table at once: every answer is
// the one put for the pair (run with -race to check the table needs no lock).
func TestPairTableConcurrent(t *testing.T) {
	tab := newPairTable(7)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range uint64(20_000) {
				k := i % 500
				if got, ok := tab.get(k, k+1); ok && got != int8(k%100) {
					errs <- "wrong answer"
					return
				}
				tab.put(k, k+1, int8(k%100))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
