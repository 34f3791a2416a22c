package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"strings"
)

// contentColumns are the columns of a record that its content sets, in the order of
// row.values.
const contentColumns = `hash, display_name, sex, birth_date, birth_year, id_number, ethnicity,
	home_code, home_place, occupation, status, status_since, facilities, notes, consent,
	consent_rank, names, episodes, relatives, raw, warnings, search`

// contentCount is the number of contentColumns (TestContentColumns checks it).
const contentCount = 22

// appendValues appends the row's content to args, in the order of contentColumns.
func (w *row) appendValues(args []any) []any {
	return append(args, w.hash, w.displayName, w.sex, w.birthDate, w.birthYear, w.idNumber, w.ethnicity,
		w.homeCode, w.homePlace, w.occupation, w.status, w.statusSince, w.facilities, w.notes,
		w.consent, w.consentRank, w.names, w.episodes, w.relatives, w.raw, w.warnings, w.search)
}

// Rows per multi-row INSERT or UPDATE. Each record row has at most 27 parameters and SQLite
// allows 32,766 in a statement, PostgreSQL 65,535.
const (
	recordBatch = 256
)

// recordParams is the number of parameters of one record row: id, source, record id, the
// content, created and updated. Its person, itself, goes to record_persons with it (insertSQL,
// addPersons).
//
// Binding a parameter is most of the database's cost per row on SQLite (the driver copies each
// text into C memory, then unbinds it after the statement), so the text columns that are
// often empty are bound as NULL when they are, which costs nothing to copy, and turned back
// into empty text (or [] for a JSON list) by the statement: see sparse. (Numbered parameters,
// to bind the id and the time once for two columns each, would save two more, but SQLite
// looks a numbered parameter's name up in a list, which made a 256-row statement quadratic.)
const recordParams = 3 + contentCount + 2

// sparse are the content columns (by index in contentColumns) bound as NULL when empty, with
// the value that stands for NULL. The others are rarely empty or not text.
var sparse = map[int]string{
	2: "''", 3: "''", 5: "''", 6: "''", 7: "''", 8: "''", 9: "''", 10: "''", 11: "''",
	12: "''", 13: "''", 18: "'[]'", 20: "'[]'", 21: "''",
}

const insertHead = ` INTO records (id, source_id, record_id, version, ` + contentColumns + `, created, updated) VALUES `

// insertVerb: on SQLite a failed batch of inserts rolls the whole transaction back, as updates
// do (see updateVerb), so that the statement needs no journal to undo itself.
var insertVerb = map[*dialect]string{sqlite: "INSERT OR ROLLBACK", postgres: "INSERT"}

// insertTuple is the row of one record.
var insertTuple = func() string {
	var b strings.Builder
	b.WriteString("(?, ?, ?, 1")
	for c := range contentCount {
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

// kind is what a batch does with its rows: create records or rewrite stored ones.
type kind int

const (
	inserts kind = iota
	updates      // records whose consent rank stays
	reranks      // records whose consent rank changes
	kinds
)

// statements are the parameters per row and the statement for n rows (in dialect d, with ?
// placeholders) of each kind of batch.
var statements = [kinds]struct {
	params int
	sql    func(d *dialect, n int) string
}{
	inserts: {recordParams, insertSQL},
	updates: {updateParams - 1, func(d *dialect, n int) string { return updateSQL(d, n, false) }},
	reranks: {updateParams, func(d *dialect, n int) string { return updateSQL(d, n, true) }},
}

// write writes one batch of at most recordBatch rows; its parameters are numbered from 1 as the
// driver takes them.
func (b *batch) write(ctx context.Context, q *queued) error {
	st := statements[q.kind]
	n := len(q.args) / st.params
	if n > recordBatch || len(q.args)%st.params != 0 {
		return errors.New("a batch of records is not whole")
	}
	if b.w.conn != nil {
		return b.w.conn.Raw(func(dc any) error { return b.writeRaw(ctx, dc, q.kind, n, q.args) })
	}
	values := make([]any, len(q.args))
	for i, a := range q.args {
		values[i] = a.Value
	}
	d := b.w.s.d
	var err error
	if n == recordBatch {
		if b.full[q.kind] == nil {
			if b.full[q.kind], err = b.w.tx.PrepareContext(ctx, d.rebind(st.sql(d, n))); err != nil {
				return err
			}
		}
		_, err = b.full[q.kind].ExecContext(ctx, values...)
	} else {
		_, err = b.w.tx.ExecContext(ctx, d.rebind(st.sql(d, n)), values...)
	}
	return err
}

// insertSQL is the INSERT of n records in dialect d; on SQLite a failure rolls the
// transaction back (see updateVerb). On PostgreSQL the same statement makes each record a
// person of its own in record_persons; on SQLite, which cannot, addPersons follows it.
func insertSQL(d *dialect, n int) string {
	q := insertVerb[d] + insertHead + strings.TrimSuffix(strings.Repeat(insertTuple+", ", n), ", ")
	if d == postgres {
		q = `WITH added AS (` + q + ` RETURNING id, consent_rank)
			INSERT INTO record_persons (record_id, person_id, consent_rank) SELECT id, id, consent_rank FROM added`
	}
	return q
}

// writeRaw writes the n rows of args, a batch of kind k, through the SQLite driver's
// connection dc, the transaction's. database/sql would check and convert each of a batch's
// 7,168 parameters into a slice it allocates for every statement, on the goroutine that
// SQLite's writing keeps busy; the values here are already what the driver takes (int64,
// string, []byte, nil), numbered by Put as they were queued.
func (b *batch) writeRaw(ctx context.Context, dc any, k kind, n int, args []driver.NamedValue) error {
	err := execRaw(ctx, dc, &b.fullRaw[k], n == recordBatch, func() string { return statements[k].sql(sqlite, n) }, args)
	if err != nil || k != inserts {
		return err
	}
	ids := []driver.NamedValue{{Ordinal: 1, Value: args[0].Value}, {Ordinal: 2, Value: args[(n-1)*recordParams].Value}}
	return execRaw(ctx, dc, &b.addPersons, true, func() string { return addPersons }, ids)
}

// addPersons makes each record of a batch of inserts, ids ?1 to ?2, a person of its own in
// record_persons, on SQLite: in one statement a batch, where a trigger run for every record
// made an import of a million rows a quarter slower. A batch's records have consecutive new
// ids (ids.go), and SQLite has one writer at a time, so every record in the range is one of
// the batch's.
const addPersons = `INSERT OR ROLLBACK INTO record_persons (record_id, person_id, consent_rank)
	SELECT id, id, consent_rank FROM records WHERE id >= ?1 AND id <= ?2`
