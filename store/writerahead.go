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
// each stored record is read ahead at most once in a transaction, whatever the file's order.
// (On the 200,000 rows of two seeds of `tizim gen`, whose sources are interleaved differently,
// 1.6 % of the rows were looked up alone.) A file that names few of the records in between (the
// corrected rows alone) would have each of its rows pay for a read of 512 records it does not
// use, so the size of a read follows how much of the last one was used: halved while less than
// a quarter was, down to none (and 16 again after 64 lookups), doubled back while half was.
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

// At most aheadRows are read at a time, at least aheadMin, and after a read too little used,
// none for aheadRest lookups; aheadKeep is how many may wait to be used before they are
// dropped, all at once (a file whose rows come in another order than their ids).
const (
	aheadRows = 512
	aheadMin  = 16
	aheadRest = 64
	aheadKeep = 16384
)

// ahead holds records read ahead of Put.
type ahead struct {
	rows     map[aheadKey]stored
	frontier int64 // the largest id read ahead
	size     int   // rows to read next; 0 at first (then aheadRows)
	read     int   // rows the last read gave
	used     int   // records taken since the last read
	rest     int   // lookups to let pass before reading again
	total    int   // rows read ahead in the transaction
	lookups  int   // keys looked up alone in the transaction
}

// take returns and forgets the record read ahead with the key, if there is one.
func (a *ahead) take(source int64, id string) (stored, bool) {
	k := aheadKey{source, id}
	s, ok := a.rows[k]
	if ok {
		delete(a.rows, k)
		a.used++
	}
	return s, ok
}

// next returns how many rows to read ahead after a lookup found a record beyond the frontier,
// 0 for none.
func (a *ahead) next() int {
	switch {
	case a.rest > 0:
		a.rest--
		if a.rest > 0 {
			return 0
		}
		a.size = aheadMin
	case a.size == 0:
		a.size = aheadRows
	case 4*a.used < a.read && a.size/2 < aheadMin:
		a.size, a.rest = 0, aheadRest
		return 0
	case 4*a.used < a.read:
		a.size /= 2
	case 2*a.used >= a.read:
		a.size = min(2*a.size, aheadRows)
	}
	return a.size
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
	w.ahead.lookups++
	err := w.lookup.QueryRowContext(ctx, source, id).Scan(&s.id, &s.person, &s.rank, &s.hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return s, false, nil
	case err != nil:
		return s, false, err
	}
	if s.id > w.ahead.frontier {
		if n := w.ahead.next(); n > 0 {
			err = w.readAhead(ctx, s.id, n)
		}
	}
	return s, true, err
}

// readAhead reads the n records after id, in id order.
func (w *writer) readAhead(ctx context.Context, id int64, n int) error {
	a := &w.ahead
	if a.rows == nil || len(a.rows) > aheadKeep {
		a.rows = make(map[aheadKey]stored, 2*aheadRows)
	}
	a.frontier, a.read, a.used = id, 0, 0
	rows, err := w.following.QueryContext(ctx, id, n)
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
		a.read++
		a.total++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}
