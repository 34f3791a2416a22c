package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/tizim/tizim"
)

// keyBatch is how many (key, record) rows go in one INSERT.
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
	return s.writeKeys(ctx, tx, keys, planKeys(keys), all)
}

// A keyPlan is what writeKeys writes for a map of keys: every (key, born, record) row once, in
// key order, so that the primary key's B-tree of resolve_keys is written page by page; and the
// records' ids in order. Making it (sorting 8.7 million rows at a million people) needs no
// database, so PutResolution makes it on another goroutine while it writes the rest.
type keyPlan struct {
	rows []keyRow
	ids  []int64
}

// planKeys makes the keyPlan of the keys.
func planKeys(keys map[int64]tizim.CandidateKeys) keyPlan {
	var p keyPlan
	p.ids = make([]int64, 0, len(keys))
	for id, ks := range keys {
		p.ids = append(p.ids, id)
		for _, k := range ks.Keys {
			p.rows = append(p.rows, keyRow{k, ks.Born, id})
		}
	}
	slices.SortFunc(p.rows, func(a, b keyRow) int {
		if c := cmp.Compare(int64(a.key), int64(b.key)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.born, b.born); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	p.rows = slices.Compact(p.rows)
	slices.Sort(p.ids)
	return p
}

// writeKeys replaces the candidate keys of each record in keys, planned by p, in tx; with all,
// every other record's too. Both tables of record_keys.go are written: resolve_keys in key
// order and resolve_record_keys in id order.
func (s *Store) writeKeys(ctx context.Context, tx *sql.Tx, keys map[int64]tizim.CandidateKeys, p keyPlan, all bool) error {
	if all {
		for _, q := range []string{`DELETE FROM resolve_keys`, `DELETE FROM resolve_record_keys`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return busy(err)
			}
		}
	} else if err := s.dropRecordKeys(ctx, tx, p.ids); err != nil {
		return err
	}
	rows := p.rows
	err := batched(ctx, tx, len(rows), keyBatch,
		func(k int) string {
			return s.d.rebind(`INSERT` + s.orFail() + ` INTO resolve_keys (key, born, record_id) VALUES ` + tuples("(?, ?, ?)", k))
		},
		func(dst []any, lo, hi int) []any {
			for _, r := range rows[lo:hi] {
				dst = append(dst, int64(r.key), r.born, r.id)
			}
			return dst
		})
	if err != nil {
		return err
	}
	return s.insertRecordKeys(ctx, tx, keys, p.ids)
}
