package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/tizim/tizim"
)

// FindPerson returns the person with the id, with the records the clearance allows. An id that
// is not a person's but a record's gives that record's person, if the clearance allows the
// record; the caller sees the other ID and redirects.
func (s *Store) FindPerson(ctx context.Context, id int64, clearance tizim.Consent) (*tizim.Person, error) {
	rank := clearanceRank(clearance)
	const q = `SELECT ` + recordColumns + recordFrom + ` WHERE p.person_id = ? AND p.consent_rank <= ? ORDER BY r.id`
	pid := id
	rs, err := s.queryRecords(ctx, q, id, rank)
	if err == nil && len(rs) == 0 {
		// Not a person's id (or none of its records visible): perhaps a merged-away record's.
		var st *sql.Stmt
		if st, err = s.prepared(ctx, `SELECT person_id FROM record_persons WHERE record_id = ? AND consent_rank <= ?`); err == nil {
			err = st.QueryRowContext(ctx, id, rank).Scan(&pid)
		}
		if errors.Is(err, sql.ErrNoRows) {
			return nil, tizim.Errorf(tizim.ENOTFOUND, "no person %d", id)
		} else if err == nil && pid != id {
			rs, err = s.queryRecords(ctx, q, pid, rank)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store: find person %d: %w", id, err)
	}
	if len(rs) == 0 {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no person %d", id)
	}
	p := &tizim.Person{ID: pid, Name: rs[0].DisplayName(), Records: rs, RecordCount: len(rs)}
	var latest tizim.PartialDate
	for _, r := range rs {
		if st := r.Status(); st != "" {
			if d := r.Episodes[len(r.Episodes)-1].Start; p.Status == "" || !d.Time().Before(latest.Time()) {
				p.Status, latest = st, d
			}
		}
	}
	return p, nil
}

// FindPeople returns the people of whom one record the clearance allows meets every filter,
// by id, and how many there are in all. Each has its name, status and count of visible records
// but not the records themselves.
func (s *Store) FindPeople(ctx context.Context, f tizim.PersonFilter) ([]*tizim.Person, int, error) {
	w := personWhere(f)
	l, err := s.listPeople(ctx, w)
	if err != nil {
		return nil, 0, fmt.Errorf("store: count people: %w", err)
	}
	ids, err := s.pageIDs(ctx, w, l, f.Page)
	if err != nil {
		return nil, 0, fmt.Errorf("store: find people: %w", err)
	}
	people, err := s.summarise(ctx, ids, clearanceRank(f.Clearance))
	if err != nil {
		return nil, 0, fmt.Errorf("store: find people: %w", err)
	}
	return people, l.total, nil
}

// summarise returns the people with the ids, in that order, each with the name of its first
// visible record, the count of its visible records, and the status of its latest episode.
func (s *Store) summarise(ctx context.Context, ids []int64, rank int) ([]*tizim.Person, error) {
	people := make([]*tizim.Person, len(ids))
	at := make(map[int64]*tizim.Person, len(ids))
	for i, id := range ids {
		people[i] = &tizim.Person{ID: id}
		at[id] = people[i]
	}
	since := map[int64]string{}
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		args := []any{rank}
		for _, id := range part {
			args = append(args, id)
		}
		// The list is padded (with its last id again) to one of a few lengths, so that the
		// statement is one of a few texts and is prepared once, not parsed for every page.
		n := len(part)
		for _, size := range inSizes {
			if size >= n {
				n = size
				break
			}
		}
		for len(args) < n+1 {
			args = append(args, part[len(part)-1])
		}
		st, err := s.prepared(ctx, `SELECT p.person_id, r.display_name, r.status, r.status_since FROM`+withPersons+`
			WHERE p.consent_rank <= ? AND p.person_id IN (`+marks(n)+`) ORDER BY p.person_id, p.record_id`)
		if err != nil {
			return nil, err
		}
		rows, err := st.QueryContext(ctx, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var pid int64
			var name, status, ss string
			if err := rows.Scan(&pid, &name, &status, &ss); err != nil {
				rows.Close()
				return nil, err
			}
			p := at[pid]
			if p.RecordCount == 0 {
				p.Name = name
			}
			p.RecordCount++
			if status != "" && (p.Status == "" || ss >= since[pid]) {
				p.Status, since[pid] = tizim.Status(status), ss
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return people, nil
}

// chunk is how many ids go in one IN list.
const chunk = 500

// inSizes are the lengths an IN list of summarise is padded to: a page of the list is 50 people
// (the web's page size) or fewer.
var inSizes = []int{10, 50, 100, chunk}

// marks returns n comma-separated placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
