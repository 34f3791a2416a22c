package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tizim/tizim"
)

// A name index kept beside the store (package search) reads every record at start and the
// records updated since at every sync. FindRecords would serve it, but it decodes whole records
// (episodes, relatives, raw rows: most of a row) and places its pages through a listing of every
// id. ScanNames reads only the columns the index needs and pages by id (keyset: each page starts
// after the last id of the one before), so that a page deep in a million records costs what
// the first one does.

// ScanPageSize is how many records ScanNames reads per query when asked for none or fewer.
const ScanPageSize = 5000

// scanColumns are the columns ScanNames reads, in scanRow's order.
const scanColumns = `r.id, s.key, r.record_id, p.person_id, r.consent, r.names, r.updated, p.moved, r.sex, COALESCE(r.birth_year, 0), r.home_code`

// ScanNames calls fn with the records updated after `after` (every record when it is zero),
// in id order, pageSize at a time (ScanPageSize when pageSize < 1), whatever their consent
// level. Each record has only what a name index needs: ID, Source, RecordID, PersonID,
// Consent, Names and Updated, and the facts its filters read: Sex, the year of BirthDate and
// HomeCode. fn may keep the records; an error it returns stops the scan and
// is returned. Records written while the scan runs may or may not be seen: a caller that
// follows the store reads again from a time before the scan began.
func (s *Store) ScanNames(ctx context.Context, after time.Time, pageSize int, fn func([]*tizim.Record) error) error {
	if pageSize < 1 {
		pageSize = ScanPageSize
	}
	q := `SELECT ` + scanColumns + recordFrom + ` WHERE r.id > ?`
	args := []any{int64(0)}
	if !after.IsZero() {
		// No index on updated (see readcache.go): the records updated after a time are found
		// by reading them all. The listing of their ids is kept while the records are
		// unchanged, so that a sync that finds nothing new costs a lookup, and the scan starts
		// at the first of them.
		l, err := s.listRecords(ctx, recordWhere(tizim.RecordFilter{Clearance: tizim.Sealed, UpdatedAfter: after}))
		if err != nil {
			return fmt.Errorf("store: scan names: %w", err)
		}
		if l.total == 0 {
			return nil
		}
		args[0] = l.marks[0] - 1
		q += ` AND (r.updated > ? OR p.moved > ?)`
		args = append(args, after.UnixNano(), after.UnixNano())
	}
	q += ` ORDER BY r.id LIMIT ?`
	args = append(args, pageSize)
	st, err := s.prepared(ctx, q)
	if err != nil {
		return fmt.Errorf("store: scan names: %w", err)
	}
	for {
		page, err := scanPage(ctx, st, args, pageSize)
		if err != nil {
			return fmt.Errorf("store: scan names after record %d: %w", args[0], err)
		}
		if len(page) == 0 {
			return nil
		}
		args[0] = page[len(page)-1].ID
		if err := fn(page); err != nil {
			return err
		}
		if len(page) < pageSize {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// scanPage runs one page of ScanNames's query and decodes it.
func scanPage(ctx context.Context, st *sql.Stmt, args []any, size int) ([]*tizim.Record, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*tizim.Record, 0, size)
	for rows.Next() {
		var r tizim.Record
		var consent, names string
		var updated, moved, year int64
		var sex string
		if err := rows.Scan(&r.ID, &r.Source, &r.RecordID, &r.PersonID, &consent, &names, &updated, &moved, &sex, &year, &r.HomeCode); err != nil {
			return nil, err
		}
		r.Consent, r.Updated = tizim.Consent(consent), time.Unix(0, max(updated, moved)).UTC()
		r.Sex, r.BirthDate.Year = tizim.Sex(sex), int(year)
		if err := json.Unmarshal([]byte(names), &r.Names); err != nil {
			return nil, fmt.Errorf("record %d: names: %w", r.ID, err)
		}
		if len(r.Names) == 0 {
			r.Names = nil
		}
		out = append(out, &r)
	}
	return out, rows.Err()
}
