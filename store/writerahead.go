package store

import (
	"context"
	"database/sql"
	"errors"
)

// A corrected file is usually the file imported before, its rows in about the same order, so
// the records it names are stored in about the order of their ids. Put must look up every key
// of a source that already has records, and one indexed read per row was about 14 µs of CPU, a
// sixth of an updated row's cost. So when a lookup finds a record beyond what was read so far,
// the writer reads the aheadRows records that follow it in id order, whatever their source, and
// keeps them until a Put names them. A record found behind that frontier is looked up alone, so
// each stored record is read ahead at most once in a transaction, whatever the file's order:
// on a file in another order the reads ahead are wasted but cost at most one more read per
// record. (On the 200,000 rows of two seeds of `tizim gen`, whose sources are interleaved
// differently, 1.6 % of the rows were looked up alone.)
//
// What was read ahead is what the transaction stores unless the writer queued a change of the
// record since; those keys are in the source's seen set, and Put looks them up in the database
// after writing the queue, never here. (On PostgreSQL, where another transaction may change a record
// meanwhile, a record read ahead is as recent as a lookup made when it was read; the outcome
// Put reports for it is the one that lookup would have given.)

// stored is what Put needs of a stored record: its id, its person, its consent rank and its
// content hash.
type stored struct {
	id, person, rank int64
	hash             []byte
}

// aheadKey is a record's key by source id.
type aheadKey struct {
	source int64
	id     string
}

// aheadRows are read at a time; aheadKeep is how many may wait to be used before they are
// dropped, all at once (a file whose rows come in another order than their ids).
const (
	aheadRows = 512
	aheadKeep = 16384
)

// ahead holds records read ahead of Put.
type ahead struct {
	rows     map[aheadKey]stored
	frontier int64 // the largest id read ahead
}

// take returns and forgets the record read ahead with the key, if there is one.
func (a *ahead) take(source int64, id string) (stored, bool) {
	k := aheadKey{source, id}
	s, ok := a.rows[k]
	if ok {
		delete(a.rows, k)
	}
	return s, ok
}

// find returns the stored record with the key, and whether there is one. seen says whether a
// change of the key may be queued: then the queue is written before the key is looked up.
func (w *writer) find(ctx context.Context, source int64, id string, seen bool) (stored, bool, error) {
	wait := w.b.flush
	if !seen {
		if s, ok := w.ahead.take(source, id); ok {
			return s, true, nil
		}
		wait = w.b.wait // only the statements being written must end: the connection is shared
	}
	var s stored
	if err := wait(); err != nil {
		return s, false, err
	}
	err := w.lookup.QueryRowContext(ctx, source, id).Scan(&s.id, &s.person, &s.rank, &s.hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return s, false, nil
	case err != nil:
		return s, false, err
	}
	if s.id > w.ahead.frontier {
		err = w.readAhead(ctx, s.id)
	}
	return s, true, err
}

// readAhead reads the aheadRows records after id, in id order.
func (w *writer) readAhead(ctx context.Context, id int64) error {
	a := &w.ahead
	if a.rows == nil || len(a.rows) > aheadKeep {
		a.rows = make(map[aheadKey]stored, 2*aheadRows)
	}
	a.frontier = id
	rows, err := w.following.QueryContext(ctx, id, aheadRows)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k aheadKey
		var s stored
		if err := rows.Scan(&k.source, &k.id, &s.id, &s.person, &s.rank, &s.hash); err != nil {
			return err
		}
		a.rows[k] = s
		a.frontier = s.id
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}
