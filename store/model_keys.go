package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// keyBatch is how many (key, record) rows go in one INSERT.
const keyBatch = 500

// PutCandidateKeys replaces the candidate keys of each record in keys, in one transaction. With
// all set, the keys of every other record are removed too. Keys are unsigned; the database holds
// their bits as signed 64-bit integers.
func (s *Store) PutCandidateKeys(ctx context.Context, keys map[int64]tizim.CandidateKeys, all bool) error {
	type row struct {
		key  uint64
		born int32
		id   int64
	}
	var rows []row
	ids := make([]int64, 0, len(keys))
	for id, ks := range keys {
		ids = append(ids, id)
		for _, k := range ks.Keys {
			rows = append(rows, row{k, ks.Born, id})
		}
	}
	// in key order the primary key's B-tree is written page by page
	slices.SortFunc(rows, func(a, b row) int {
		if c := cmp.Compare(int64(a.key), int64(b.key)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.born, b.born); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	rows = slices.Compact(rows)
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		return fmt.Errorf("store: put candidate keys: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if all {
		// Every key is written anew: the index by record is built once at the end, from
		// sorted rows, instead of taking millions of inserts in no order.
		for _, q := range []string{`DELETE FROM resolve_keys`, `DROP INDEX resolve_keys_record`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("store: put candidate keys: %w", busy(err))
			}
		}
	} else {
		slices.Sort(ids)
		for start := 0; start < len(ids); start += chunk {
			part := ids[start:min(start+chunk, len(ids))]
			if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM resolve_keys WHERE record_id IN (`+marks(len(part))+`)`), int64s(part)...); err != nil {
				return fmt.Errorf("store: put candidate keys: %w", busy(err))
			}
		}
	}
	var full *sql.Stmt
	args := make([]any, 0, 3*keyBatch)
	for start := 0; start < len(rows); start += keyBatch {
		part := rows[start:min(start+keyBatch, len(rows))]
		args = args[:0]
		for _, r := range part {
			args = append(args, int64(r.key), r.born, r.id)
		}
		q := s.d.rebind(`INSERT INTO resolve_keys (key, born, record_id) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", len(part)), ", "))
		if len(part) < keyBatch {
			_, err = tx.ExecContext(ctx, q, args...)
		} else {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return fmt.Errorf("store: put candidate keys: %w", err)
				}
				defer full.Close()
			}
			_, err = full.ExecContext(ctx, args...)
		}
		if err != nil {
			return fmt.Errorf("store: put candidate keys: %w", busy(err))
		}
	}
	if all {
		if _, err := tx.ExecContext(ctx, `CREATE INDEX resolve_keys_record ON resolve_keys(record_id)`); err != nil {
			return fmt.Errorf("store: put candidate keys: %w", busy(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: put candidate keys: %w", busy(err))
	}
	return nil
}
