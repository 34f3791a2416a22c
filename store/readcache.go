package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// A read cache keeps the answers of reads that visit every record (how many people a filter
// selects, how many records a source has) while the records are unchanged. Whether they are is
// told by a stamp, the largest ids of three tables that are only ever added to: a new record
// has a larger id than any before it; a record whose content changes leaves its old version in
// record_history; a record moved to another person is moved by a new judgement. Each is one
// lookup in a primary key, so the stamp costs nothing to keep: an index on records.updated
// would have told the same, but cost a quarter of an import's speed (BenchmarkPut, see
// docs/PERFORMANCE.md).
//
// The stamp can miss a write in one case: two PostgreSQL transactions writing at once, the one
// with the larger ids committing first. maxReadAge bounds how long an answer can be stale then.
// A renamed source changes what a filter by its key selects without touching a record: the
// store forgets its answers then, and another process's rename is seen after maxReadAge.

// stamp is the state of the records an answer was computed for.
type stamp struct{ record, history, judgement int64 }

// maxReadAge is how long a cached answer is used at most, whatever the stamp says.
const maxReadAge = time.Minute

// maxReadEntries bounds the cache; past it, the cache starts again empty.
const maxReadEntries = 256

// readCache holds answers by a key naming the read and its arguments. The zero value is ready.
type readCache struct {
	mu      sync.Mutex
	entries map[string]*readEntry
}

// readEntry is one answer, or one being computed: done closes when val and err are set.
type readEntry struct {
	stamp stamp
	at    time.Time
	done  chan struct{}
	val   any
	err   error
}

// stamp reads the records' stamp.
func (s *Store) stamp(ctx context.Context) (stamp, error) {
	st, err := s.prepared(ctx, `SELECT COALESCE((SELECT MAX(id) FROM records), 0),
		COALESCE((SELECT MAX(id) FROM record_history), 0), COALESCE((SELECT MAX(id) FROM judgements), 0)`)
	if err != nil {
		return stamp{}, err
	}
	var t stamp
	err = st.QueryRowContext(ctx).Scan(&t.record, &t.history, &t.judgement)
	return t, err
}

// Stamp returns a value that changes whenever a record is created, changes or moves to another
// person (the largest ids of records, record_history and judgements), for a reader kept beside
// the store (the name index) to skip a read when nothing was written since the last. The one
// case it can miss, two PostgreSQL transactions committing out of order, is the read cache's:
// such a reader reads anyway every so often.
func (s *Store) Stamp(ctx context.Context) (string, error) {
	t, err := s.stamp(ctx)
	if err != nil {
		return "", fmt.Errorf("store: stamp: %w", err)
	}
	return fmt.Sprintf("%d.%d.%d", t.record, t.history, t.judgement), nil
}

// cached returns the answer of compute for key, computing it when the records changed since it
// was last computed. Concurrent callers with the same key wait for one computation.
func (s *Store) cached(ctx context.Context, key string, compute func() (any, error)) (any, error) {
	t, err := s.stamp(ctx)
	if err != nil {
		return nil, err
	}
	c := &s.reads
	c.mu.Lock()
	e := c.entries[key]
	if e == nil || e.stamp != t || time.Since(e.at) > maxReadAge {
		if c.entries == nil || len(c.entries) >= maxReadEntries {
			c.entries = map[string]*readEntry{}
		}
		e = &readEntry{stamp: t, at: time.Now(), done: make(chan struct{})}
		c.entries[key] = e
		c.mu.Unlock()
		e.val, e.err = compute()
		if e.err != nil {
			c.mu.Lock()
			if c.entries[key] == e {
				delete(c.entries, key)
			}
			c.mu.Unlock()
		}
		close(e.done)
		return e.val, e.err
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// forget empties the cache, for writes the stamp does not see (a source's key renamed).
func (s *Store) forget() {
	s.reads.mu.Lock()
	s.reads.entries = nil
	s.reads.mu.Unlock()
}

// prepared returns the prepared statement of a read query (in ? form), preparing it once:
// parsing the SQL again on every call was a tenth of the person page's time in SQLite.
// database/sql prepares it again on each connection that runs it.
func (s *Store) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(q); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.db.PrepareContext(ctx, s.d.rebind(q))
	if err != nil {
		return nil, err
	}
	if prev, loaded := s.stmts.LoadOrStore(q, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}
