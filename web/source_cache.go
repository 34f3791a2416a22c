package web

import (
	"context"
	"sync"
	"time"

	"github.com/tizim/tizim"
)

// sourceCache keeps sources by key for a short while. A person page names the source of every
// record, and sources change rarely (a new title, a new consent level), so a minute of delay
// is cheap next to a query per record per page view. The cached sources carry no record
// counts: those depend on who is asking.
type sourceCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	now     func() time.Time
	entries map[string]sourceEntry
}

type sourceEntry struct {
	src *tizim.Source // nil: no such source
	at  time.Time
}

// maxCachedSources bounds the cache; past it, it starts over.
const maxCachedSources = 10000

func newSourceCache(ttl time.Duration, now func() time.Time) *sourceCache {
	return &sourceCache{ttl: ttl, now: now, entries: map[string]sourceEntry{}}
}

// find returns the source with the key, or ENOTFOUND, from the cache or else from sources.
func (c *sourceCache) find(ctx context.Context, sources tizim.SourceService, key string) (*tizim.Source, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	c.mu.Unlock()
	if !ok || c.now().Sub(e.at) > c.ttl {
		src, err := sources.FindSource(ctx, key)
		if err != nil && tizim.ErrorCode(err) != tizim.ENOTFOUND {
			return nil, err
		}
		if src != nil {
			cp := *src
			cp.Records = 0
			src = &cp
		}
		e = sourceEntry{src: src, at: c.now()}
		c.mu.Lock()
		if len(c.entries) >= maxCachedSources {
			clear(c.entries)
		}
		c.entries[key] = e
		c.mu.Unlock()
	}
	if e.src == nil {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "There is no source %q.", key)
	}
	return e.src, nil
}

// forget drops the source with the key, so that a change made here (a sealed source) shows at
// once in this process; other processes see it within the cache's minute.
func (c *sourceCache) forget(key string) {
	c.mu.Lock()
	delete(c.entries, key)
	c.mu.Unlock()
}
