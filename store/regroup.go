package store

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/tizim/tizim"
)

// A Judge that names a large share of the records (a full resolution's: a million judgements
// on two and a half million records) regroups the whole database in one pass instead of
// following the judgements person by person to a fixpoint (recluster). It reads every record's
// person and every judgement once, in two scans, clusters them all, and moves the records
// whose person changes. On a database whose people follow its judgements, both ways give every
// record the same person, since recluster's set is closed under the links Cluster follows; the
// fixpoint stays for the small changes of a review click or an incremental import, where
// reading everything would cost more than the change.

// wholeShare is the share of the records, one in wholeShare, that a Judge must name to regroup
// the whole database: then recluster's reads by person and by record, in chunks and again
// and again, cost more than two scans.
const wholeShare = 8

// wholeMin is how many records a Judge must name before it counts the database's records at
// all, so that a reviewer's click never pays for a count.
const wholeMin = 1024

// judgesMuch reports whether the judgements name a share of the records large enough to
// regroup the whole database.
func (s *Store) judgesMuch(ctx context.Context, tx *sql.Tx, js []tizim.Judgement) (bool, error) {
	named := make(map[int64]struct{}, 2*len(js))
	for _, j := range js {
		named[j.A], named[j.B] = struct{}{}, struct{}{}
	}
	return s.largeShare(ctx, tx, len(named))
}

// largeShare reports whether n distinct records are one in wholeShare of the database's or
// more, so that a scan of every record costs less than looking them up by id.
func (s *Store) largeShare(ctx context.Context, tx *sql.Tx, n int) (bool, error) {
	if n < wholeMin {
		return false, nil
	}
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM record_persons`).Scan(&total); err != nil {
		return false, busy(err)
	}
	return wholeShare*n >= total, nil
}

// membership is every record's id, in id order, with its person id and its consent rank at
// the same index.
type membership struct {
	ids, persons []int64
	ranks        []int
}

// allPersons reads every record's id, person id and consent rank from record_persons, in id
// order: the table's own, so that nothing is sorted.
func (s *Store) allPersons(ctx context.Context, tx *sql.Tx) (membership, error) {
	rows, err := tx.QueryContext(ctx, `SELECT record_id, person_id, consent_rank FROM record_persons ORDER BY record_id`)
	if err != nil {
		return membership{}, busy(err)
	}
	defer rows.Close()
	var m membership
	for rows.Next() {
		var id, person int64
		var rank int
		if err := rows.Scan(&id, &person, &rank); err != nil {
			return membership{}, err
		}
		m.ids, m.persons, m.ranks = append(m.ids, id), append(m.persons, person), append(m.ranks, rank)
	}
	return m, rows.Err()
}

// has reports whether the record exists.
func (m membership) has(id int64) bool {
	_, ok := slices.BinarySearch(m.ids, id)
	return ok
}

// rank returns the record's consent rank, or -1 when it does not exist.
func (m membership) rank(id int64) int {
	if i, ok := slices.BinarySearch(m.ids, id); ok {
		return m.ranks[i]
	}
	return -1
}

// judgeWhole stores the judgements and regroups every record in one pass (see the top of this
// file). It checks that the records exist from the same scan that regrouping needs, and
// returns that scan (each record's person before the moves; consent ranks, which moves leave).
func (s *Store) judgeWhole(ctx context.Context, tx *sql.Tx, js []tizim.Judgement) (membership, error) {
	if s.d.lockWhole != "" {
		// Other writers wait until this one commits: a reviewer's judgement or an import's
		// record committed between the scans and the moves would otherwise be overwritten.
		if _, err := tx.ExecContext(ctx, s.d.lockWhole); err != nil {
			return membership{}, busy(err)
		}
	}
	m, err := s.allPersons(ctx, tx)
	if err != nil {
		return membership{}, err
	}
	// The judgements the table held are read before these are added, which regrouping then
	// takes as inserted: a first resolution's million judgements are not read back.
	had, err := s.clusteringJudgements(ctx, tx)
	if err != nil {
		return membership{}, err
	}
	rebuild, err := s.setAside(ctx, tx, len(js) >= wholeMin && len(js) >= len(had), judgementIndexes)
	if err != nil {
		return membership{}, err
	}
	now := time.Now()
	// Checking that the judged records exist and clustering the records by every judgement
	// are the Go side's work and inserting the new ones SQLite's: the checks and the
	// clustering run on another core while they are written (a million people's, 0.7 and
	// 1.2 s, beside the 3.6 s of inserting them and indexing them again). A judgement of a
	// record that does not exist fails the transaction, which then keeps nothing, with an
	// error that names the record.
	type clustered struct {
		people []int64
		err    error
	}
	people := make(chan clustered, 1)
	go func() {
		for _, j := range js {
			for _, id := range []int64{j.A, j.B} {
				if !m.has(id) {
					people <- clustered{err: tizim.Errorf(tizim.ENOTFOUND, "no record %d to judge", id)}
					return
				}
			}
		}
		people <- clustered{people: tizim.ClusterIDs(m.ids, append(had, asInserted(js, had, now)...))}
	}()
	if err := s.insertJudgements(ctx, tx, js, now); err != nil {
		if c := <-people; c.err != nil {
			err = c.err // the missing record, not the foreign key PostgreSQL names
		}
		return membership{}, err
	}
	if err := rebuild(); err != nil {
		return membership{}, err
	}
	c := <-people
	if c.err != nil {
		return membership{}, c.err
	}
	return m, s.regroup(ctx, tx, m, now, c.people)
}

// asInserted returns the judgements js as insertJudgements stored them after had, as far as
// clustering reads them: created when createdAt says, and with ids after had's in the
// order inserted (the table's own ids may differ, on PostgreSQL, but not in order, which is
// all tizim.Effective reads of them).
func asInserted(js, had []tizim.Judgement, now time.Time) []tizim.Judgement {
	var last int64
	for _, j := range had {
		last = max(last, j.ID)
	}
	out := make([]tizim.Judgement, len(js))
	for k, j := range js {
		j.ID, j.Created, j.Reason = last+1+int64(k), createdAt(j, now), ""
		out[k] = j
	}
	return out
}

// judgementIndexes are the judgements' indexes by record, as migration 0001 creates them on
// both databases. A full resolution's judgements, at least as many as the database holds, are
// inserted with them set aside (setAside): a million judgements took two million entries in
// no order.
var judgementIndexes = []index{{"judgements_a", "judgements(a)"}, {"judgements_b", "judgements(b)"}}

// regroup moves the records whose person changes to people (tizim.ClusterIDs of every record
// and every judgement: the person of m.ids[i] at i), in id order.
func (s *Store) regroup(ctx context.Context, tx *sql.Tx, m membership, now time.Time, people []int64) error {
	var moved, to []int64
	for i, id := range m.ids {
		if people[i] != m.persons[i] {
			moved, to = append(moved, id), append(to, people[i])
		}
	}
	// A full resolution moves most records: their entries in the person index, in no order,
	// cost more than building it again from record_persons, which is narrow.
	rebuild, err := s.setAside(ctx, tx, 4*len(moved) >= len(m.ids), personIndexes)
	if err != nil {
		return err
	}
	if err := s.moveRecords(ctx, tx, moved, to, now); err != nil {
		return err
	}
	return rebuild()
}

// personIndexes is record_persons' index by person, as migration 0400 makes it on both
// databases.
var personIndexes = []index{{"record_persons_person", "record_persons(person_id, consent_rank)"}}

// clusteringJudgements reads every judgement with what tizim.Cluster looks at: not the reason,
// and with the few distinct verdicts and authors shared instead of a string a row.
func (s *Store) clusteringJudgements(ctx context.Context, tx *sql.Tx) ([]tizim.Judgement, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, a, b, verdict, by_whom, score, created FROM judgements`)
	if err != nil {
		return nil, busy(err)
	}
	defer rows.Close()
	shared := map[string]string{}
	intern := func(b []byte) string {
		if v, ok := shared[string(b)]; ok {
			return v
		}
		v := string(b)
		shared[v] = v
		return v
	}
	var out []tizim.Judgement
	for rows.Next() {
		var j tizim.Judgement
		var verdict, by sql.RawBytes
		var created int64
		if err := rows.Scan(&j.ID, &j.A, &j.B, &verdict, &by, &j.Score, &created); err != nil {
			return nil, err
		}
		j.Verdict, j.By = tizim.Verdict(intern(verdict)), intern(by)
		j.Created = time.Unix(0, created).UTC()
		out = append(out, j)
	}
	return out, rows.Err()
}
