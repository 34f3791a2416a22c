package search

import (
	"sync"

	"github.com/tizim/tizim/names"
)

// Preparing a name (normalising it and reading its keys, through pinyin for Chinese characters)
// costs a third of a query's comparisons, and the same common names come back in query after
// query. A bounded cache keeps the prepared forms; when it is full it starts again empty,
// which costs one miss per name and needs no bookkeeping per hit.

// preparedMax bounds the prepared names kept: about 40 MB.
const preparedMax = 100000

// preparedCache maps a name as written to its prepared form.
type preparedCache struct {
	mu sync.Mutex
	m  map[string]names.Name
}

// get returns the prepared form of name, preparing it on a miss.
func (c *preparedCache) get(name string) names.Name {
	c.mu.Lock()
	n, ok := c.m[name]
	c.mu.Unlock()
	if ok {
		return n
	}
	n = names.Prepare(name)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= preparedMax {
		c.m = make(map[string]names.Name, preparedMax/4)
	}
	c.m[name] = n
	c.mu.Unlock()
	return n
}
