package store

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/tizim/tizim"
)

// FindCandidates returns, for each query, the records that carry its key: all of them up to
// lim.Block, else the lim.Window born nearest before and after the query's Born (none for an
// unknown birth), and none above lim.Max. The keys' buckets are read a batch at a time, each
// once however many queries fall in it; within a bucket a key's entries are in birth order.
func (s *Store) FindCandidates(ctx context.Context, qs []tizim.CandidateQuery, lim tizim.CandidateLimits) (map[tizim.CandidateQuery][]int64, error) {
	bs := make([]int64, 0, len(qs))
	for _, q := range qs {
		bs = append(bs, keyBucket(q.Key))
	}
	slices.Sort(bs)
	rows, err := readBuckets(ctx, s.db, s.d, keyBucketTable, slices.Compact(bs))
	if err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	out := make(map[tizim.CandidateQuery][]int64, len(qs))
	for _, q := range qs {
		if _, done := out[q]; done {
			continue
		}
		b := keyBucket(q.Key)
		e, err := keyEntriesOf(b, rows[b])
		if err != nil {
			return nil, fmt.Errorf("store: find candidates: %w", err)
		}
		out[q] = candidatesOf(e, q, lim)
	}
	return out, nil
}

// candidatesOf is what FindCandidates returns for the query from its key's bucket.
func candidatesOf(e keyEntries, q tizim.CandidateQuery, lim tizim.CandidateLimits) []int64 {
	lo, hi := e.of(q.Key)
	n := hi - lo
	switch {
	case n == 0:
		return nil
	case n <= lim.Block:
		ids := make([]int64, n)
		for i := range ids {
			ids[i] = e.id(lo + i)
		}
		return ids
	case n > lim.Max || q.Born == tizim.UnknownBirth:
		return nil
	}
	// the window born nearest before, nearest first (in id order among those born on one day),
	// then the window born on the day or after
	at := lo + sort.Search(n, func(i int) bool { return e.born(lo+i) >= q.Born })
	var ids []int64
	for end := at; end > lo && len(ids) < lim.Window; {
		day := e.born(end - 1)
		start := end - 1
		for start > lo && e.born(start-1) == day {
			start--
		}
		for i := start; i < end && len(ids) < lim.Window; i++ {
			ids = append(ids, e.id(i))
		}
		end = start
	}
	for i := at; i < hi && i < at+lim.Window; i++ {
		ids = append(ids, e.id(i))
	}
	return ids
}
