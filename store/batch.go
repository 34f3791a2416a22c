package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"strings"

	"github.com/tizim/tizim"
)

// contentColumns are the columns of a record that its content sets, in the order of
// row.values.
const contentColumns = `hash, display_name, sex, birth_date, birth_year, id_number, ethnicity,
	home_code, home_place, occupation, status, status_since, facilities, notes, consent,
	consent_rank, names, episodes, relatives, raw, warnings, search`

// appendValues appends the row's content to args, in the order of contentColumns.
func (w *row) appendValues(args []any) []any {
	return append(args, w.hash, w.displayName, w.sex, w.birthDate, w.birthYear, w.idNumber, w.ethnicity,
		w.homeCode, w.homePlace, w.occupation, w.status, w.statusSince, w.facilities, w.notes,
		w.consent, w.consentRank, w.names, w.episodes, w.relatives, w.raw, w.warnings, w.search)
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

// batch queues new records and writes them in multi-row INSERTs. A full batch is written by a
// goroutine while Put fills the next one, so that encoding and the caller's parsing run on one
// core while SQLite writes on the other. Every other statement of the transaction waits for
// that write first (wait), so the transaction's connection is used by one goroutine at a time.
type batch struct {
	w       *writer
	records []any // parameters of queued records, recordParams per record
	spare   []any // the other buffer, free when nothing is being written
	// keys are the keys of the queued records, and writing those of the records being written.
	keys, writing map[batchKey]struct{}
	// full is the statement for a full batch, prepared on first use.
	full *sql.Stmt
	// On SQLite, fullRaw is that statement prepared on the driver's connection, and args the
	// parameters handed to it (see writeRaw).
	fullRaw driver.Stmt
	args    []driver.NamedValue
	// busy, when not nil, receives the result of the write in progress.
	busy chan error
}

type batchKey struct {
	source   int64
	recordID string
}

// recordParams is the number of parameters of one record row: id, source, record id, person,
// the content, created and updated.
//
// Binding a parameter is most of the database's cost per row on SQLite (the driver copies each
// text into C memory, then unbinds it after the statement), so the text columns that are
// often empty are bound as NULL when they are, which costs nothing to copy, and turned back
// into empty text (or [] for a JSON list) by the statement: see sparse. (Numbered parameters,
// to bind the id and the time once for two columns each, would save two more, but SQLite
// looks a numbered parameter's name up in a list, which made a 256-row statement quadratic.)
const recordParams = 4 + 22 + 2

// sparse are the content columns (by index in contentColumns) bound as NULL when empty, with
// the value that stands for NULL. The others are rarely empty or not text.
var sparse = map[int]string{
	2: "''", 3: "''", 5: "''", 6: "''", 7: "''", 8: "''", 9: "''", 10: "''", 11: "''",
	12: "''", 13: "''", 18: "'[]'", 20: "'[]'", 21: "''",
}

const insertHead = `INSERT INTO records (id, source_id, record_id, person_id, version, ` + contentColumns + `, created, updated) VALUES `

// insertTuple is the row of one record.
var insertTuple = func() string {
	var b strings.Builder
	b.WriteString("(?, ?, ?, ?, 1")
	for c := range 22 {
		if empty, ok := sparse[c]; ok {
			b.WriteString(", COALESCE(?, " + empty + ")")
		} else {
			b.WriteString(", ?")
		}
	}
	b.WriteString(", ?, ?)")
	return b.String()
}()

// appendSparse appends the row's content to args as appendValues does, but the empty values
// of the sparse columns as nil (which also spares boxing them).
func (w *row) appendSparse(args []any) []any {
	return append(args, w.hash, w.displayName, orNil(w.sex), orNil(w.birthDate), w.birthYear,
		orNil(w.idNumber), orNil(w.ethnicity), orNil(w.homeCode), orNil(w.homePlace),
		orNil(w.occupation), orNil(w.status), orNil(w.statusSince), orNil(w.facilities),
		orNil(w.notes), w.consent, w.consentRank, w.names, w.episodes, listOrNil(w.relatives),
		w.raw, listOrNil(w.warnings), orNil(w.search))
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func listOrNil(s string) any {
	if s == "[]" {
		return nil
	}
	return s
}

// has reports whether a record with the key is queued or being written.
func (b *batch) has(source int64, recordID string) bool {
	k := batchKey{source, recordID}
	_, queued := b.keys[k]
	_, busy := b.writing[k]
	return queued || busy
}

// add queues a new record (r.ID set); a full batch starts being written.
func (b *batch) add(source int64, r *tizim.Record, row *row, now int64) error {
	if b.keys == nil {
		b.keys, b.writing = map[batchKey]struct{}{}, map[batchKey]struct{}{}
	}
	b.keys[batchKey{source, r.RecordID}] = struct{}{}
	b.records = append(b.records, r.ID, source, r.RecordID, r.ID)
	b.records = row.appendSparse(b.records)
	b.records = append(b.records, now, now)
	if len(b.records) >= recordBatch*recordParams {
		return b.start()
	}
	return nil
}

// start waits for the write in progress, then starts writing what is queued.
func (b *batch) start() error {
	if err := b.wait(); err != nil {
		return err
	}
	if len(b.records) == 0 {
		return nil
	}
	args := b.records
	b.records, b.spare = b.spare[:0], nil
	b.keys, b.writing = b.writing, b.keys
	b.busy = make(chan error, 1)
	go func() {
		err := b.write(b.w.ctx, args)
		b.spare = args[:0] // read only after busy is received
		b.busy <- err
	}()
	return nil
}

// wait waits for the write in progress and returns its error. Afterwards nothing queued is
// being written.
func (b *batch) wait() error {
	if b.busy == nil {
		return nil
	}
	err := <-b.busy
	b.busy = nil
	clear(b.writing)
	return err
}

// flush writes everything queued and waits until it is written.
func (b *batch) flush() error {
	if err := b.start(); err != nil {
		return err
	}
	return b.wait()
}

// write inserts the records of args, recordBatch at a time.
func (b *batch) write(ctx context.Context, args []any) error {
	if b.w.conn != nil {
		return b.w.conn.Raw(func(dc any) error { return b.writeRaw(ctx, dc, args) })
	}
	for len(args) > 0 {
		n := min(len(args)/recordParams, recordBatch)
		part := args[:n*recordParams]
		args = args[n*recordParams:]
		var err error
		if n == recordBatch {
			if b.full == nil {
				if b.full, err = b.w.tx.PrepareContext(ctx, b.w.s.d.rebind(insertSQL(n))); err != nil {
					return err
				}
			}
			_, err = b.full.ExecContext(ctx, part...)
		} else {
			_, err = b.w.tx.ExecContext(ctx, b.w.s.d.rebind(insertSQL(n)), part...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// insertSQL is the INSERT of n records.
func insertSQL(n int) string {
	return insertHead + strings.TrimSuffix(strings.Repeat(insertTuple+", ", n), ", ")
}

// writeRaw inserts the records of args through the SQLite driver's connection dc, the
// transaction's. database/sql would check and convert each of a batch's 7,168 parameters into
// a slice it allocates for every statement, on the goroutine that SQLite's writing keeps busy;
// the values here are already what the driver takes (int64, string, []byte, nil), and their
// slice is reused.
func (b *batch) writeRaw(ctx context.Context, dc any, args []any) error {
	conn, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return errors.New("the SQLite driver cannot prepare statements")
	}
	for len(args) > 0 {
		n := min(len(args)/recordParams, recordBatch)
		part := args[:n*recordParams]
		args = args[n*recordParams:]
		st := b.fullRaw
		if n < recordBatch || st == nil {
			var err error
			if st, err = conn.PrepareContext(ctx, insertSQL(n)); err != nil {
				return err
			}
			if n == recordBatch {
				b.fullRaw = st
			} else {
				defer st.Close()
			}
		}
		exec, ok := st.(driver.StmtExecContext)
		if !ok {
			return errors.New("the SQLite driver cannot execute statements")
		}
		b.args = b.args[:0]
		for i, v := range part {
			b.args = append(b.args, driver.NamedValue{Ordinal: i + 1, Value: v})
		}
		if _, err := exec.ExecContext(ctx, b.args); err != nil {
			return err
		}
	}
	clear(b.args) // keep no strings alive until the next batch
	return nil
}

// close closes the statement prepared on the driver's connection. It runs once nothing is
// being written, before the transaction ends.
func (b *batch) close() {
	if b.fullRaw != nil {
		b.w.conn.Raw(func(any) error { return b.fullRaw.Close() })
		b.fullRaw = nil
	}
}
