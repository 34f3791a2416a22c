package search

import (
	"context"
	"fmt"
	"time"

	"github.com/tizim/tizim"
)

// RecordSource is where Load and Sync read records from; the store is one.
type RecordSource interface {
	FindRecords(ctx context.Context, f tizim.RecordFilter) ([]*tizim.Record, int, error)
}

// PageSize is how many records Load and Sync read from the source at a time: loading millions
// of records never holds more than a page of them beside the index, and the pages are few,
// since a store may count and skip rows for every page.
const PageSize = 20000

// DefaultOverlap is how far before its watermark Sync reads again: writers' clocks differ a
// little, and a record written just before the last read may be committed just after it.
const DefaultOverlap = 2 * time.Second

// lookbacks are the widening windows Sync reads again when the source has more records than
// the index: a long import commits records whose timestamps are older than the last read.
var lookbacks = []time.Duration{time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour, 0}

// Load reads every record of the source into the index. It returns the number of records read.
func (ix *Index) Load(ctx context.Context, src RecordSource) (int, error) {
	return ix.catchUp(ctx, src, time.Time{})
}

// Stamper is a source that tells cheaply whether its records may have changed: Stamp returns a
// value that changes whenever a record is created, changes or moves to another person. The
// store is one (store.Store.Stamp).
type Stamper interface {
	Stamp(ctx context.Context) (string, error)
}

// quietRead is how long Sync trusts an unchanged stamp: past it, it reads anyway, for the
// writes a stamp can miss (store.Store.Stamp).
var quietRead = time.Minute

// Sync reads the records created or updated since the last Load or Sync (all of them on the
// first call) and returns how many it read. A record that moved to another person comes back
// with its new person id, so the hits of people merged since are one hit again.
//
// A read starts a little before the watermark (Overlap), so a Sync of an unchanged source
// would read and key those records again every time, and add them under the write lock that
// stops every search. When the source is a Stamper whose stamp has not changed since the last
// read, less than quietRead ago, Sync reads nothing.
func (ix *Index) Sync(ctx context.Context, src RecordSource) (int, error) {
	stamp, stamped := "", false
	if st, ok := src.(Stamper); ok {
		s, err := st.Stamp(ctx)
		if err == nil {
			stamp, stamped = s, true
		}
	}
	now := time.Now()
	ix.mu.RLock()
	w := ix.watermark
	quiet := stamped && stamp == ix.stamp && now.Sub(ix.stamped) < quietRead
	ix.mu.RUnlock()
	if quiet {
		return 0, nil
	}
	if !w.IsZero() {
		w = w.Add(-ix.Overlap)
	}
	n, err := ix.catchUp(ctx, src, w)
	if err == nil && stamped {
		// The stamp was read before the records: a write committed during the read changes
		// it, and the next Sync reads again.
		ix.mu.Lock()
		ix.stamp, ix.stamped = stamp, now
		ix.mu.Unlock()
	}
	return n, err
}

// catchUp reads the records updated after `after`, then, if the source still has records the
// index lacks, reads again over widening windows.
func (ix *Index) catchUp(ctx context.Context, src RecordSource, after time.Time) (int, error) {
	n, err := ix.read(ctx, src, after)
	if err != nil || after.IsZero() {
		return n, err
	}
	total, err := count(ctx, src)
	if err != nil {
		return n, err
	}
	for _, back := range lookbacks {
		if ix.Len() >= total {
			break
		}
		from := time.Time{}
		if back > 0 {
			from = after.Add(-back)
		}
		m, err := ix.read(ctx, src, from)
		n += m
		if err != nil {
			return n, err
		}
		if total, err = count(ctx, src); err != nil || from.IsZero() {
			return n, err
		}
	}
	return n, nil
}

// count returns how many records the source has in all.
func count(ctx context.Context, src RecordSource) (int, error) {
	_, total, err := src.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}})
	if err != nil {
		return 0, fmt.Errorf("search: count records: %w", err)
	}
	return total, nil
}

// read adds every record updated after `after` and moves the watermark. It returns the records
// read. A source that is a NameScanner streams only the names; another is paged through with
// FindRecords.
func (ix *Index) read(ctx context.Context, src RecordSource, after time.Time) (int, error) {
	start := time.Now()
	var n int
	var latest time.Time
	var err error
	if sc, ok := src.(NameScanner); ok {
		n, latest, err = ix.scan(ctx, sc, after)
	} else {
		n, latest, err = ix.pages(ctx, src, after)
	}
	if err != nil {
		return n, fmt.Errorf("search: read records after %s: %w", after.Format(time.RFC3339Nano), err)
	}
	ix.mu.RLock()
	dropped := ix.dropped
	ix.mu.RUnlock()
	if dropped > 0 {
		return n, fmt.Errorf("search: the index is full: %d records not indexed beyond %d versions; restart to rebuild it", dropped, maxSlots)
	}
	// Records written while the pages were read may sit before the pages already read; the
	// next Sync reads again from the start of this read, so that none is lost.
	if latest.After(start) {
		latest = start
	}
	ix.mu.Lock()
	if latest.After(ix.watermark) {
		ix.watermark = latest
	}
	ix.mu.Unlock()
	return n, nil
}

// pages reads the records updated after `after` page by page with FindRecords. It returns the
// records read and the latest time one was updated.
func (ix *Index) pages(ctx context.Context, src RecordSource, after time.Time) (int, time.Time, error) {
	l := newLoader(ix)
	var err error
	for offset := 0; ; offset += ix.pageSize {
		var rs []*tizim.Record
		rs, _, err = src.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, UpdatedAfter: after,
			Page: tizim.Page{Offset: offset, Limit: ix.pageSize}})
		if err != nil {
			break
		}
		l.page(rs)
		if len(rs) < ix.pageSize {
			break
		}
		if err = ctx.Err(); err != nil {
			break
		}
	}
	n, latest := l.wait()
	return n, latest, err
}
