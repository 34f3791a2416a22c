package store

import (
	"database/sql"
	"database/sql/driver"

	"github.com/tizim/tizim"
)

// batchDepth is how many full batches may wait for the writing goroutine or be written while
// Put fills the next one. With one, Put and the writing goroutine took turns: whenever one of
// them was slower for a moment (the CPU taken by the parsing goroutine, the garbage collector
// or another process), the other waited, and a million-row import spent about a third of its
// wall time with the writing goroutine idle and Put waiting for it. A few batches of slack
// absorb that; each is about half a megabyte of queued values.
const batchDepth = 4

// batch queues new records and changed ones and writes them in multi-row INSERTs (batch.go)
// and UPDATEs (batchupdate.go) on a goroutine of its own, so that encoding and the caller's
// parsing run on one core while SQLite writes on the other. Every other statement of the
// transaction waits until nothing is being written (wait), so the transaction's connection is
// used by one goroutine at a time.
type batch struct {
	w        *writer
	cur      [kinds]*queued // being filled by Put, one batch of each kind
	inflight []*queued      // handed to the writing goroutine, oldest first
	free     []*queued      // written, for reuse
	todo     chan *queued
	done     chan error // the outcome of each batch handed over, in order
	// full are the statements for a full batch of each kind, prepared on first use.
	full [kinds]*sql.Stmt
	// On SQLite, fullRaw are those statements prepared on the driver's connection (see
	// writeRaw). The writing goroutine alone uses full and fullRaw until close.
	fullRaw [kinds]driver.Stmt
	// addPersons is the statement that gives a batch of inserts their persons, on SQLite.
	addPersons driver.Stmt
	values     []any // scratch for add
}

// queued is one batch of records: their parameters, as many per record as its kind has,
// numbered from 1 as the SQLite driver takes them, so that the writing goroutine hands them
// over as they are. (Put knows without looking here whether a record is queued: a record id
// seen before in the transaction makes it flush and look the key up, see writer.put.)
type queued struct {
	kind kind
	args []driver.NamedValue
}

// add appends parameters to the batch.
func (q *queued) add(values ...any) {
	for _, v := range values {
		q.args = append(q.args, driver.NamedValue{Ordinal: len(q.args) + 1, Value: v})
	}
}

// add queues a new record (r.ID set); a full batch is handed to the writing goroutine.
func (b *batch) add(source int64, r *tizim.Record, row *row, now int64) error {
	b.values = append(b.values[:0], r.ID, source, r.RecordID)
	b.values = append(row.appendSparse(b.values), now, now)
	return b.queue(inserts, b.values)
}

// queue appends the values of one row to the batch of kind k; a full batch is handed to the
// writing goroutine.
func (b *batch) queue(k kind, values []any) error {
	if b.cur[k] == nil {
		b.cur[k] = b.next()
		b.cur[k].kind = k
	}
	q := b.cur[k]
	q.add(values...)
	if len(q.args) >= recordBatch*statements[k].params {
		return b.start(k)
	}
	return nil
}

// next returns an empty batch, a written one if there is one.
func (b *batch) next() *queued {
	if n := len(b.free); n > 0 {
		q := b.free[n-1]
		b.free = b.free[:n-1]
		return q
	}
	return &queued{args: make([]driver.NamedValue, 0, recordBatch*recordParams)}
}

// start hands the batch of kind k to the writing goroutine, first waiting for the oldest batch
// in flight when batchDepth are. It returns the error of any batch found written.
func (b *batch) start(k kind) error {
	if b.cur[k] == nil || len(b.cur[k].args) == 0 {
		return nil
	}
	if b.todo == nil {
		b.todo, b.done = make(chan *queued, batchDepth), make(chan error, batchDepth)
		go b.run()
	}
	for len(b.inflight) >= batchDepth {
		if err := b.reap(); err != nil {
			return err
		}
	}
	b.inflight = append(b.inflight, b.cur[k])
	b.todo <- b.cur[k]
	b.cur[k] = nil
	return nil
}

// run is the writing goroutine. After a failed write it writes nothing more: the transaction
// is lost, and each later batch reports the same error.
func (b *batch) run() {
	var failed error
	for q := range b.todo {
		if failed == nil {
			failed = b.write(b.w.ctx, q)
		}
		b.done <- failed
	}
}

// reap waits for the oldest batch in flight to be written and returns its error.
func (b *batch) reap() error {
	err := <-b.done
	q := b.inflight[0]
	b.inflight = append(b.inflight[:0], b.inflight[1:]...)
	clear(q.args) // keep no strings alive
	q.args = q.args[:0]
	b.free = append(b.free, q)
	return err
}

// wait waits until every batch handed over is written and returns the first error. Afterwards
// nothing is being written.
func (b *batch) wait() error {
	var first error
	for len(b.inflight) > 0 {
		if err := b.reap(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// flush writes everything queued and waits until it is written.
func (b *batch) flush() error {
	for k := range kinds {
		if err := b.start(k); err != nil {
			b.wait()
			return err
		}
	}
	return b.wait()
}

// close stops the writing goroutine and closes the statements prepared on the driver's
// connection. It runs once nothing is being written, before the transaction ends.
func (b *batch) close() {
	if b.todo != nil {
		close(b.todo)
		b.todo = nil
	}
	for _, st := range append(b.fullRaw[:], b.addPersons) {
		if st != nil {
			b.w.conn.Raw(func(any) error { return st.Close() })
		}
	}
	b.fullRaw, b.addPersons = [kinds]driver.Stmt{}, nil
}
