package store

import (
	"context"
	"database/sql"
)

// idSource hands out ids for new records. The writer chooses the id itself so that a new
// record's person id (its own id) is written by the same INSERT, with no second statement.
// peek returns the id the next new record gets; take consumes it once a record was created.
//
// On SQLite the writer holds the write lock, so the ids after the largest one are free. On
// PostgreSQL other writers may run at the same time, so ids are reserved from the table's
// sequence in batches; an unused reserved id is a harmless gap.
type idSource interface {
	peek(ctx context.Context) (int64, error)
	take()
}

// quiet is called before a query, to wait until nothing else uses the transaction.
func newIDSource(ctx context.Context, tx *sql.Tx, d *dialect, quiet func() error) (idSource, error) {
	if d.nextIDs != nil {
		return &sequenceIDs{tx: tx, d: d, quiet: quiet}, nil
	}
	var next int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM records`).Scan(&next); err != nil {
		return nil, err
	}
	return &counterIDs{next: next}, nil
}

// counterIDs counts up from the largest id.
type counterIDs struct{ next int64 }

func (c *counterIDs) peek(context.Context) (int64, error) { return c.next, nil }
func (c *counterIDs) take()                               { c.next++ }

// sequenceIDs reserves ids from a database sequence, more at a time as more are used.
type sequenceIDs struct {
	tx    *sql.Tx
	d     *dialect
	ids   []int64
	batch int
	quiet func() error
}

func (s *sequenceIDs) peek(ctx context.Context) (int64, error) {
	if len(s.ids) > 0 {
		return s.ids[0], nil
	}
	s.batch = min(max(s.batch*2, 16), 4096)
	if err := s.quiet(); err != nil {
		return 0, err
	}
	rows, err := s.tx.QueryContext(ctx, s.d.nextIDs(s.batch))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return 0, err
		}
		s.ids = append(s.ids, id)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	return s.ids[0], rows.Close()
}

func (s *sequenceIDs) take() { s.ids = s.ids[1:] }
