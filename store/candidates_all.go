package store

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/tizim/tizim"
)

// A full resolution begins by reading every record, and at a million people reading them was
// half a minute of one core: stepping through the rows and decoding their JSON. The records
// are read in ranges of ids instead, each range by a query of its own on a connection of its
// own, several at once, and handed on in order, range by range: a million people's records,
// 1.8 GB, need never be held at once when the reader prepares each range as it comes.

// candidateReaders is at most how many ranges of ids are read at once.
const candidateReaders = 4

// candidateRange is about how many records a range holds.
const candidateRange = 50_000

// EachCandidateRecords calls fn with every record, whatever its consent level, a range of ids
// at a time, in id order, and stops at fn's first error, which it returns. Each record has the
// fields FindCandidateRecords gives and its key (source and record_id): what a full
// resolution compares and what it reports; leaving out the raw row, notes, relatives, warnings
// and times keeps a million people's records in half the memory of FindRecords. Ranges are
// read ahead, up to one for each processor, while fn works on the one before; fn may keep the
// records it is given. Records written meanwhile may or may not be seen.
func (s *Store) EachCandidateRecords(ctx context.Context, fn func([]*tizim.Record) error) error {
	n, err := s.RecordCount(ctx)
	if err != nil {
		return err
	}
	parts := max(1, (n+candidateRange-1)/candidateRange)
	return s.eachCandidateIn(ctx, n, parts, min(candidateReaders, runtime.GOMAXPROCS(0), parts), fn)
}

// eachCandidateIn is EachCandidateRecords reading n records in parts ranges of ids, readers of
// them at once and at most one more read ahead of fn.
func (s *Store) eachCandidateIn(ctx context.Context, n, parts, readers int, fn func([]*tizim.Record) error) error {
	var lo, hi int64
	if n > 0 {
		if err := s.db.QueryRowContext(ctx, `SELECT MIN(id), MAX(id) FROM records`).Scan(&lo, &hi); err != nil {
			return fmt.Errorf("store: all candidate records: %w", err)
		}
	}
	// Part k reads the ids in (bounds[k], bounds[k+1]]; ids are about evenly spread.
	bounds := make([]int64, parts+1)
	bounds[0], bounds[parts] = lo-1, hi
	for k := 1; k < parts; k++ {
		bounds[k] = lo - 1 + (hi-lo+1)*int64(k)/int64(parts)
	}
	type read struct {
		recs []*tizim.Record
		err  error
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	reads := make([]chan read, parts)
	for k := range reads {
		reads[k] = make(chan read, 1)
	}
	// ahead holds a token for each range handed to a reader and not yet to fn.
	ahead := make(chan struct{}, readers+1)
	next := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(next)
		for k := range parts {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- k:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				recs, err := s.candidateRange(ctx, bounds[k], bounds[k+1], n/parts+1)
				reads[k] <- read{recs, err}
			}
		}()
	}
	for k := range parts {
		r := <-reads[k]
		<-ahead
		if r.err != nil {
			return fmt.Errorf("store: all candidate records: %w", r.err)
		}
		if err := fn(r.recs); err != nil {
			return err
		}
	}
	return nil
}

// recordSlab is how many records candidateRange allocates at a time.
const recordSlab = 256

// candidateRange reads the records with ids in (after, last], in id order, as
// EachCandidateRecords gives them; about is how many there may be.
func (s *Store) candidateRange(ctx context.Context, after, last int64, about int) ([]*tizim.Record, error) {
	q := `SELECT ` + candidateColumns + `, s.key, r.record_id` + recordFrom + ` WHERE r.id > ? AND r.id <= ? ORDER BY r.id`
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), after, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*tizim.Record, 0, about)
	var src, id string
	c := newCandidateRow(&src, &id)
	// The range's records are cut from arrays of their own, a few hundred a time, rather than
	// allocated one by one.
	var slab []tizim.Record
	for rows.Next() {
		if len(slab) == 0 {
			slab = make([]tizim.Record, min(max(about, 1), recordSlab))
		}
		r := &slab[0]
		slab = slab[1:]
		if err := c.decode(rows, r); err != nil {
			return nil, err
		}
		r.Source, r.RecordID = src, id
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.linkFacilities(ctx, out)
}
