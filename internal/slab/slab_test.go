package slab

import (
	"fmt"
	"testing"
)

// TestCopiesStay: texts and values cut from slabs keep their contents however many are cut
// after them, across many full slabs.
func TestCopiesStay(t *testing.T) {
	var texts Texts
	var nums []int
	var ptrs []string
	type kept struct {
		text string
		nums []int
		one  *string
	}
	var all []kept
	for i := range 20000 {
		s := fmt.Sprintf("text %d %s", i, string(rune('a'+i%26)))
		xs := []int{i, -i, i * 3}[:1+i%3]
		all = append(all, kept{texts.Keep(s), Cut(&nums, xs), One(&ptrs, s)})
	}
	for i, k := range all {
		want := fmt.Sprintf("text %d %s", i, string(rune('a'+i%26)))
		if k.text != want || *k.one != want || len(k.nums) != 1+i%3 || k.nums[0] != i || cap(k.nums) != len(k.nums) {
			t.Fatalf("copy %d: %q %q %v", i, k.text, *k.one, k.nums)
		}
	}
	if texts.Keep("") != "" || len(Cut(&nums, nil)) != 0 {
		t.Fatal("nothing kept is not empty")
	}
}

// TestSlabsGrow: a slab starts small and grows to about maxBytes, and a value larger than that
// gets a slab of its own size.
func TestSlabsGrow(t *testing.T) {
	var s []uint64
	Cut(&s, []uint64{1})
	if cap(s) != 16 {
		t.Fatalf("first slab %d elements, want 16", cap(s))
	}
	for range 100000 {
		Cut(&s, []uint64{1})
	}
	if cap(s) != maxBytes/8 {
		t.Fatalf("slab %d elements, want %d", cap(s), maxBytes/8)
	}
	big := make([]uint64, maxBytes)
	if got := Cut(&s, big); len(got) != len(big) || cap(s) != len(big) {
		t.Fatalf("large copy of %d in a slab of %d, want %d in one of its own", len(got), cap(s), len(big))
	}
}
