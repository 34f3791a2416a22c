package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"github.com/tizim/tizim"
)

// keyBatch is how many buckets go in one INSERT.
const keyBatch = 500

// PutCandidateKeys replaces the candidate keys of each record in keys, in one transaction. With
// all set, the keys of every other record are removed too. Keys are unsigned; the database holds
// their bits as signed 64-bit integers.
func (s *Store) PutCandidateKeys(ctx context.Context, keys map[int64]tizim.CandidateKeys, all bool) error {
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		return fmt.Errorf("store: put candidate keys: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if err := s.keysIn(ctx, tx, keys, all); err != nil {
		return fmt.Errorf("store: put candidate keys: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: put candidate keys: %w", busy(err))
	}
	return nil
}

// keysIn replaces the candidate keys of each record in keys, in tx; with all, every other
// record's too.
func (s *Store) keysIn(ctx context.Context, tx *sql.Tx, keys map[int64]tizim.CandidateKeys, all bool) error {
	return s.writeKeys(ctx, tx, planKeys(keys), all)
}

// A keyPlan is what writeKeys writes for a map of keys: the rows of both bucket tables
// (record_keys.go) for those records alone, and the records' ids in order. Making it (sorting
// 10.6 million entries at a million people) needs no database, so PutResolution makes it on
// another goroutine while it writes the rest.
type keyPlan struct {
	keys, records buckets
	ids           []int64
}

// planKeys makes the keyPlan of the keys.
func planKeys(keys map[int64]tizim.CandidateKeys) keyPlan {
	var p keyPlan
	p.ids = make([]int64, 0, len(keys))
	n := 0
	for id, ks := range keys {
		p.ids = append(p.ids, id)
		n += len(ks.Keys)
	}
	slices.Sort(p.ids)
	rows := make([]keyRow, 0, n)
	for id, ks := range keys {
		for _, k := range ks.Keys {
			rows = append(rows, keyRow{k, ks.Born, id})
		}
	}
	slices.SortFunc(rows, compareKeyRows)
	p.keys = keyBuckets(slices.Compact(rows))
	p.records = recordBuckets(keys, p.ids, n)
	return p
}

// writeKeys replaces the candidate keys of the records planned by p, in tx; with all, every
// other record's too.
func (s *Store) writeKeys(ctx context.Context, tx *sql.Tx, p keyPlan, all bool) error {
	if !all {
		return s.replaceKeys(ctx, tx, p)
	}
	for _, q := range []string{`DELETE FROM resolve_key_buckets`, `DELETE FROM resolve_record_buckets`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return busy(err)
		}
	}
	if err := s.insertBuckets(ctx, tx, keyBucketTable, p.keys, false); err != nil {
		return err
	}
	return s.insertBuckets(ctx, tx, recordBucketTable, p.records, false)
}

const (
	keyBucketTable    = "resolve_key_buckets"
	recordBucketTable = "resolve_record_buckets"
)

// insertBuckets writes the rows of bs into the table; with replace, in place of any rows of
// the same buckets.
func (s *Store) insertBuckets(ctx context.Context, tx *sql.Tx, table string, bs buckets, replace bool) error {
	return batched(ctx, tx, len(bs.ids), keyBatch,
		func(k int) string {
			if replace {
				return s.d.rebind(`INSERT INTO ` + table + ` (bucket, entries) VALUES ` + tuples("(?, ?)", k) +
					` ON CONFLICT (bucket) DO UPDATE SET entries = excluded.entries`)
			}
			return s.d.rebind(`INSERT` + s.orFail() + ` INTO ` + table + ` (bucket, entries) VALUES ` + tuples("(?, ?)", k))
		},
		func(dst []any, lo, hi int) []any {
			for i := lo; i < hi; i++ {
				dst = append(dst, bs.ids[i], bs.entries(i))
			}
			return dst
		})
}

// replaceKeys replaces the candidate keys of the records planned by p, in tx: it reads the
// rows of both tables their old and new keys fall in, and writes them again without the old
// entries and with the new (or deletes those left empty). On PostgreSQL the tables are locked
// against other writers first: two transactions rewriting one bucket would lose one's entries.
func (s *Store) replaceKeys(ctx context.Context, tx *sql.Tx, p keyPlan) error {
	if s.d.name != "sqlite" {
		if _, err := tx.ExecContext(ctx, `LOCK TABLE `+keyBucketTable+`, `+recordBucketTable+` IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return busy(err)
		}
	}
	replaced := make(map[int64]bool, len(p.ids))
	for _, id := range p.ids {
		replaced[id] = true
	}
	touched, err := s.rewriteRecordBuckets(ctx, tx, p, replaced)
	if err != nil {
		return err
	}
	for _, b := range p.keys.ids {
		touched[b] = true
	}
	return s.rewriteKeyBuckets(ctx, tx, p, replaced, slices.Sorted(maps.Keys(touched)))
}

// rewriteRecordBuckets rewrites the record buckets of p's records: the entries of the records
// replaced give way to p's. It returns the key buckets the replaced records' old keys fall in.
func (s *Store) rewriteRecordBuckets(ctx context.Context, tx *sql.Tx, p keyPlan, replaced map[int64]bool) (map[int64]bool, error) {
	var rbs []int64 // p.ids are sorted, and so their buckets
	for _, id := range p.ids {
		if b := recordBucket(id); len(rbs) == 0 || rbs[len(rbs)-1] != b {
			rbs = append(rbs, b)
		}
	}
	old, err := readBuckets(ctx, tx, s.d, recordBucketTable, rbs)
	if err != nil {
		return nil, err
	}
	touched := map[int64]bool{}
	var out buckets
	var empty []int64
	at := 0 // the next of p's record buckets
	for _, b := range rbs {
		rs, err := readRecordKeys(b, old[b])
		if err != nil {
			return nil, err
		}
		kept := rs[:0]
		for _, r := range rs {
			if !replaced[r.id] {
				kept = append(kept, r)
				continue
			}
			for _, k := range r.keys {
				touched[keyBucket(k)] = true
			}
		}
		if at < len(p.records.ids) && p.records.ids[at] == b {
			fresh, err := readRecordKeys(b, p.records.entries(at))
			if err != nil {
				return nil, err
			}
			kept = append(kept, fresh...)
			at++
		}
		if len(kept) == 0 {
			empty = append(empty, b)
			continue
		}
		slices.SortFunc(kept, func(x, y recordKeys) int { return cmp.Compare(x.id, y.id) })
		for _, r := range kept {
			out.blob = appendRecordKeys(out.blob, r.id, r.keys)
		}
		out.close(b)
	}
	return touched, s.putBuckets(ctx, tx, recordBucketTable, out, empty)
}

// rewriteKeyBuckets rewrites the key buckets kbs (sorted): the entries of the records replaced
// give way to p's.
func (s *Store) rewriteKeyBuckets(ctx context.Context, tx *sql.Tx, p keyPlan, replaced map[int64]bool, kbs []int64) error {
	old, err := readBuckets(ctx, tx, s.d, keyBucketTable, kbs)
	if err != nil {
		return err
	}
	var out buckets
	var empty []int64
	at := 0 // the next of p's key buckets
	for _, b := range kbs {
		e, err := keyEntriesOf(b, old[b])
		if err != nil {
			return err
		}
		var rows []keyRow
		for i := range e.len() {
			if r := e.row(i); !replaced[r.id] {
				rows = append(rows, r)
			}
		}
		if at < len(p.keys.ids) && p.keys.ids[at] == b {
			fresh := keyEntries(p.keys.entries(at))
			for i := range fresh.len() {
				rows = append(rows, fresh.row(i))
			}
			at++
		}
		if len(rows) == 0 {
			empty = append(empty, b)
			continue
		}
		slices.SortFunc(rows, compareKeyRows)
		for _, r := range slices.Compact(rows) {
			out.blob = appendKeyRow(out.blob, r)
		}
		out.close(b)
	}
	return s.putBuckets(ctx, tx, keyBucketTable, out, empty)
}

// putBuckets deletes the table's buckets empty and writes bs in place of the rows of the same
// buckets.
func (s *Store) putBuckets(ctx context.Context, tx *sql.Tx, table string, bs buckets, empty []int64) error {
	for start := 0; start < len(empty); start += chunk {
		part := empty[start:min(start+chunk, len(empty))]
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM `+table+` WHERE bucket IN (`+marks(len(part))+`)`), int64s(part)...); err != nil {
			return busy(err)
		}
	}
	return s.insertBuckets(ctx, tx, table, bs, true)
}
