package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"
	"sync"
	"time"

	"github.com/tizim/tizim"
)

// A full resolution stores a million judgements and moves a million records in one Judge: one
// statement a row cost more CPU than the resolution that made them. Both are written
// writeBatch rows at a time.
const writeBatch = 256

// batched runs the statement for n rows in groups of size: sqlFor(k) is the statement for k
// rows, args(dst, lo, hi) appends the arguments of rows lo to hi. The statement for a full
// group is prepared once; a last, shorter group runs unprepared. With more than one group, args
// runs on a goroutine of its own, up to batchAhead groups ahead of the statements: storing a
// resolution runs SQLite on one core, and making the arguments (evidence as JSON, people looked
// up in a map, keys packed) can use the other meanwhile. In a bulk transaction on SQLite the
// arguments go to the driver directly (batchraw.go), converted on that goroutine too. args
// must only read what it shares with the caller.
func batched(ctx context.Context, tx *sql.Tx, n, size int, sqlFor func(k int) string, args func(dst []any, lo, hi int) []any) error {
	if n <= size {
		if n == 0 {
			return nil
		}
		_, err := tx.ExecContext(ctx, sqlFor(n), args(nil, 0, n)...)
		return busy(err)
	}
	type group struct {
		lo, hi int
		args   []any
		named  []driver.NamedValue // the arguments as the driver takes them, on the raw path
		err    error
	}
	var raw *rawStmt
	if c := rawConnOf(tx); c != nil {
		raw = &rawStmt{conn: c}
		defer raw.close()
	}
	ready := make(chan group, batchAhead)
	free := make(chan group, batchAhead+2)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ready)
		for lo := 0; lo < n; lo += size {
			var g group
			select {
			case g = <-free:
			default:
			}
			g.lo, g.hi = lo, min(lo+size, n)
			g.args = args(g.args[:0], g.lo, g.hi)
			if raw != nil {
				g.named, g.err = namedValues(g.named[:0], g.args)
			}
			select {
			case ready <- g:
			case <-stop:
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(stop)
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for g := range ready {
		err := g.err
		switch {
		case err != nil:
		case raw != nil:
			k := g.hi - g.lo
			err = raw.exec(ctx, func() string { return sqlFor(k) }, k == size, g.named)
		case g.hi-g.lo < size:
			_, err = tx.ExecContext(ctx, sqlFor(g.hi-g.lo), g.args...)
		default:
			if full == nil {
				if full, err = tx.PrepareContext(ctx, sqlFor(size)); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, g.args...)
		}
		if err != nil {
			return busy(err)
		}
		clear(g.args) // let the group's strings and slices go
		clear(g.named)
		select {
		case free <- g:
		default:
		}
	}
	return nil
}

// batchAhead is how many groups of arguments batched makes ahead of the statement running.
const batchAhead = 4

// tuples returns k copies of the tuple t, comma-separated.
func tuples(t string, k int) string {
	return strings.TrimSuffix(strings.Repeat(t+", ", k), ", ")
}

// insertJudgements stores the judgements; those without a time get now.
func (s *Store) insertJudgements(ctx context.Context, tx *sql.Tx, js []tizim.Judgement, now time.Time) error {
	return batched(ctx, tx, len(js), writeBatch,
		func(k int) string {
			return s.d.rebind(`INSERT` + s.orFail() + ` INTO judgements (a, b, verdict, by_whom, score, reason, created) VALUES ` +
				tuples("(?, ?, ?, ?, ?, ?, ?)", k))
		},
		func(dst []any, lo, hi int) []any {
			for _, j := range js[lo:hi] {
				dst = append(dst, j.A, j.B, string(j.Verdict), j.By, j.Score, j.Reason, createdAt(j, now).UnixNano())
			}
			return dst
		})
}

// createdAt is when a judgement is stored as made: when it says, or else now.
func createdAt(j tizim.Judgement, now time.Time) time.Time {
	if j.Created.IsZero() {
		return now
	}
	return j.Created
}

// moveRecords gives each record in ids the person in persons at the same index, in
// record_persons: the wide row of the record is not touched. A moved record counts as updated
// (moved, read with the record's own updated), so that indexes following
// RecordFilter.UpdatedAfter see the move; its content, and so its history, is unchanged.
func (s *Store) moveRecords(ctx context.Context, tx *sql.Tx, ids, persons []int64, now time.Time) error {
	tuple := "(?, ?)"
	if s.d.numbered {
		tuple = "(?::bigint, ?::bigint)" // PostgreSQL gives a VALUES list's parameters no type
	}
	return batched(ctx, tx, len(ids), writeBatch,
		func(k int) string {
			return s.d.rebind(`UPDATE` + s.orFail() + ` record_persons SET person_id = v.column2, moved = ? FROM (VALUES ` +
				tuples(tuple, k) + `) AS v WHERE record_persons.record_id = v.column1`)
		},
		func(dst []any, lo, hi int) []any {
			dst = append(dst, now.UnixNano())
			for k := lo; k < hi; k++ {
				dst = append(dst, ids[k], persons[k])
			}
			return dst
		})
}
