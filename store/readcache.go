package store

import (
	"context"
	"database/sql"
	"sync"
	"time"
)

// A read cache keeps the answers of reads that visit every record (how many people a filter
// selects, how many records a source has) while the records are unchanged. Whether they are is
// told by a stamp: every write either adds a record, with a larger id, or rewrites one, with a
// later updated time, so an answer computed after its stamp was read is right while the stamp
// stays the same. Two indexes make the stamp two index lookups (the primary key and
// records_updated of migration 0400).
//
// The stamp can miss a write in one case: two PostgreSQL transactions writing at once, the
// later-stamped one committing first. maxReadAge bounds how long an answer can be stale then.

// stamp is the state of the records table an answer was computed for.
type stamp struct{ id, updated int64 }

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

// stamp reads the records table's stamp.
func (s *Store) stamp(ctx context.Context) (stamp, error) {
	st, err := s.prepared(ctx, `SELECT COALESCE((SELECT MAX(id) FROM records), 0), COALESCE((SELECT MAX(updated) FROM records), 0)`)
	if err != nil {
		return stamp{}, err
	}
	var t stamp
	err = st.QueryRowContext(ctx).Scan(&t.id, &t.updated)
	return t, err
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
