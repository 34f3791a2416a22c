package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/search"
)

// syncEvery is how often a running server brings its name index up to date with the store, so
// that records imported by another process (or merged by `tizim dedup`) are found soon after.
const syncEvery = 5 * time.Second

// nameIndex is the name search of a running server: built in the background when the server
// starts, so that a large database does not delay the first page, and kept current by syncing
// with the store.
type nameIndex struct {
	ix    *search.Index
	ready chan struct{}
}

// startNameIndex loads the index from src in the background and syncs it until ctx ends.
func startNameIndex(ctx context.Context, src search.RecordSource, log *slog.Logger) *nameIndex {
	n := &nameIndex{ix: search.New(), ready: make(chan struct{})}
	go func() {
		start := time.Now()
		count, err := n.ix.Load(ctx, src)
		close(n.ready)
		if err != nil {
			log.Error("name index: load failed; searches fall back to it as loaded so far", "err", err)
		} else {
			log.Info("name index ready", "records", count, "seconds", time.Since(start).Round(time.Millisecond).Seconds())
		}
		t := time.NewTicker(syncEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if _, err := n.ix.Sync(ctx, src); err != nil && ctx.Err() == nil {
					log.Warn("name index: sync failed", "err", err)
				}
			}
		}
	}()
	return n
}

// search answers the web's ranked name search, narrowed by the filter's home, sex and birth
// years. Until the index has loaded it waits, within the request's own deadline.
func (n *nameIndex) search(ctx context.Context, f tizim.PersonFilter, limit int) ([]*tizim.Person, error) {
	select {
	case <-n.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	hits := n.ix.SearchWhere(f.Query, searchFilter(f), f.Clearance, limit)
	people := make([]*tizim.Person, len(hits))
	for i, h := range hits {
		people[i] = &tizim.Person{ID: h.Person, Name: h.Name, RecordCount: len(h.Records)}
	}
	return people, nil
}

// searchFilter returns the facts of a people filter that the name index narrows by.
func searchFilter(f tizim.PersonFilter) search.Filter {
	var sf search.Filter
	if f.HomeCode != nil {
		sf.Home = *f.HomeCode
	}
	if f.Sex != nil {
		sf.Sex = *f.Sex
	}
	if f.BornFrom != nil {
		sf.BornFrom = *f.BornFrom
	}
	if f.BornTo != nil {
		sf.BornTo = *f.BornTo
	}
	return sf
}
