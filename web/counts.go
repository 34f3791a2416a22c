package web

import (
	"context"
	"sync"
	"time"

	"github.com/tizim/tizim"
)

// countsTTL is how long the home page's counts are reused. Counting a million records takes
// the database seconds; counts a few seconds old are as good to a reader.
const countsTTL = 30 * time.Second

// counts caches the home page's counts per clearance: every visitor of one clearance sees the
// same numbers, so the cache cannot leak across levels.
type counts struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[tizim.Consent]countsEntry
}

type countsEntry struct {
	home homePage
	at   time.Time
}

func newCounts(now func() time.Time) *counts {
	return &counts{now: now, m: map[tizim.Consent]countsEntry{}}
}

// get returns the counts for the clearance, computing them when the cached ones are stale.
func (c *counts) get(ctx context.Context, cfg *Config, clearance tizim.Consent) (homePage, error) {
	c.mu.Lock()
	e, ok := c.m[clearance]
	c.mu.Unlock()
	if ok && c.now().Sub(e.at) < countsTTL {
		return e.home, nil
	}
	one := tizim.Page{Limit: 1}
	var h homePage
	var err error
	if _, h.People, err = cfg.People.FindPeople(ctx, tizim.PersonFilter{Clearance: clearance, Page: one}); err != nil {
		return h, err
	}
	if _, h.Records, err = cfg.Records.FindRecords(ctx, tizim.RecordFilter{Clearance: clearance, Page: one}); err != nil {
		return h, err
	}
	if _, h.Sources, err = cfg.Sources.FindSources(ctx, clearance, one); err != nil {
		return h, err
	}
	if _, h.Facilities, err = cfg.Facilities.FindFacilities(ctx, one); err != nil {
		return h, err
	}
	c.mu.Lock()
	c.m[clearance] = countsEntry{home: h, at: c.now()}
	c.mu.Unlock()
	return h, nil
}
