package store

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/tizim/tizim"
)

// A full resolution begins by reading every record, and at a million people reading them was
// half a minute of one core: stepping through the rows and decoding their JSON. The records
// are read in ranges of ids instead, each range by a query of its own on a connection of its
// own, at once, and the ranges joined in order.

// candidateReaders is at most how many ranges of ids AllCandidateRecords reads at once.
const candidateReaders = 4

// candidateRange is the fewest records worth a range of their own.
const candidateRange = 50_000

// AllCandidateRecords returns every record, in id order, whatever its consent level, with the
// fields FindCandidateRecords gives and the record's key (source and record_id): what a full
// resolution compares and what it reports. Leaving out the raw row, notes, relatives, warnings
// and times keeps a million people's records in half the memory of FindRecords. Ranges of
// ids are read at once, up to one for each processor; records written meanwhile may or may
// not be seen.
func (s *Store) AllCandidateRecords(ctx context.Context) ([]*tizim.Record, error) {
	n, err := s.RecordCount(ctx)
	if err != nil {
		return nil, err
	}
	return s.candidatesIn(ctx, n, max(1, min(candidateReaders, runtime.GOMAXPROCS(0), n/candidateRange)))
}

// candidatesIn is AllCandidateRecords reading in parts ranges of ids at once, n records in all.
func (s *Store) candidatesIn(ctx context.Context, n, parts int) ([]*tizim.Record, error) {
	var lo, hi int64
	if n > 0 {
		if err := s.db.QueryRowContext(ctx, `SELECT MIN(id), MAX(id) FROM records`).Scan(&lo, &hi); err != nil {
			return nil, fmt.Errorf("store: all candidate records: %w", err)
		}
	}
	// Part k reads the ids in (bounds[k], bounds[k+1]]; ids are about evenly spread.
	bounds := make([]int64, parts+1)
	bounds[0], bounds[parts] = lo-1, hi
	for k := 1; k < parts; k++ {
		bounds[k] = lo - 1 + (hi-lo+1)*int64(k)/int64(parts)
	}
	read := make([][]*tizim.Record, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			read[k], errs[k] = s.candidateRange(ctx, bounds[k], bounds[k+1], n/parts)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("store: all candidate records: %w", err)
		}
	}
	if parts == 1 {
		return read[0], nil
	}
	return slices.Concat(read...), nil
}

// candidateRange reads the records with ids in (after, last], in id order, as
// AllCandidateRecords gives them; about is how many there may be.
func (s *Store) candidateRange(ctx context.Context, after, last int64, about int) ([]*tizim.Record, error) {
	q := `SELECT ` + candidateColumns + `, s.key, r.record_id` + recordFrom + ` WHERE r.id > ? AND r.id <= ? ORDER BY r.id`
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), after, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*tizim.Record, 0, about)
	for rows.Next() {
		var src, id string
		r, err := decodeCandidate(rows, &src, &id)
		if err != nil {
			return nil, err
		}
		r.Source, r.RecordID = src, id
		out = append(out, r)
	}
	return out, rows.Err()
}
