package search

import (
	"sync"

	"github.com/tizim/tizim/names"
)

// Preparing a name (normalising it and reading its keys, through pinyin for Chinese characters)
// costs a third of a query's comparisons, and the same common names come back in query after
// query. A bounded cache keeps the prepared forms in two generations: names go into the young
// one, and when it is full the old one is dropped and the young one becomes old. A name asked
// for again while old moves back to the young one, so the names that keep coming back (the
// common ones, shared by many namesakes) stay, at no bookkeeping per hit.

// preparedMax bounds the prepared names kept in one generation: two of them are about 40 MB.
const preparedMax = 50000

// preparedCache maps a name as written to its prepared form.
type preparedCache struct {
	mu         sync.Mutex
	young, old map[string]names.Name
}

// get returns the prepared form of name, preparing it on a miss.
func (c *preparedCache) get(name string) names.Name {
	c.mu.Lock()
	n, ok := c.young[name]
	if !ok {
		if n, ok = c.old[name]; ok {
			c.put(name, n)
		}
	}
	c.mu.Unlock()
	if ok {
		return n
	}
	n = names.Prepare(name)
	c.mu.Lock()
	c.put(name, n)
	c.mu.Unlock()
	return n
}

// put adds a prepared name to the young generation, turning generations when it is full.
// Called under the lock.
func (c *preparedCache) put(name string, n names.Name) {
	if c.young == nil || len(c.young) >= preparedMax {
		c.old, c.young = c.young, make(map[string]names.Name, preparedMax/4)
	}
	c.young[name] = n
}
