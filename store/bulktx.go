package store

import (
	"context"
	"database/sql"
	"runtime"
	"strconv"
)

// bulkCacheKiB is the SQLite page cache of a transaction that writes a whole resolution at
// once (every judgement, every record's candidate keys): 128 MiB instead of the default 2 MB.
// Such a write updates the records' persons, their index and the key index of millions of
// records; with the default cache the same pages were spilled, read back and written again,
// and at 200,000 people SQLite spent more time on them than resolution did.
const bulkCacheKiB = 128 << 10

// bulkPragmas are the settings of a bulk transaction's SQLite connection while it lasts: the
// page cache above; the statement journal in memory, as for the import writer (writerpragma.go):
// every multi-row statement of judgements, moves and review pairs first copied the pages it
// changed to a temporary file, 2 of the 35 CPU-s of storing a resolution at 200,000 people; and
// no foreign-key checks, which looked up both records of every judgement and review pair in
// the records' B-tree once more. The callers check that those records exist themselves, in the
// same transaction (Judge by personsOf or allPersons, the review queue by recordRanks), and
// records are never deleted; the keys table has no foreign key.
var bulkPragmas = []pragma{
	{"cache_size", strconv.Itoa(-bulkCacheKiB)},
	{"temp_store", "2"}, // MEMORY
	{"foreign_keys", "0"},
}

// bulkTx begins a transaction for a write of many rows. On SQLite it runs on a connection of
// its own, given bulkPragmas while it lasts, under Exclusive a rollback journal instead of the
// WAL (bulkjournal.go), and batched executes through that connection's driver directly
// (batchraw.go); on PostgreSQL it is a plain transaction. The caller defers release after
// tx.Rollback's defer, or calls it once done.
func (s *Store) bulkTx(ctx context.Context) (tx *sql.Tx, release func(), err error) {
	if s.d.name != "sqlite" {
		tx, err = s.db.BeginTx(ctx, nil)
		return tx, func() {}, busy(err)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, busy(err)
	}
	restore := setPragmas(ctx, conn, bulkPragmas)
	rollback := s.leaveWALFor(ctx, conn)
	release = func() {
		restorePragmas(context.WithoutCancel(ctx), conn, restore)
		if rollback {
			backToWALFor(context.WithoutCancel(ctx), conn)
		}
		conn.Close()
	}
	if tx, err = conn.BeginTx(ctx, nil); err != nil {
		release()
		return nil, nil, busy(err)
	}
	rawConns.Store(tx, conn)
	end := release
	release = func() {
		rawConns.Delete(tx)
		end()
	}
	return tx, release, nil
}

// An index is an index of a table as a migration creates it: its name and what CREATE INDEX
// puts after ON.
type index struct{ name, on string }

// setAside drops the indexes before a write of many rows into their table, on SQLite only,
// and returns what builds them again, from sorted entries, once the rows are written: cheaper
// than taking the rows' entries one by one in no order once the rows are many. Readers do not
// see the indexes go (they read the last commit). On PostgreSQL, DROP INDEX would lock every
// reader of the table out until the commit, so it does nothing there.
func (s *Store) setAside(ctx context.Context, tx *sql.Tx, many bool, ixs []index) (rebuild func() error, err error) {
	if !many || s.d.name != "sqlite" {
		return func() error { return nil }, nil
	}
	for _, ix := range ixs {
		if _, err := tx.ExecContext(ctx, `DROP INDEX `+ix.name); err != nil {
			return nil, busy(err)
		}
	}
	return func() (err error) {
		restore := setPragmas(ctx, tx, sortPragmas)
		defer func() { // the connection's own settings back, the index built or not
			for _, q := range restore {
				if _, rerr := tx.ExecContext(context.WithoutCancel(ctx), q); rerr != nil && err == nil {
					err = busy(rerr)
				}
			}
		}()
		for _, ix := range ixs {
			if _, err := tx.ExecContext(ctx, `CREATE INDEX `+ix.name+` ON `+ix.on); err != nil {
				return busy(err)
			}
		}
		return nil
	}, nil
}

// sortPragmas are the settings under which setAside builds indexes again: SQLite sorts the
// entries of a new index in runs of at most the page cache's size (16 MiB here), each on a
// worker thread while the table is still read, and then merges them, where with the bulk
// transaction's cache in memory it sorted all of them at once on one thread. The runs go to
// temporary files, which SQLite deletes. At a million people, rebuilding the judgements'
// indexes took 1.4 s instead of 2.2, and the records' person index 0.4-0.7 s less.
var sortPragmas = []pragma{
	{"temp_store", "1"}, // FILE
	{"threads", strconv.Itoa(min(runtime.NumCPU(), 8))},
	{"cache_size", "-16384"},
}

// orFail goes after INSERT or UPDATE in a multi-row statement of a transaction that is rolled
// back whenever a statement fails. On SQLite, " OR FAIL": a statement that may abort halfway
// (any multi-row write under a constraint, whose default is ABORT) first copies every page it
// changes to a statement journal, to undo itself alone; FAIL keeps what the statement wrote
// before the error instead, which the rollback then undoes with the rest. Moving a
// resolution's records spent a third of its time copying the records' pages to that journal.
// PostgreSQL has no such clause.
func (s *Store) orFail() string {
	if s.d.name == "sqlite" {
		return " OR FAIL"
	}
	return ""
}
