package store

import (
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// Re-importing a corrected file updates most of its records. One UPDATE per record, through
// database/sql, cost about half of the 96 µs of CPU an updated row took; updates are now
// queued as new records are (batchqueue.go) and written 256 at a time in one statement that
// both databases understand:
//
//	UPDATE records SET version = version + 1, hash = v.column2, …, updated = v.column24
//	FROM (VALUES (?, ?, …), …) AS v WHERE records.id = v.column1
//
// It sets exactly the columns the one-row UPDATE set, row by row, so every row trigger fires as
// before: records_keep_history copies the replaced version into record_history, and
// review_pairs_consent follows a changed consent. The id, the person link, the source, the key
// and the creation time are not touched. A batch never holds one record twice: Put writes
// what is queued before it looks up a key it has queued (writer.put).

// updateParams is the number of parameters of one updated record: its id, the content and the
// time of the update.
const updateParams = 1 + 22 + 1

// pgTypes are the PostgreSQL types of the content columns that are not text, by index in
// contentColumns (from migrations/postgres/0001_init.sql). PostgreSQL gives a VALUES list's
// parameters no type of their own, so every one is cast to its column's type; SQLite needs no
// casts.
var pgTypes = map[int]string{0: "bytea", 4: "bigint", 15: "bigint"}

// updateSet is the SET list: each content column from its VALUES column, the sparse ones
// turned back from NULL as insertTuple does.
var updateSet = func() string {
	var b strings.Builder
	b.WriteString("version = version + 1")
	for c, name := range strings.Split(contentColumns, ",") {
		v := "v.column" + strconv.Itoa(c+2)
		if empty, ok := sparse[c]; ok {
			v = "COALESCE(" + v + ", " + empty + ")"
		}
		b.WriteString(", " + strings.TrimSpace(name) + " = " + v)
	}
	b.WriteString(", updated = v.column" + strconv.Itoa(updateParams))
	return b.String()
}()

// updateTuple returns the VALUES row of one record in dialect d.
func updateTuple(d *dialect) string {
	cast := func(t string) string {
		if d.numbered {
			return "?::" + t
		}
		return "?"
	}
	var b strings.Builder
	b.WriteString("(" + cast("bigint"))
	for c := range 22 {
		t, ok := pgTypes[c]
		if !ok {
			t = "text"
		}
		b.WriteString(", " + cast(t))
	}
	b.WriteString(", " + cast("bigint") + ")")
	return b.String()
}

var updateTuples = map[*dialect]string{sqlite: updateTuple(sqlite), postgres: updateTuple(postgres)}

// updateSQL is the UPDATE of n records in dialect d, with ? placeholders.
func updateSQL(d *dialect, n int) string {
	return "UPDATE records SET " + updateSet + " FROM (VALUES " +
		strings.TrimSuffix(strings.Repeat(updateTuples[d]+", ", n), ", ") +
		") AS v WHERE records.id = v.column1"
}

// update queues a changed record (r.ID set) for rewriting; a full batch is handed to the
// writing goroutine.
func (b *batch) update(r *tizim.Record, row *row, now int64) error {
	b.values = append(b.values[:0], r.ID)
	b.values = append(row.appendSparse(b.values), now)
	return b.queue(updates, b.values)
}
