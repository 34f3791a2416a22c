package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/tizim/tizim"
)

// markStep is how many people apart the marks of a listing are.
const markStep = 100

// listing is what one pass over the people a filter selects tells: how many they are, and the
// id of every markStep-th, so that a page deep in the list starts at the mark before it instead
// of reading past every person before it. At a million records, counting the people cost 0.3 s
// on every page of the list, and a page far down as much again; a listing is computed once
// while the records are unchanged (see readCache) and makes every page one short index read.
type listing struct {
	total int
	marks []int64 // marks[i] is the id of person number i*markStep, in id order
}

// listPeople returns the listing of the people of whom one record r meets w.
func (s *Store) listPeople(ctx context.Context, w *where) (*listing, error) {
	return s.list(ctx, `SELECT DISTINCT p.person_id`+listFrom(w)+w.String()+` ORDER BY p.person_id`, w.args)
}

// listRecords returns the listing of the records that meet w, by record id.
func (s *Store) listRecords(ctx context.Context, w *where) (*listing, error) {
	return s.list(ctx, `SELECT p.record_id`+listFrom(w)+w.String()+` ORDER BY p.record_id`, w.args)
}

// list returns the listing of the ids a query selects, in order.
func (s *Store) list(ctx context.Context, q string, args []any) (*listing, error) {
	key := fmt.Sprintf("%s %#v", q, args)
	v, err := s.cached(ctx, key, func() (any, error) {
		// The pass outlives a caller that gives up: others may be waiting for it.
		rows, err := s.db.QueryContext(context.WithoutCancel(ctx), s.d.rebind(q), args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		l := &listing{}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			if l.total%markStep == 0 {
				l.marks = append(l.marks, id)
			}
			l.total++
		}
		return l, rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return v.(*listing), nil
}

// from returns w with one more condition, that column is at least the mark before offset off
// of the listing, and the page that then starts at that mark.
func (l *listing) from(w *where, column string, p tizim.Page) (*where, tizim.Page) {
	off := max(p.Offset, 0)
	i := off / markStep
	return &where{conds: append(slices.Clone(w.conds), column+" >= ?"), args: append(slices.Clone(w.args), l.marks[i]), records: w.records},
		tizim.Page{Offset: off - i*markStep, Limit: p.Limit}
}

// pageIDs returns the ids of the people on page p of the listing of w, in id order.
func (s *Store) pageIDs(ctx context.Context, w *where, l *listing, p tizim.Page) ([]int64, error) {
	if max(p.Offset, 0) >= l.total {
		return nil, nil
	}
	from, page := l.from(w, "p.person_id", p)
	limit, largs := s.d.page(page)
	// The text depends only on which filters are set: a few texts, each prepared once.
	st, err := s.prepared(ctx, `SELECT DISTINCT p.person_id`+listFrom(from)+from.String()+` ORDER BY p.person_id`+limit)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, append(from.args, largs...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
