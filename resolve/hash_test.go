package resolve

import (
	"fmt"
	"hash/maphash"
	"testing"
)

// TestHashIsFixed: the hash of a text is the same in every process and on every machine, so
// that blocking meets the same blocks and a run gives the same people as the last; the values
// below were printed once and must not change with a release.
func TestHashIsFixed(t *testing.T) {
	cases := []struct {
		in   string
		want uint64
	}{
		{"", 0x2c610f105fb75790},
		{"tursun", 0x8ffa6746755cf2f},
		{"653101198001011234", 0x535fbea6214dc7de},
		{"ئىلھام", 0xf812944f6b8b2e3},
	}
	for _, c := range cases {
		if got := hashString(c.in); got != c.want {
			t.Errorf("hashString(%q) = %#x, want %#x", c.in, got, c.want)
		}
	}
}

// TestHashSpreads: a million keys of the kind blocking hashes (a pass, a name key and a year)
// collide no more in their low 42 bits (what blocking keeps at a million people) than random
// numbers would (about 0.1 expected), and neighbours differ in each of the 64 bits about half
// the time.
func TestHashSpreads(t *testing.T) {
	seen := map[uint64]string{}
	collisions := 0
	var flips [64]int
	var last uint64
	n := 1_000_000
	if testing.Short() {
		n = 100_000
	}
	for i := range n {
		k := fmt.Sprintf("%d|mmt%d|%d", i%7, i/7, 1950+i%60)
		h := hashString(k)
		if o, ok := seen[h&(1<<42-1)]; ok {
			collisions++
			t.Logf("%q and %q meet at 42 bits", o, k)
		}
		seen[h&(1<<42-1)] = k
		for b := range 64 {
			if (h^last)>>b&1 == 1 {
				flips[b]++
			}
		}
		last = h
	}
	if collisions > 3 {
		t.Errorf("%d collisions at 42 bits among %d keys", collisions, n)
	}
	for b, f := range flips {
		if share := float64(f) / float64(n); share < 0.48 || share > 0.52 {
			t.Errorf("bit %d changed between neighbours %.3f of the time", b, share)
		}
	}
}

// hashKeys are texts of the kinds resolution hashes: phonetic keys, an identity number, a name
// in Arabic script, a whole name.
var hashKeys = []string{"mmt", "tursun", "653101198001011234", "ilham tohti", "ئىلھام", "abdukerim abduwupur", "k"}

var hashSink uint64

// BenchmarkHashString hashes hashKeys with the fixed hash, beside BenchmarkHashMaphash, the
// seeded hash it replaced: ns/op is for all seven keys.
func BenchmarkHashString(b *testing.B) {
	for b.Loop() {
		for _, k := range hashKeys {
			hashSink += hashString(k)
		}
	}
}

// BenchmarkHashMaphash is BenchmarkHashString with hash/maphash.
func BenchmarkHashMaphash(b *testing.B) {
	seed := maphash.MakeSeed()
	for b.Loop() {
		for _, k := range hashKeys {
			hashSink += maphash.String(seed, k)
		}
	}
}
