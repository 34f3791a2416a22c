package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/tizim/tizim"
)

// verdicts are the verdicts a judgement may have.
var verdicts = map[tizim.Verdict]bool{tizim.Same: true, tizim.Different: true, tizim.Unsure: true, tizim.Withdrawn: true}

// Judge stores the judgements and moves records between people as they require, in one
// transaction. Every judgement is kept, the neutral ones too, as the audit of who said what.
func (s *Store) Judge(ctx context.Context, js ...tizim.Judgement) error {
	if err := checkJudgements(js); err != nil {
		return err
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		return fmt.Errorf("store: judge: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if _, err := s.judgeAny(ctx, tx, js); err != nil {
		return fmt.Errorf("store: judge: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: judge: %w", err)
	}
	return nil
}

// checkJudgements returns EINVALID for the first judgement that cannot be stored.
func checkJudgements(js []tizim.Judgement) error {
	for _, j := range js {
		switch {
		case j.A == j.B:
			return tizim.Errorf(tizim.EINVALID, "a judgement needs two different records, not %d twice", j.A)
		case !verdicts[j.Verdict]:
			return tizim.Errorf(tizim.EINVALID, "unknown verdict %q", j.Verdict)
		case j.By == "":
			return tizim.Errorf(tizim.EINVALID, "a judgement must say who made it")
		case checkText(j.By) != nil || checkText(j.Reason) != nil:
			return tizim.Errorf(tizim.EINVALID, "a judgement's author and reason must be valid UTF-8 text")
		}
	}
	return nil
}

// judgeAny stores the checked judgements in tx, regrouping the whole database when they name a
// large share of it. Then it returns every record's membership as judgeWhole read it, else nil.
func (s *Store) judgeAny(ctx context.Context, tx *sql.Tx, js []tizim.Judgement) (*membership, error) {
	whole, err := s.judgesMuch(ctx, tx, js)
	if err != nil {
		return nil, err
	}
	if whole {
		m, err := s.judgeWhole(ctx, tx, js)
		return &m, err
	}
	return nil, s.judgeIn(ctx, tx, js, false)
}

// judgeIn stores the judgements and moves the records they move, in tx: with whole, by
// regrouping every record (regroup.go), else by reclustering the people they touch.
func (s *Store) judgeIn(ctx context.Context, tx *sql.Tx, js []tizim.Judgement, whole bool) error {
	if whole {
		_, err := s.judgeWhole(ctx, tx, js)
		return err
	}
	ids := make([]int64, 0, 2*len(js))
	for _, j := range js {
		ids = append(ids, j.A, j.B)
	}
	persons, err := s.personsOf(ctx, tx, ids)
	if err != nil {
		return err
	}
	seeds := make([]int64, 0, len(ids))
	for _, id := range ids {
		pid, ok := persons[id]
		if !ok {
			return tizim.Errorf(tizim.ENOTFOUND, "no record %d to judge", id)
		}
		seeds = append(seeds, pid)
	}
	if err := s.insertJudgements(ctx, tx, js, time.Now()); err != nil {
		return err
	}
	return s.recluster(ctx, tx, seeds)
}

// personsOf returns the person id of each of the records that exist.
func (s *Store) personsOf(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(ids))
	err := s.recordPersons(ctx, tx, "record_id", ids, func(id, pid int64) { out[id] = pid })
	return out, err
}

// recordPersons calls fn with the id and person id of each record whose column col of
// record_persons (record_id or person_id) is one of vals, reading them in chunks.
func (s *Store) recordPersons(ctx context.Context, tx *sql.Tx, col string, vals []int64, fn func(id, pid int64)) error {
	for start := 0; start < len(vals); start += chunk {
		part := vals[start:min(start+chunk, len(vals))]
		rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT record_id, person_id FROM record_persons WHERE `+col+` IN (`+marks(len(part))+`)`), int64s(part)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, pid int64
			if err := rows.Scan(&id, &pid); err != nil {
				rows.Close()
				return err
			}
			fn(id, pid)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// recluster recomputes the people of the records that a change of judgements may move: the
// records of the people seeds, and, to a fixpoint, the people their effective "same"
// judgements reach. That set is closed under the links Cluster follows, so clustering it alone
// gives what clustering the whole database would.
func (s *Store) recluster(ctx context.Context, tx *sql.Tx, seeds []int64) error {
	members := map[int64]int64{} // record id -> current person id
	seen := map[int64]bool{}     // person ids whose records are in members
	var js []tizim.Judgement
	judged := map[int64]bool{} // judgement ids in js
	frontier := seeds
	for len(frontier) > 0 {
		var people []int64
		for _, p := range frontier {
			if !seen[p] {
				seen[p] = true
				people = append(people, p)
			}
		}
		frontier = nil
		added, err := s.recordsOf(ctx, tx, people, members)
		if err != nil {
			return err
		}
		more, err := s.judgementsOn(ctx, tx, added)
		if err != nil {
			return err
		}
		for _, j := range more {
			if !judged[j.ID] {
				judged[j.ID] = true
				js = append(js, j)
			}
		}
		var outside []int64 // records that effective "same" judgements reach outside members
		for _, j := range tizim.Effective(js) {
			if j.Verdict != tizim.Same {
				continue
			}
			for _, id := range []int64{j.A, j.B} {
				if _, ok := members[id]; !ok {
					outside = append(outside, id)
				}
			}
		}
		persons, err := s.personsOf(ctx, tx, outside)
		if err != nil {
			return err
		}
		for _, pid := range persons {
			frontier = append(frontier, pid)
		}
	}
	ids := make([]int64, 0, len(members))
	for id := range members {
		ids = append(ids, id)
	}
	// in id order, the records' pages are visited once each, not at random
	slices.Sort(ids)
	people := tizim.ClusterIDs(ids, js)
	var moved, to []int64
	for k, id := range ids {
		if members[id] != people[k] {
			moved, to = append(moved, id), append(to, people[k])
		}
	}
	return s.moveRecords(ctx, tx, moved, to, time.Now())
}

// recordsOf adds the records of the people to members and returns their ids.
func (s *Store) recordsOf(ctx context.Context, tx *sql.Tx, people []int64, members map[int64]int64) ([]int64, error) {
	var added []int64
	err := s.recordPersons(ctx, tx, "person_id", people, func(id, pid int64) {
		members[id] = pid
		added = append(added, id)
	})
	return added, err
}

// judgementsOn returns every judgement that names one of the records.
func (s *Store) judgementsOn(ctx context.Context, tx *sql.Tx, records []int64) ([]tizim.Judgement, error) {
	var out []tizim.Judgement
	for start := 0; start < len(records); start += chunk {
		part := int64s(records[start:min(start+chunk, len(records))])
		in := marks(len(part))
		js, err := s.queryJudgements(ctx, tx, `SELECT `+judgementColumns+` FROM judgements
			WHERE a IN (`+in+`) OR b IN (`+in+`)`, append(part, part...)...)
		if err != nil {
			return nil, err
		}
		out = append(out, js...)
	}
	return out, nil
}

// Judgements returns every judgement on the record, oldest first.
func (s *Store) Judgements(ctx context.Context, recordID int64) ([]tizim.Judgement, error) {
	js, err := s.queryJudgements(ctx, s.db, `SELECT `+judgementColumns+` FROM judgements
		WHERE a = ? OR b = ? ORDER BY created, id`, recordID, recordID)
	if err != nil {
		return nil, fmt.Errorf("store: judgements of %d: %w", recordID, err)
	}
	return js, nil
}

const judgementColumns = `id, a, b, verdict, by_whom, score, reason, created`

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func (s *Store) queryJudgements(ctx context.Context, q querier, query string, args ...any) ([]tizim.Judgement, error) {
	rows, err := q.QueryContext(ctx, s.d.rebind(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tizim.Judgement
	for rows.Next() {
		var j tizim.Judgement
		var created int64
		if err := rows.Scan(&j.ID, &j.A, &j.B, &j.Verdict, &j.By, &j.Score, &j.Reason, &created); err != nil {
			return nil, err
		}
		j.Created = time.Unix(0, created).UTC()
		out = append(out, j)
	}
	return out, rows.Err()
}

func int64s(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
