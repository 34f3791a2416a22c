package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strconv"
)

// writeCacheKiB is the SQLite page cache of a write transaction's connection, 32 MiB instead of
// the default 2 MB: an import of a million records spends about a tenth less CPU time (and a
// third less system time) for 60 MB more memory. With a small cache, the pages of the
// (source_id, record_id) index, which an import fills in no particular order, are written to
// the WAL, read back and written again, and every page spilled while a multi-row INSERT runs is
// first copied to the statement journal. Measured in docs/PERFORMANCE.md, "Import throughput".
const writeCacheKiB = 32 << 10

// writePragmas are the settings a write transaction's SQLite connection has while it lasts.
//
// temp_store MEMORY keeps the statement journal in memory. A multi-row statement that may fail
// halfway (a constraint, a trigger) first copies each page it changes into that journal, to
// undo the statement alone; by default the journal goes to a temporary file once it passes 64
// KiB, which every batch of updated records did: one write system call per page and one for its
// number, about a tenth of the writing goroutine's CPU on the update path. A batch's journal is
// at most the pages the batch touches, a megabyte or two, freed when the statement ends.
//
// foreign_keys off spares that journal altogether on the update path, and a lookup of the
// record for each history row: with the foreign key of record_history (immediate, as SQLite
// has them), every statement that fires the history trigger may fail halfway, so it needs a
// statement journal; without it, and with UPDATE OR ROLLBACK for the NOT NULL columns
// (batchupdate.go), nothing in the batched UPDATE can fail halfway. The writer cannot break a
// foreign key: it changes no record's id, takes source ids from the sources table in the same
// transaction, and the trigger's history row refers to the record being updated. On the 195,532
// updated rows of BenchmarkImportFile (seed 2, then 3) the writing goroutine spent 20-28 % less
// CPU on them. The setting cannot change inside a transaction, so tune runs before BEGIN.
var writePragmas = []pragma{
	{"cache_size", strconv.Itoa(-writeCacheKiB)},
	{"temp_store", "2"}, // MEMORY
	{"foreign_keys", "0"},
}

// pragma is a SQLite setting and the value a connection is given for a while.
type pragma struct{ name, value string }

// tune gives the writer's connection the settings of writePragmas, remembering the pool's;
// untune restores them.
func (w *writer) tune(ctx context.Context) { w.restore = setPragmas(ctx, w.conn, writePragmas) }

// untune gives the writer's connection back the settings it had before tune.
func (w *writer) untune(ctx context.Context) {
	restorePragmas(ctx, w.conn, w.restore)
	w.restore = nil
}

// pragmaConn is what setPragmas changes the settings of: a connection or a transaction's.
type pragmaConn interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// setPragmas gives conn the settings and returns the statements that put back what it had. A
// setting that cannot be read or changed is left as it was.
func setPragmas(ctx context.Context, conn pragmaConn, settings []pragma) (restore []string) {
	for _, p := range settings {
		var old string
		if err := conn.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(&old); err != nil {
			continue
		}
		if _, err := conn.ExecContext(ctx, "PRAGMA "+p.name+" = "+p.value); err == nil {
			restore = append(restore, "PRAGMA "+p.name+" = "+old)
		}
	}
	return restore
}

// restorePragmas runs the statements setPragmas returned. A connection that cannot take its
// settings back is closed instead of going back to the pool: another caller must not get one
// without foreign keys, or with a large cache kept for good.
func restorePragmas(ctx context.Context, conn *sql.Conn, restore []string) {
	for _, q := range restore {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
			return
		}
	}
}
