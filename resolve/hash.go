package resolve

// Blocking keys, name forms, memos and term counts are keyed by 64-bit hashes of text. The
// hash is fixed, not seeded per process (as hash/maphash is): blocking keeps 42 bits of a key
// at a million people, so two unrelated blocks sometimes meet by chance, and with a seed of
// its own each run met different ones, trained on a slightly different sample and drew a few
// thousand different people from the same records. With a fixed hash the same records give
// the same people in every run, which a reviewer comparing two runs needs. These hashes live in
// memory only and may change between releases; the candidate keys stored in the database have
// a hash of their own that may not (fnv64, persist_keys.go).

// The multipliers are splitmix64's (Steele, Lea and Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014), whose finaliser also ends the hash.
const (
	hashK0 = 0x9e3779b97f4a7c15
	hashK1 = 0xbf58476d1ce4e5b9
	hashK2 = 0x94d049bb133111eb
)

// hashString hashes s eight bytes at a time, then mixes every bit of the state into every bit
// of the result.
func hashString(s string) uint64 {
	h := hashK0 ^ uint64(len(s))*hashK1
	for len(s) >= 8 {
		_ = s[7]
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ v) * hashK1
		h ^= h >> 31
		s = s[8:]
	}
	var v uint64
	for i := len(s) - 1; i >= 0; i-- {
		v = v<<8 | uint64(s[i])
	}
	h = (h ^ v) * hashK2
	h ^= h >> 30
	h *= hashK1
	h ^= h >> 27
	h *= hashK2
	return h ^ h>>31
}
