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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: put candidate keys: %w", busy(err))
	}
	defer tx.Rollback()
	if all {
		if _, err := tx.ExecContext(ctx, `DELETE FROM resolve_keys`); err != nil {
			return fmt.Errorf("store: put candidate keys: %w", busy(err))
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
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: put candidate keys: %w", busy(err))
	}
	return nil
}

// Candidate queries: each reads at most a bounded number of rows of the primary key
// (key, born, record_id), so a common key costs no more than a rare one.
const (
	candidatesAll    = `SELECT record_id FROM resolve_keys WHERE key = ? ORDER BY record_id LIMIT ?`
	candidatesCount  = `SELECT COUNT(*) FROM (SELECT 1 FROM resolve_keys WHERE key = ? LIMIT ?) c`
	candidatesAfter  = `SELECT record_id FROM resolve_keys WHERE key = ? AND born >= ? ORDER BY born, record_id LIMIT ?`
	candidatesBefore = `SELECT record_id FROM resolve_keys WHERE key = ? AND born < ? ORDER BY born DESC, record_id LIMIT ?`
)

// FindCandidates returns, for each query, the records that carry its key: all of them up to
// lim.Block, else the lim.Window born nearest before and after the query's Born (none for an
// unknown birth), and none above lim.Max.
func (s *Store) FindCandidates(ctx context.Context, qs []tizim.CandidateQuery, lim tizim.CandidateLimits) (map[tizim.CandidateQuery][]int64, error) {
	out := make(map[tizim.CandidateQuery][]int64, len(qs))
	small := map[uint64][]int64{} // keys carried by at most lim.Block records
	large := map[uint64]bool{}    // keys carried by more, and at most lim.Max
	for _, q := range qs {
		if _, done := out[q]; done {
			continue
		}
		if ids, ok := small[q.Key]; ok {
			out[q] = ids
			continue
		}
		if !large[q.Key] {
			ids, err := s.candidateIDs(ctx, candidatesAll, int64(q.Key), lim.Block+1)
			if err != nil {
				return nil, err
			}
			if len(ids) <= lim.Block {
				small[q.Key], out[q] = ids, ids
				continue
			}
			var n int
			st, err := s.prepared(ctx, candidatesCount)
			if err == nil {
				err = st.QueryRowContext(ctx, int64(q.Key), lim.Max+1).Scan(&n)
			}
			if err != nil {
				return nil, fmt.Errorf("store: find candidates: %w", err)
			}
			if n > lim.Max {
				small[q.Key], out[q] = nil, nil
				continue
			}
			large[q.Key] = true
		}
		if q.Born == tizim.UnknownBirth {
			out[q] = nil
			continue
		}
		after, err := s.candidateIDs(ctx, candidatesAfter, int64(q.Key), q.Born, lim.Window)
		if err != nil {
			return nil, err
		}
		before, err := s.candidateIDs(ctx, candidatesBefore, int64(q.Key), q.Born, lim.Window)
		if err != nil {
			return nil, err
		}
		out[q] = append(before, after...)
	}
	return out, nil
}

func (s *Store) candidateIDs(ctx context.Context, q string, args ...any) ([]int64, error) {
	st, err := s.prepared(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: find candidates: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	return ids, nil
}
