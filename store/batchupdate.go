package store

import (
	"slices"
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
// review_pairs_consent and record_persons_consent follow a changed consent. The id, the source,
// the key and the creation time are not touched, nor the record's person (record_persons). A
// batch never holds one record twice: Put writes what is queued before it looks up a key it
// has queued (writer.put).

// Most corrections leave a record's consent as it was, and an UPDATE that sets consent_rank,
// even to the value it had, runs the triggers that follow it. So a changed record whose
// consent rank is the stored one is rewritten by an UPDATE that leaves consent_rank out (kind
// updates), the others by one that sets it too (kind reranks).

// rankColumn is consent_rank's index in contentColumns (TestContentColumns checks it).
const rankColumn = 15

// updateParams is the number of parameters of one updated record: its id, the content and the
// time of the update; without the consent rank, one fewer.
const updateParams = 1 + contentCount + 1

// pgTypes are the PostgreSQL types of the content columns that are not text, by index in
// contentColumns (from migrations/postgres/0001_init.sql). PostgreSQL gives a VALUES list's
// parameters no type of their own, so every one is cast to its column's type; SQLite needs no
// casts.
var pgTypes = map[int]string{0: "bytea", 4: "bigint", rankColumn: "bigint"}

// updateColumns returns the content columns an update sets, by index in contentColumns.
func updateColumns(rank bool) []int {
	var cols []int
	for c := range contentCount {
		if c != rankColumn || rank {
			cols = append(cols, c)
		}
	}
	return cols
}

// updateVerb: on SQLite a NOT NULL column set to NULL (which Put never does) rolls the whole
// transaction back instead of the statement, so that the statement needs no journal to undo
// itself (see writePragmas); a failed batch loses the transaction anyway.
var updateVerb = map[*dialect]string{sqlite: "UPDATE OR ROLLBACK", postgres: "UPDATE"}

// updateSQL is the UPDATE of n records in dialect d, with ? placeholders; rank says whether it
// sets consent_rank. Each content column is set from its VALUES column, the sparse ones turned
// back from NULL as insertTuple does.
func updateSQL(d *dialect, n int, rank bool) string {
	cast := func(t string) string {
		if d.numbered {
			return "?::" + t
		}
		return "?"
	}
	names := strings.Split(contentColumns, ",")
	var set, tuple strings.Builder
	set.WriteString("version = version + 1")
	tuple.WriteString("(" + cast("bigint"))
	v := 1 // VALUES column
	for _, c := range updateColumns(rank) {
		v++
		val := "v.column" + strconv.Itoa(v)
		if empty, ok := sparse[c]; ok {
			val = "COALESCE(" + val + ", " + empty + ")"
		}
		set.WriteString(", " + strings.TrimSpace(names[c]) + " = " + val)
		t, ok := pgTypes[c]
		if !ok {
			t = "text"
		}
		tuple.WriteString(", " + cast(t))
	}
	set.WriteString(", updated = v.column" + strconv.Itoa(v+1))
	tuple.WriteString(", " + cast("bigint") + ")")
	return updateVerb[d] + " records SET " + set.String() + " FROM (VALUES " +
		strings.TrimSuffix(strings.Repeat(tuple.String()+", ", n), ", ") +
		") AS v WHERE records.id = v.column1"
}

// update queues a changed record (r.ID set) for rewriting; rank says whether its consent rank
// differs from the stored one. A full batch is handed to the writing goroutine.
func (b *batch) update(r *tizim.Record, row *row, now int64, rank bool) error {
	b.values = append(b.values[:0], r.ID)
	b.values = append(row.appendSparse(b.values), now)
	if !rank {
		b.values = slices.Delete(b.values, 1+rankColumn, 2+rankColumn)
		return b.queue(updates, b.values)
	}
	return b.queue(reranks, b.values)
}
