package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// keysPerQuery is how many candidate keys (or windows) one query reads, each in a subquery of a
// UNION ALL: one statement for many keys costs far less than a statement per key (SQLite allows
// 500 subqueries in one).
const keysPerQuery = 64

// FindCandidates returns, for each query, the records that carry its key: all of them up to
// lim.Block, else the lim.Window born nearest before and after the query's Born (none for an
// unknown birth), and none above lim.Max. Each read is a bounded range of the primary key (key,
// born, record_id), so a common key costs no more than a rare one; the keys are read a batch at
// a time, each key once however many queries carry it.
func (s *Store) FindCandidates(ctx context.Context, qs []tizim.CandidateQuery, lim tizim.CandidateLimits) (map[tizim.CandidateQuery][]int64, error) {
	keys := make([]uint64, 0, len(qs))
	for _, q := range qs {
		keys = append(keys, q.Key)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	blocks := make(map[uint64][]int64, len(keys))
	err := s.unionQuery(ctx, `SELECT key, record_id FROM resolve_keys WHERE key = ? ORDER BY born, record_id LIMIT `+strconv.Itoa(lim.Block+1),
		len(keys), func(i int) []any { return []any{int64(keys[i])} },
		func(rows *sql.Rows) error {
			var k, id int64
			if err := rows.Scan(&k, &id); err != nil {
				return err
			}
			blocks[uint64(k)] = append(blocks[uint64(k)], id)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	var large []uint64 // keys carried by more than lim.Block records
	for _, k := range keys {
		if len(blocks[k]) > lim.Block {
			large = append(large, k)
		}
	}
	counts := make(map[uint64]int, len(large))
	err = s.unionQuery(ctx, `SELECT key, COUNT(*) FROM (SELECT key FROM resolve_keys WHERE key = ? LIMIT `+strconv.Itoa(lim.Max+1)+`) AS c GROUP BY key`,
		len(large), func(i int) []any { return []any{int64(large[i])} },
		func(rows *sql.Rows) error {
			var k, n int64
			err := rows.Scan(&k, &n)
			counts[uint64(k)] = int(n)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	out := make(map[tizim.CandidateQuery][]int64, len(qs))
	var windowed []tizim.CandidateQuery
	for _, q := range qs {
		if _, done := out[q]; done {
			continue
		}
		ids := blocks[q.Key]
		switch {
		case len(ids) <= lim.Block:
			out[q] = ids
		case counts[q.Key] > lim.Max || q.Born == tizim.UnknownBirth:
			out[q] = nil
		default:
			out[q] = nil
			windowed = append(windowed, q)
		}
	}
	if err := s.candidateWindows(ctx, windowed, lim.Window, out); err != nil {
		return nil, fmt.Errorf("store: find candidates: %w", err)
	}
	return out, nil
}

// candidateWindows reads, for each query, the window records born nearest before and the window
// born nearest after its Born, into out.
func (s *Store) candidateWindows(ctx context.Context, qs []tizim.CandidateQuery, window int, out map[tizim.CandidateQuery][]int64) error {
	w := strconv.Itoa(window)
	// two subqueries a query, read in this order: the ones born before, nearest first, then the
	// ones born on or after
	sub := `SELECT CAST(? AS BIGINT) AS q, record_id FROM (SELECT record_id FROM resolve_keys WHERE key = ? AND born < ? ORDER BY born DESC, record_id LIMIT ` + w + `) AS b
		UNION ALL SELECT * FROM (SELECT CAST(? AS BIGINT) AS q, record_id FROM (SELECT record_id FROM resolve_keys WHERE key = ? AND born >= ? ORDER BY born, record_id LIMIT ` + w + `) AS a) AS aa`
	err := s.unionQuery(ctx, sub, len(qs), func(i int) []any {
		k := int64(qs[i].Key)
		return []any{i, k, qs[i].Born, i, k, qs[i].Born}
	}, func(rows *sql.Rows) error {
		var i, id int64
		if err := rows.Scan(&i, &id); err != nil {
			return err
		}
		if i < 0 || int(i) >= len(qs) {
			return fmt.Errorf("candidate window %d out of range", i)
		}
		out[qs[i]] = append(out[qs[i]], id)
		return nil
	})
	return err
}

// unionQuery runs sub for n items, keysPerQuery at a time, as one statement each: the
// subqueries joined by UNION ALL, args(i) giving the parameters of item i. Full batches go
// through a kept prepared statement; the last, shorter one is prepared once.
func (s *Store) unionQuery(ctx context.Context, sub string, n int, args func(i int) []any, row func(*sql.Rows) error) error {
	var as []any
	for start := 0; start < n; start += keysPerQuery {
		end := min(start+keysPerQuery, n)
		as = as[:0]
		for i := start; i < end; i++ {
			as = append(as, args(i)...)
		}
		var q strings.Builder
		for i := start; i < end; i++ {
			if i > start {
				q.WriteString(" UNION ALL ")
			}
			fmt.Fprintf(&q, "SELECT * FROM (%s) AS u%d", sub, i-start)
		}
		var rows *sql.Rows
		var err error
		if end-start == keysPerQuery {
			var st *sql.Stmt
			if st, err = s.prepared(ctx, q.String()); err == nil {
				rows, err = st.QueryContext(ctx, as...)
			}
		} else {
			rows, err = s.db.QueryContext(ctx, s.d.rebind(q.String()), as...)
		}
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := row(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
