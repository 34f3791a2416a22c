package names

import (
	"hash/maphash"
	"strings"
	"sync"
)

// A corpus writes millions of names with far fewer distinct parts (买买提, Memet, MAIMAITI
// recur in thousands of names), and reading a part (its script, its Chinese readings, its
// romanisations, its keys) costs microseconds, so Keys and Prepare remember each part's
// reading by its text. The cache is bounded (a full shard is emptied and starts again), safe
// for concurrent use, and changes no result: a part's reading depends on its text alone.

// partShards divides the cache of part readings, each shard behind its own lock.
const partShards = 64

// maxShardParts bounds the parts a shard remembers: 131,072 parts in all, some 30 MB.
const maxShardParts = 1 << 11

// maxCachedPart is the longest part (in bytes) the cache remembers: real name parts are far
// shorter, and a hostile list of long distinct parts must not fill memory.
const maxCachedPart = 64

// partReading is what Keys and Prepare read of one part. It is shared: never changed once
// cached (Prepare copies cands before it counts their lengths).
type partReading struct {
	script Script
	syl    []string // splitPinyinWord(text, 1)
	cands  []cand   // partCands(text)
	keys   []string // partKeys(text)
}

type partShard struct {
	mu    sync.Mutex
	parts map[string]*partReading
	_     [40]byte // a cache line of its own
}

var (
	partCache [partShards]partShard
	// partCacheOff turns the cache off, for tests and benchmarks of reading parts itself.
	partCacheOff bool
)

// cachedPart returns the reading of part p from the cache, read and remembered on first need,
// or nil if the cache is off or p too long to remember.
func cachedPart(p string) *partReading {
	if partCacheOff || len(p) > maxCachedPart {
		return nil
	}
	s := &partCache[maphash.String(sigSeed, p)%partShards]
	s.mu.Lock()
	r, ok := s.parts[p]
	s.mu.Unlock()
	if ok {
		return r
	}
	r = newPartReading(p)
	s.mu.Lock()
	if s.parts == nil || len(s.parts) >= maxShardParts {
		s.parts = make(map[string]*partReading, maxShardParts/4)
	}
	s.parts[strings.Clone(p)] = r
	s.mu.Unlock()
	return r
}

// newPartReading reads part p.
func newPartReading(p string) *partReading {
	sc, syl := DetectScript(p), splitPinyinWord(p, 1)
	cs := scriptCands(p, sc, syl, nil)
	cs = cs[:len(cs):len(cs)]
	ks := partKeys(p, cs)
	return &partReading{script: sc, syl: syl, cands: cs, keys: ks[:len(ks):len(ks)]}
}
