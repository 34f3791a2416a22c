package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tizim/tizim"
)

// writer is a tizim.RecordWriter: one transaction, its statements prepared once.
//
// Imports are big, so records are not written one statement each: Put decides the outcome
// itself and queues the row, and a full batch goes to the database in one multi-row INSERT (see
// batch.go) or, for records that changed, one multi-row UPDATE (batchupdate.go). Put knows a
// record is new without asking the database when its source had no records when the
// transaction first met it (a new source, or the first import into it) and the record id was
// not seen before in this transaction; otherwise it looks the key up, one indexed read, after
// writing what is queued only when the key may be among it. Because rows are queued, an error
// from the database may surface at a later Put or at Commit; either way the transaction is
// lost, and Rollback is the only way on.
type writer struct {
	s    *Store
	ctx  context.Context
	tx   *sql.Tx
	conn *sql.Conn // the transaction's connection on SQLite
	// restore are the statements that give the connection back its settings (see tune).
	restore []string
	// rollback: the connection left WAL for this transaction (see journal.go).
	rollback bool
	ids      idSource
	b        batch

	lookup, following                *sql.Stmt
	ahead                            ahead // records read ahead of Put (writerahead.go)
	findSource, addSource, anyRecord *sql.Stmt

	sources map[string]*sourceState
	created int   // records created
	err     error // the first failure; the transaction is lost after it
	done    bool
}

// analyzeAfter is how many new records make an import big enough to refresh statistics.
const analyzeAfter = 10000

// sourceState is what the writer knows of one source in this transaction.
type sourceState struct {
	id int64
	// fresh: the source had no records when the transaction met it, so a record id not in
	// seen is new.
	fresh bool
	// seen holds the hashes of the record ids created or updated in this transaction: only
	// those may be queued, so any other key is looked up without writing the queue first.
	seen map[uint64]struct{}
}

// BeginWrite starts a transaction for writing records. On SQLite it holds the database's write
// lock until Commit or Rollback.
func (s *Store) BeginWrite(ctx context.Context) (tizim.RecordWriter, error) {
	w := &writer{s: s, ctx: ctx, sources: map[string]*sourceState{}}
	var err error
	if s.d.name == "sqlite" {
		// a connection of its own, so that batches can be written through the driver directly
		// (see batch.write)
		if w.conn, err = s.db.Conn(ctx); err != nil {
			return nil, fmt.Errorf("store: begin write: %w", busy(err))
		}
		w.tune(ctx)
		w.rollback = w.leaveWAL(ctx)
		w.tx, err = w.conn.BeginTx(ctx, nil)
	} else {
		w.tx, err = s.db.BeginTx(ctx, nil)
	}
	if err != nil {
		w.release()
		return nil, fmt.Errorf("store: begin write: %w", busy(err))
	}
	if err := w.prepare(ctx); err != nil {
		w.tx.Rollback()
		w.release()
		return nil, fmt.Errorf("store: begin write: %w", err)
	}
	return w, nil
}

// release gives the writer's connection back to the pool once the transaction is over.
func (w *writer) release() {
	w.b.close()
	if w.conn != nil {
		w.untune(context.WithoutCancel(w.ctx))
		if w.rollback {
			w.backToWAL(context.WithoutCancel(w.ctx))
			w.rollback = false
		}
		w.conn.Close()
		w.conn = nil
	}
}

func (w *writer) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&w.lookup, `SELECT r.id, p.person_id, r.consent_rank, r.hash FROM` + withPersons + `
			WHERE r.source_id = ? AND r.record_id = ?`},
		{&w.following, `SELECT r.source_id, r.record_id, r.id, p.person_id, r.consent_rank, r.hash
			FROM` + withPersons + ` WHERE r.id > ? ORDER BY r.id LIMIT ?`},
		{&w.findSource, `SELECT id FROM sources WHERE key = ?`},
		{&w.addSource, `INSERT INTO sources (key, kind, consent, consent_rank, created)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`},
		{&w.anyRecord, `SELECT COUNT(*) FROM (SELECT 1 FROM records WHERE source_id = ? LIMIT 1) x`},
	} {
		st, err := w.tx.PrepareContext(ctx, w.s.d.rebind(p.q))
		if err != nil {
			return err
		}
		*p.st = st
	}
	w.b = batch{w: w}
	var err error
	w.ids, err = newIDSource(ctx, w.tx, w.s.d, w.b.wait)
	return err
}

// Put writes one record and says whether it was created, updated or already stored as it is.
// It sets r.ID and r.PersonID.
func (w *writer) Put(ctx context.Context, r *tizim.Record) (tizim.PutOutcome, error) {
	switch {
	case w.done:
		return 0, tizim.Errorf(tizim.EINVALID, "write transaction already ended")
	case w.err != nil:
		return 0, w.err
	}
	if err := r.Validate(); err != nil {
		return 0, err
	}
	var row row
	if err := row.encode(r); err != nil {
		return 0, err
	}
	o, err := w.put(ctx, r, &row)
	if err != nil {
		w.err = fmt.Errorf("store: put record %s: %w", r.Key(), err)
		return 0, w.err
	}
	return o, nil
}

func (w *writer) put(ctx context.Context, r *tizim.Record, row *row) (tizim.PutOutcome, error) {
	src, err := w.source(ctx, r)
	if err != nil {
		return 0, err
	}
	sum := fnv64a(r.RecordID)
	_, seen := src.seen[sum]
	now := time.Now().UTC()
	// Every record queued is in seen, so one that is not is not queued: in a fresh source it
	// is new without a look at the database or the queue, in another the database has it as
	// it is (or not at all) while batches of other records wait.
	if !src.fresh || seen {
		s, found, err := w.find(ctx, src.id, r.RecordID, seen)
		switch {
		case err != nil:
			return 0, err
		case found && string(s.hash) == string(row.hash):
			r.ID, r.PersonID = s.id, s.person
			return tizim.Unchanged, nil
		case found:
			r.ID, r.PersonID, r.Updated = s.id, s.person, now
			src.seen[sum] = struct{}{}
			return tizim.Updated, w.b.update(r, row, now.UnixNano(), s.rank != row.consentRank)
		}
	}
	id, err := w.ids.peek(ctx)
	if err != nil {
		return 0, err
	}
	w.ids.take()
	src.seen[sum] = struct{}{}
	r.ID, r.PersonID, r.Created, r.Updated = id, id, now, now
	w.created++
	return tizim.Created, w.b.add(src.id, r, row, now.UnixNano())
}

// source returns the state of the record's source, creating the source when it is new.
func (w *writer) source(ctx context.Context, r *tizim.Record) (*sourceState, error) {
	if st, ok := w.sources[r.Source]; ok {
		return st, nil
	}
	if err := w.b.wait(); err != nil { // keep the transaction's statements in order
		return nil, err
	}
	st := &sourceState{seen: map[uint64]struct{}{}}
	err := w.findSource.QueryRowContext(ctx, r.Source).Scan(&st.id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.addSource.QueryRowContext(ctx, r.Source, tizim.Dataset, r.Consent, r.Consent.Rank(), time.Now().UnixNano()).Scan(&st.id)
		if errors.Is(err, sql.ErrNoRows) { // created meanwhile by another writer
			err = w.findSource.QueryRowContext(ctx, r.Source).Scan(&st.id)
		}
	}
	var n int
	if err == nil {
		err = w.anyRecord.QueryRowContext(ctx, st.id).Scan(&n)
	}
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", r.Source, err)
	}
	st.fresh = n == 0
	w.sources[r.Source] = st
	return st, nil
}

// Commit writes what is queued and makes every Put of the transaction durable at once.
func (w *writer) Commit() error {
	if w.done {
		return tizim.Errorf(tizim.EINVALID, "write transaction already ended")
	}
	if w.err != nil {
		w.Rollback()
		return w.err
	}
	if err := w.b.flush(); err != nil {
		w.Rollback()
		return fmt.Errorf("store: commit: %w", err)
	}
	w.done = true
	w.b.close()
	err := w.tx.Commit()
	w.release()
	if err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	if w.created >= analyzeAfter && w.s.d.analyze != "" {
		// only an optimisation: the import is committed whatever happens here
		w.s.db.ExecContext(w.ctx, w.s.d.analyze)
	}
	return nil
}

// Rollback discards every Put of the transaction. After Commit it does nothing.
func (w *writer) Rollback() error {
	if w.done {
		return nil
	}
	w.done = true
	w.b.wait() // the connection is free only when the write in progress is over
	w.b.close()
	err := w.tx.Rollback()
	w.release()
	if err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("store: rollback: %w", err)
	}
	return nil
}

// fnv64a is the 64-bit FNV-1a hash of s, as hash/fnv computes it, without converting s to bytes.
func fnv64a(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return h
}
