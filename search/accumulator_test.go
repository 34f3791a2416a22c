package search

import (
	"slices"
	"testing"
)

// TestWithin checks that a unit that only marks reads exactly the postings whose slots lie
// between the least and the greatest candidate: a posting outside would mark nothing, and one
// inside left out would lose a candidate its unit.
func TestWithin(t *testing.T) {
	var post []uint32
	for _, s := range []uint32{0, 3, 5, 7, 9, 12, maxSlots - 1} {
		post = append(post, posting(s, 0, 1), posting(s, 2, 3))
	}
	tests := []struct {
		name       string
		candidates []uint32
		want       []uint32 // slots of the postings returned
	}{
		{"no candidate", nil, nil},
		{"one candidate", []uint32{7}, []uint32{7, 7}},
		{"between two", []uint32{9, 4}, []uint32{5, 5, 7, 7, 9, 9}},
		{"outside the list", []uint32{13, 20}, nil},
		{"the last slot", []uint32{maxSlots - 1, 10}, []uint32{12, 12, maxSlots - 1, maxSlots - 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := accumulators.Get().(*accumulator)
			defer func() { a.reset(); accumulators.Put(a) }()
			a.ready(maxSlots)
			for _, s := range tt.candidates {
				a.add(s, 1, 1)
			}
			var got []uint32
			for _, p := range a.within(post) {
				got = append(got, slotOf(p))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("within = %v, want %v", got, tt.want)
			}
		})
	}
}
