package store

import (
	"context"
	"database/sql/driver"
)

// A SQLite database is kept in WAL mode, so that the web server's readers never wait for an
// import. But WAL writes every page of an import twice: to the WAL during the transaction and
// again into the database at the checkpoint that follows the commit, 850 MB each for a million
// records. An import into a database that has no records yet, and that no other connection
// has open, has no readers to keep: it switches its connection to a rollback journal
// (journal_mode=DELETE) for the transaction and back to WAL afterwards. Pages that are new in
// the file, which is nearly all of them, are then written once, straight into the database,
// and the journal holds only the few pages the database had (its schema), so that a crash or
// kill -9 midway still leaves the database as it was: the next connection to open it finds the
// hot journal, puts those pages back and cuts the file to its old length.
//
// Only a caller that knows nothing else will want the database meanwhile asks for it, with
// Exclusive: the command line's import does, the web server does not (its users and sessions
// are in the same file). Leaving WAL needs an exclusive lock, which SQLite cannot get while
// another connection, in this process or another, has the database open: then the import
// stays in WAL mode. While the import runs, a process that opens the database waits for it
// (busy_timeout) and then fails with "database is locked".

type exclusiveKey struct{}

// Exclusive returns a context under which BeginWrite may take a SQLite database for itself
// when it has no records, and a bulk write (PutResolution, Judge, PutReviewPairs,
// PutCandidateKeys) whenever it can (bulkjournal.go): the caller promises that nothing else
// needs the database until the transaction ends. PostgreSQL ignores it.
func Exclusive(ctx context.Context) context.Context {
	return context.WithValue(ctx, exclusiveKey{}, true)
}

// leaveWAL switches the writer's connection to a rollback journal when the context is
// Exclusive, the database has no records and the switch is possible, and reports whether it
// did. It runs before the transaction begins.
func (w *writer) leaveWAL(ctx context.Context) bool {
	if ctx.Value(exclusiveKey{}) == nil {
		return false
	}
	var some bool
	if err := w.conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM records)").Scan(&some); err != nil || some {
		return false
	}
	var mode string
	if err := w.conn.QueryRowContext(ctx, "PRAGMA journal_mode = DELETE").Scan(&mode); err != nil {
		return false // busy: another connection has the database open
	}
	return mode == "delete"
}

// backToWAL switches the writer's connection back to WAL once the transaction is over. A
// connection that cannot switch is closed rather than given back to the pool, so that every
// connection the pool hands out is in WAL mode; the next one opened switches the database
// back (store.Open's settings ask every connection for WAL).
func (w *writer) backToWAL(ctx context.Context) {
	var mode string
	if err := w.conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err == nil && mode == "wal" {
		return
	}
	w.conn.Raw(func(any) error { return driver.ErrBadConn })
}
