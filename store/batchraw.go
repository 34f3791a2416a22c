package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"sync"
)

// A full resolution passes some 55 million parameters to SQLite at a million people (7 a
// judgement, 2 a move, 9 a review pair, 3 a key). Through database/sql each statement's
// parameters are checked and converted one by one into a slice it allocates, on the goroutine
// that SQLite's writing keeps busy: 1.8 of the keys' 13 CPU-s in BenchmarkPutResolution at a
// million records. A bulk transaction on SQLite runs on a connection of its own (bulkTx), so
// batched can hand SQLite's driver the parameters directly, as the import writer does
// (batch.writeRaw), made ready on the goroutine that makes the arguments.

// rawConns holds the connection of each bulk transaction on SQLite while it lasts, for
// batched to execute through.
var rawConns sync.Map // *sql.Tx -> *sql.Conn

// rawConnOf returns the connection of a bulk transaction on SQLite, or nil.
func rawConnOf(tx *sql.Tx) *sql.Conn {
	if c, ok := rawConns.Load(tx); ok {
		return c.(*sql.Conn)
	}
	return nil
}

// namedValues appends the arguments as the driver takes them, numbered from 1: the integers a
// statement of batched passes (int, int32) as int64. Any other type is an error, not a guess.
func namedValues(dst []driver.NamedValue, args []any) ([]driver.NamedValue, error) {
	for i, a := range args {
		var v driver.Value
		switch a := a.(type) {
		case int64, float64, string, []byte, bool, nil:
			v = a
		case int:
			v = int64(a)
		case int32:
			v = int64(a)
		default:
			return dst, fmt.Errorf("a parameter of type %T", a)
		}
		dst = append(dst, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return dst, nil
}

// rawStmt is a statement prepared on the driver's connection, for one group size.
type rawStmt struct {
	conn *sql.Conn
	full driver.Stmt // the statement for a full group, prepared once
}

// exec runs the statement q gives with the arguments through the driver; full says whether it
// is the full group's, which is prepared once and kept until close (q is not called again).
func (r *rawStmt) exec(ctx context.Context, q func() string, full bool, args []driver.NamedValue) error {
	return r.conn.Raw(func(dc any) error { return execRaw(ctx, dc, &r.full, full, q, args) })
}

// execRaw executes a statement with args on the driver's connection dc: through *kept when
// keep is true (preparing it on first use and keeping it there), else through one prepared for
// this execution alone. q gives the statement's text when it must be prepared.
func execRaw(ctx context.Context, dc any, kept *driver.Stmt, keep bool, q func() string, args []driver.NamedValue) error {
	conn, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return errors.New("the SQLite driver cannot prepare statements")
	}
	st := *kept
	if !keep || st == nil {
		var err error
		if st, err = conn.PrepareContext(ctx, q()); err != nil {
			return err
		}
		if keep {
			*kept = st
		} else {
			defer st.Close()
		}
	}
	exec, ok := st.(driver.StmtExecContext)
	if !ok {
		return errors.New("the SQLite driver cannot execute statements")
	}
	_, err := exec.ExecContext(ctx, args)
	return err
}

// close closes the full group's statement.
func (r *rawStmt) close() {
	if r.full != nil {
		r.conn.Raw(func(any) error { return r.full.Close() })
		r.full = nil
	}
}
