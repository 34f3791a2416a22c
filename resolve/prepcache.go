package resolve

import (
	"sync"

	"github.com/tizim/tizim/names"
)

// prepCache holds Latin name forms prepared for the names package (names.Prepare, some 600
// bytes and 15 µs a name), by text hash, for the memos of one batch's workers: the forms that
// need aligning repeat across pairs and workers (at 100,000 people 680,000 look-ups find 68,000
// distinct forms). It is safe for concurrent use and bounded: a full shard is emptied and starts
// again.
type prepCache struct {
	shards   [cacheShards]prepShard
	perShard int
	// The tables of the memos made with this cache (newMemoSharing), made with the first.
	once         sync.Once
	names, alike *pairTable
}

type prepShard struct {
	sync.Mutex
	m map[uint64]*names.Name
}

// maxPreps bounds a worker's own cache (incremental resolution), maxBatchPreps the cache the
// workers of a batch share.
const (
	maxPreps      = 1 << 15
	maxBatchPreps = 1 << 18
)

func newPrepCache(size int) *prepCache {
	c := &prepCache{perShard: max(1, size/cacheShards)}
	for i := range c.shards {
		c.shards[i].m = map[uint64]*names.Name{}
	}
	return c
}

// get returns the prepared form of f, preparing it on first need.
func (c *prepCache) get(f *nameForm) *names.Name {
	sh := &c.shards[f.hash%cacheShards]
	sh.Lock()
	p, ok := sh.m[f.hash]
	sh.Unlock()
	if ok {
		return p
	}
	n := names.Prepare(f.text)
	p = &n
	sh.Lock()
	if len(sh.m) >= c.perShard {
		clear(sh.m)
	}
	sh.m[f.hash] = p
	sh.Unlock()
	return p
}
