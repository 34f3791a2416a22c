package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/tizim/tizim"
)

// withPersons is the records r joined to their persons p (record_persons), for a FROM clause.
const withPersons = ` records r JOIN record_persons p ON p.record_id = r.id`

// recordFrom is the FROM clause that recordColumns read: the record r, its person p and its
// source s.
const recordFrom = ` FROM` + withPersons + ` JOIN sources s ON s.id = r.source_id`

// FindRecordByID returns the record with the id, whatever its consent level: callers that show
// it decide with r.Consent.Allows.
func (s *Store) FindRecordByID(ctx context.Context, id int64) (*tizim.Record, error) {
	r, err := decode(s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+recordColumns+recordFrom+` WHERE r.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no record %d", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: find record %d: %w", id, err)
	}
	return r, nil
}

// FindRecord returns the record with the key, whatever its consent level.
func (s *Store) FindRecord(ctx context.Context, key tizim.RecordKey) (*tizim.Record, error) {
	r, err := decode(s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+recordColumns+recordFrom+
		` WHERE s.key = ? AND r.record_id = ?`), clean(key.Source), clean(key.RecordID)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no record %s", key)
	} else if err != nil {
		return nil, fmt.Errorf("store: find record %s: %w", key, err)
	}
	return r, nil
}

// FindRecords returns the records the filter selects, by id, and how many there are in all.
// Like the people list, the count and the place of a page are read from a listing (see
// listing), so that paging through millions of records (the search index's Load) reads each
// once instead of counting and skipping all those before it for every page.
func (s *Store) FindRecords(ctx context.Context, f tizim.RecordFilter) ([]*tizim.Record, int, error) {
	w := recordWhere(f)
	l, err := s.listRecords(ctx, w)
	if err != nil {
		return nil, 0, fmt.Errorf("store: count records: %w", err)
	}
	if max(f.Page.Offset, 0) >= l.total {
		return nil, l.total, nil
	}
	from, page := l.from(w, "p.record_id", f.Page)
	limit, largs := s.d.page(page)
	rs, err := s.queryRecords(ctx, `SELECT `+recordColumns+recordFrom+from.String()+` ORDER BY p.record_id`+limit, append(from.args, largs...)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: find records: %w", err)
	}
	return rs, l.total, nil
}

// RecordHistory returns the earlier versions of a record, oldest first. Their ID is the
// record's.
func (s *Store) RecordHistory(ctx context.Context, id int64) ([]*tizim.Record, error) {
	if _, err := s.FindRecordByID(ctx, id); err != nil {
		return nil, err
	}
	cols := `r.record_ref, s.key, r.record_id, r.person_id, ` + recordBody + `, 0`
	rs, err := s.queryRecords(ctx, `SELECT `+cols+` FROM record_history r JOIN sources s ON s.id = r.source_id
		WHERE r.record_ref = ? ORDER BY r.id`, id)
	if err != nil {
		return nil, fmt.Errorf("store: record history %d: %w", id, err)
	}
	return rs, nil
}

// queryRecords runs a query that selects recordColumns and decodes every row.
// Its callers' queries are a few fixed texts, so they are prepared once.
func (s *Store) queryRecords(ctx context.Context, q string, args ...any) ([]*tizim.Record, error) {
	st, err := s.prepared(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*tizim.Record
	for rows.Next() {
		r, err := decode(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
