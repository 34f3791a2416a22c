package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/tizim/tizim"
)

// contentColumns are the columns of a record that its content sets, in the order of
// row.values.
const contentColumns = `hash, display_name, sex, birth_date, birth_year, id_number, ethnicity,
	home_code, home_place, occupation, status, status_since, facilities, notes, consent,
	consent_rank, names, episodes, relatives, raw, warnings, search`

// values returns the row's content, in the order of contentColumns.
func (w *row) values() []any {
	return []any{w.hash, w.displayName, w.sex, w.birthDate, w.birthYear, w.idNumber, w.ethnicity,
		w.homeCode, w.homePlace, w.occupation, w.status, w.statusSince, w.facilities, w.notes,
		w.consent, w.consentRank, w.names, w.episodes, w.relatives, w.raw, w.warnings, w.search}
}

// updateRecord rewrites a record's content; the trigger records_keep_history keeps the old one.
var updateRecord = func() string {
	var b strings.Builder
	b.WriteString("UPDATE records SET version = version + 1")
	for _, c := range strings.Split(contentColumns, ",") {
		b.WriteString(", " + strings.TrimSpace(c) + " = ?")
	}
	b.WriteString(", updated = ? WHERE id = ?")
	return b.String()
}()

// Rows per multi-row INSERT. Each record row has 28 parameters and SQLite allows 32,766 in a
// statement, PostgreSQL 65,535.
const (
	recordBatch = 256
)

// batch queues new records and writes them in multi-row INSERTs.
type batch struct {
	w       *writer
	records []any // parameters, recordParams per record
	keys    map[batchKey]struct{}
	// full statements, prepared on first use
	fullRecords *sql.Stmt
}

type batchKey struct {
	source   int64
	recordID string
}

// has reports whether a record with the key is queued.
func (b *batch) has(source int64, recordID string) bool {
	_, ok := b.keys[batchKey{source, recordID}]
	return ok
}

// add queues a new record (r.ID set), writing a full batch.
func (b *batch) add(ctx context.Context, source int64, r *tizim.Record, row *row, now int64) error {
	if b.keys == nil {
		b.keys = map[batchKey]struct{}{}
	}
	b.keys[batchKey{source, r.RecordID}] = struct{}{}
	b.records = append(b.records, r.ID, source, r.RecordID, r.ID)
	b.records = append(b.records, row.values()...)
	b.records = append(b.records, now, now)
	if len(b.records) >= recordBatch*recordParams {
		return b.flush(ctx)
	}
	return nil
}

// recordParams is the number of parameters of one record row: id, source, record id, person,
// the content, created and updated.
const recordParams = 4 + 22 + 2

// flush writes everything queued.
func (b *batch) flush(ctx context.Context) error {
	if len(b.records) == 0 {
		return nil
	}
	err := b.write(ctx, b.records, recordParams, recordBatch, &b.fullRecords,
		`INSERT INTO records (id, source_id, record_id, person_id, version, `+contentColumns+`, created, updated) VALUES `,
		"(?, ?, ?, ?, 1, "+marks(recordParams-4)+")")
	b.records = b.records[:0]
	clear(b.keys)
	return err
}

// write inserts args, per rows at a time; full statements use the prepared *full.
func (b *batch) write(ctx context.Context, args []any, per, rows int, full **sql.Stmt, head, tuple string) error {
	for len(args) > 0 {
		n := min(len(args)/per, rows)
		part := args[:n*per]
		args = args[n*per:]
		var err error
		if n == rows {
			if *full == nil {
				if *full, err = b.w.tx.PrepareContext(ctx, b.w.s.d.rebind(insertSQL(head, tuple, n))); err != nil {
					return err
				}
			}
			_, err = (*full).ExecContext(ctx, part...)
		} else {
			_, err = b.w.tx.ExecContext(ctx, b.w.s.d.rebind(insertSQL(head, tuple, n)), part...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func insertSQL(head, tuple string, n int) string {
	return head + strings.TrimSuffix(strings.Repeat(tuple+", ", n), ", ")
}
