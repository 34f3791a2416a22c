package resolve

import (
	"sync"

	"github.com/tizim/tizim/names"
)

// prepCache holds Latin name forms prepared for the names package (names.Prepare, some 600
// bytes and 15 µs a name), by text hash, for a memo, which a batch's workers share: the forms that
// need aligning repeat across pairs and workers (at 100,000 people 680,000 look-ups find 68,000
// distinct forms). It is safe for concurrent use and bounded: each form may take either of two
// neighbouring slots, the one last written first, and a new form pushes out the older of the
// two. (Emptying a full shard, as it first did, left it half empty on average: at a million
// people, whose forms to align outnumber the slots, preparing them again took 12.9 CPU-s.)
type prepCache struct {
	shards   [cacheShards]prepShard
	perShard int
}

type prepShard struct {
	sync.Mutex
	slots []prepSlot // made on first write
}

// prepSlot is one prepared form and the hash of its text; a nil name marks an empty slot.
type prepSlot struct {
	hash uint64
	name *names.Name
}

// maxPreps bounds a worker's own cache (incremental resolution), maxBatchPreps the cache the
// workers of a batch share.
const (
	maxPreps      = 1 << 15
	maxBatchPreps = 1 << 18
)

func newPrepCache(size int) *prepCache {
	return &prepCache{perShard: max(2, size/cacheShards)}
}

// slot returns the shard of f and the first of its two slots there.
func (c *prepCache) slot(f *nameForm) (*prepShard, int) {
	return &c.shards[f.hash%cacheShards], int(f.hash/cacheShards%uint64(c.perShard/2)) * 2
}

// get returns the prepared form of f, preparing it on first need.
func (c *prepCache) get(f *nameForm) *names.Name {
	sh, i := c.slot(f)
	sh.Lock()
	if sh.slots != nil {
		for _, s := range sh.slots[i : i+2] {
			if s.name != nil && s.hash == f.hash {
				sh.Unlock()
				return s.name
			}
		}
	}
	sh.Unlock()
	n := names.Prepare(f.text)
	p := &n
	sh.Lock()
	if sh.slots == nil {
		sh.slots = make([]prepSlot, c.perShard/2*2)
	}
	if sh.slots[i].hash != f.hash {
		sh.slots[i+1] = sh.slots[i]
	}
	sh.slots[i] = prepSlot{f.hash, p}
	sh.Unlock()
	return p
}
