// Package slab keeps many small values that live long, and their texts, in shared arrays
// instead of an allocation each. Values made one by one among short-lived garbage each hold a
// page of the heap that the garbage had shared, for as long as they live, and the collector
// marks them one by one at every cycle: at a million people, a full resolution held half a
// gigabyte of such pages that held nothing (docs/PERFORMANCE.md, "What a batch keeps, in slabs
// (sixteenth session)"). A slab is a plain slice; Cut copies values into it and Texts texts.
// Neither is safe for concurrent use: each goroutine keeps slabs of its own, or locks.
package slab

import "unsafe"

// maxBytes is about how large a slab grows: from 16 elements, twice the last one's size, up to
// this many bytes.
const maxBytes = 64 << 10

// Cut appends xs to *s, or to a new slab when *s has no room, and returns the copy. Copies
// already cut stay where they are: a full slab is replaced, never grown.
func Cut[T any](s *[]T, xs []T) []T {
	*s = roomFor(*s, len(xs))
	start := len(*s)
	*s = append(*s, xs...)
	return (*s)[start:len(*s):len(*s)]
}

// One returns a pointer to a copy of x cut from *s (see Cut).
func One[T any](s *[]T, x T) *T {
	*s = roomFor(*s, 1)
	*s = append(*s, x)
	return &(*s)[len(*s)-1]
}

// roomFor returns s if it has room for n more elements, else a new empty slab with room for at
// least n.
func roomFor[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	var t T
	most := max(1, maxBytes/max(1, int(unsafe.Sizeof(t))))
	return make([]T, 0, max(n, min(most, max(16, 2*cap(s)))))
}

// Texts holds texts in slabs of bytes. Appending writes only past a slab's length and a full
// slab is replaced, never grown, so the bytes under a text kept never change: the text is a
// string over them (unsafe.String), not a second copy.
type Texts struct{ bytes []byte }

// Keep returns a string equal to t over bytes of the slab.
func (s *Texts) Keep(t string) string {
	if t == "" {
		return ""
	}
	s.bytes = roomFor(s.bytes, len(t))
	start := len(s.bytes)
	s.bytes = append(s.bytes, t...)
	return unsafe.String(&s.bytes[start], len(t))
}
