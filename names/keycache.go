package names

import (
	"hash/maphash"
	"strings"
	"sync"
)

// A corpus writes millions of names with far fewer distinct parts (买买提, Memet, MAIMAITI
// recur in thousands of names), and reading a part's keys (its Chinese readings, its
// romanisations) costs microseconds, so Keys remembers each part's keys by its text. The cache
// is bounded (a full shard is emptied and starts again), safe for concurrent use, and changes no
// result: the keys of a part depend on its text alone.

// keyShards divides the cache of part keys, each shard behind its own lock.
const keyShards = 64

// maxShardKeys bounds the parts a shard remembers: 131,072 parts in all, some 20 MB.
const maxShardKeys = 1 << 11

type keyShard struct {
	mu   sync.Mutex
	keys map[string][]string
	_    [40]byte // a cache line of its own
}

var (
	keyCache [keyShards]keyShard
	// keyCacheOff turns the cache off, for tests and benchmarks of reading keys itself.
	keyCacheOff bool
)

// cachedPartKeys is partKeys, remembered by the part's text. The slice returned is shared:
// the caller must not change it.
func cachedPartKeys(p string) []string {
	if keyCacheOff {
		return partKeys(p)
	}
	s := &keyCache[maphash.String(sigSeed, p)%keyShards]
	s.mu.Lock()
	ks, ok := s.keys[p]
	s.mu.Unlock()
	if ok {
		return ks
	}
	ks = partKeys(p)
	ks = ks[:len(ks):len(ks)]
	s.mu.Lock()
	if s.keys == nil || len(s.keys) >= maxShardKeys {
		s.keys = make(map[string][]string, maxShardKeys/4)
	}
	s.keys[strings.Clone(p)] = ks
	s.mu.Unlock()
	return ks
}
