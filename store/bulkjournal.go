package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
)

// A full resolution rewrites most of a SQLite database: every page of the records table that
// holds a moved record, and every page of the judgements, the queue and the keys. In WAL mode
// each such page is written to the WAL as the page cache spills it, looked up there again
// whenever it is read (walFindFrame, slower as the WAL grows to gigabytes, since nothing can be
// checkpointed while the transaction lasts), and copied into the database by the checkpoint
// that follows the commit. Under Exclusive (the command line's dedup: nothing else wants the
// database meanwhile) the bulk transaction switches its connection to a rollback journal
// instead, as an import into an empty database does (journal.go): each page the database
// had is copied once to the journal before its first change, pages new in the file not even
// that, and every page is written once, straight into the database. A crash or kill -9 midway
// leaves a hot journal that the next connection to open the database plays back, so the
// previous resolution stays whole, as in WAL mode.
//
// Leaving WAL needs the only connection to the database: the pool's idle connections are
// closed first (the caller's own are busy with nothing), and if another process has the
// database open the switch fails at once and the transaction stays in WAL mode.

// leaveWALFor switches conn to a rollback journal when the context is Exclusive and the switch
// is possible, and reports whether it did. It runs before the transaction begins.
func (s *Store) leaveWALFor(ctx context.Context, conn *sql.Conn) bool {
	if ctx.Value(exclusiveKey{}) == nil || s.d.name != "sqlite" {
		return false
	}
	s.db.SetMaxIdleConns(0) // closes the idle connections, each holding the database open
	s.db.SetMaxIdleConns(poolIdle)
	// Another process's connection makes the switch fail: at once, not after busyTimeout.
	var wait string
	if err := conn.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&wait); err != nil {
		return false
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return false
	}
	var mode string
	err := conn.QueryRowContext(ctx, "PRAGMA journal_mode = DELETE").Scan(&mode)
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = "+wait); err != nil {
		conn.Raw(func(any) error { return driver.ErrBadConn }) // without its timeout: not for the pool
	}
	return err == nil && mode == "delete"
}

// poolIdle is how many idle connections Open lets the pool keep.
const poolIdle = 64

// backToWALFor switches conn back to WAL once the transaction is over. A connection that
// cannot switch is closed rather than given back to the pool, so that every connection the
// pool hands out is in WAL mode; the next one opened switches the database back.
func backToWALFor(ctx context.Context, conn *sql.Conn) {
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err == nil && mode == "wal" {
		return
	}
	conn.Raw(func(any) error { return driver.ErrBadConn })
}
