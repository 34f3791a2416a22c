package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/tizim/tizim"
)

// Replacing the review queue (PutReviewPairs, a full resolution's PutResolution) used to mark
// every open pair stale, upsert the new pairs and delete those still stale: on a database
// already resolved, the marking rewrote every open row with its evidence, and every upsert
// took the pair's three index entries in no particular order (1.1 million pairs at a million
// people). replaceQueue reads which pairs are there from the indexes alone, then updates the
// open pairs given again by id, inserts the new ones and deletes the open ones not given
// again. A replace that writes most of the queue sets its two secondary indexes aside
// (setAside: SQLite drops them first and builds them again at the end, from sorted entries).
// A pair given again keeps its id, and new pairs take ids above every existing one, as before
// (inserted before any delete).

// queueIndexes are the review queue's secondary indexes, exactly as migrations 0200
// (review_pairs_b) and 0201 (review_pairs_order) create them on both databases.
var queueIndexes = []index{
	{"review_pairs_b", "review_pairs(b)"},
	{"review_pairs_order", "review_pairs(queue, prob DESC, id, consent_rank)"},
}

// queueRow is a pair in the queue: its records, its id, whether it is open (queue < 2).
type queueRow struct {
	a, b, id int64
	open     bool
}

// queueRows reads every pair in the queue, in (a, b) order, from the queue's indexes: the
// pairs from the unique index on (a, b), the decided ones from review_pairs_order.
func (s *Store) queueRows(ctx context.Context, tx *sql.Tx) ([]queueRow, error) {
	decided := map[int64]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM review_pairs WHERE queue >= 2`)
	if err != nil {
		return nil, busy(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		decided[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, busy(err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT a, b, id FROM review_pairs`)
	if err != nil {
		return nil, busy(err)
	}
	defer rows.Close()
	var out []queueRow
	for rows.Next() {
		var r queueRow
		if err := rows.Scan(&r.a, &r.b, &r.id); err != nil {
			return nil, err
		}
		r.open = !decided[r.id]
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, busy(err)
	}
	slices.SortFunc(out, compareQueueRows)
	return out, nil
}

// compareQueueRows orders pairs by their records, as the unique index on (a, b) does.
func compareQueueRows(x, y queueRow) int {
	if c := cmp.Compare(x.a, y.a); c != 0 {
		return c
	}
	return cmp.Compare(x.b, y.b)
}

// replaceQueue makes the open pairs of the queue the checked pairs ps (see the top of the
// file). ranks and verdicts are the records' consent ranks and the reviewers' verdicts, as
// queueIn reads them.
func (s *Store) replaceQueue(ctx context.Context, tx *sql.Tx, ps []tizim.ReviewPair, ranks map[int64]int, verdicts map[[2]int64]tizim.Verdict) error {
	old, err := s.queueRows(ctx, tx)
	if err != nil {
		return err
	}
	given := make([]bool, len(old))
	var fresh, again []int // indexes into ps
	var againIDs []int64
	for i, p := range ps {
		j, found := slices.BinarySearchFunc(old, queueRow{a: p.A, b: p.B}, compareQueueRows)
		switch {
		case !found:
			fresh = append(fresh, i)
		case old[j].open:
			given[j] = true
			again = append(again, i)
			againIDs = append(againIDs, old[j].id)
		default:
			given[j] = true // decided: left as it is
		}
	}
	var gone []int64
	for j, r := range old {
		if r.open && !given[j] {
			gone = append(gone, r.id)
		}
	}
	changed := len(fresh) + len(again) + len(gone)
	rebuild, err := s.setAside(ctx, tx, changed >= wholeMin && 2*changed >= len(old)+len(fresh), queueIndexes)
	if err != nil {
		return err
	}
	var buf []byte
	tuple := "(?, ?, ?, ?)"
	if s.d.numbered {
		tuple = "(?::bigint, ?::double precision, ?::double precision, ?::text)" // PostgreSQL gives a VALUES list's parameters no type
	}
	err = batched(ctx, tx, len(again), reviewBatch,
		func(k int) string {
			return s.d.rebind(`UPDATE` + s.orFail() + ` review_pairs SET prob = v.column2, weight = v.column3, evidence = v.column4 FROM (VALUES ` +
				tuples(tuple, k) + `) AS v WHERE review_pairs.id = v.column1`)
		},
		func(dst []any, lo, hi int) []any {
			for i, pi := range again[lo:hi] {
				p := &ps[pi]
				dst = append(dst, againIDs[lo+i], p.Prob, p.Weight, evidenceJSON(&buf, p.Evidence))
			}
			return dst
		})
	if err != nil {
		return err
	}
	rows := pairArgs{now: time.Now().UnixNano(), ranks: ranks, verdicts: verdicts}
	err = batched(ctx, tx, len(fresh), reviewBatch,
		func(k int) string {
			return s.d.rebind(`INSERT` + s.orFail() + ` INTO review_pairs (a, b, prob, weight, evidence, created, consent_rank, verdict, queue) VALUES ` +
				tuples("(?, ?, ?, ?, ?, ?, ?, ?, ?)", k) + s.queuedMeanwhile())
		},
		func(dst []any, lo, hi int) []any {
			for _, pi := range fresh[lo:hi] {
				dst = rows.args(dst, &ps[pi])
			}
			return dst
		})
	if err != nil {
		return err
	}
	for start := 0; start < len(gone); start += chunk {
		part := gone[start:min(start+chunk, len(gone))]
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM review_pairs WHERE id IN (`+marks(len(part))+`)`), int64s(part)...); err != nil {
			return busy(err)
		}
	}
	return rebuild()
}

// queuedMeanwhile ends the INSERT of the pairs that were not in the queue when replaceQueue
// read it. On PostgreSQL another writer may have queued one of them since, and the pair takes
// the new values. On SQLite the transaction has held the write lock since it began (BEGIN
// IMMEDIATE), so no pair can have come: a plain INSERT, since an upsert's UPDATE may abort
// halfway and so made SQLite copy every page the INSERT changed to the statement journal first
// (3.3 of the queue's 18 CPU-s in BenchmarkPutResolution at a million records).
func (s *Store) queuedMeanwhile() string {
	if s.d.name == "sqlite" {
		return ""
	}
	return ` ON CONFLICT (a, b) DO UPDATE SET prob = excluded.prob, weight = excluded.weight,
			evidence = excluded.evidence WHERE review_pairs.queue < 2`
}
