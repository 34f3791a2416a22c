package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/tizim/tizim"
)

// The Store keeps the review queue of entity resolution too.
//
// A pair's row lives on after a reviewer decides it, as the record of what was asked: its
// verdict and queue columns follow the latest reviewer judgement on the two records (a trigger
// on the judgements table, migrations 0200 and 0201), so deciding a pair takes it out of the
// queue and withdrawing the decision puts it back, whichever page the judgement was made on.
// Its consent_rank follows its records' through a trigger on the records table. The SQL below
// spells the verdicts tizim.Same, tizim.Different and tizim.Unsure as literals.
var _ tizim.ReviewService = (*Store)(nil)

// queueOf is the queue column's value for a pair with the verdict: 0 (absent here) for an open
// pair, listed by probability; 1 for a pair a reviewer was unsure of, listed after those; 2 for
// a pair a reviewer decided, which is not listed. "queue < 2" is an open pair. The triggers of
// migration 0201 spell the same table in SQL.
var queueOf = map[tizim.Verdict]int{tizim.Same: 2, tizim.Different: 2, tizim.Unsure: 1}

const reviewColumns = `p.id, p.a, p.b, p.prob, p.weight, p.evidence, p.created`

// reviewBatch is how many pairs go in one INSERT (9 arguments each, well under both
// databases' limits on arguments).
const reviewBatch = 500

// PutReviewPairs replaces the open pairs of the queue with pairs, in one transaction. A pair
// already in the queue keeps its id (a reviewer's link to it keeps working) and takes the new
// probability and evidence; open pairs that are not given again leave the queue. Pairs that a
// reviewer has already judged same or different are left out of the queue.
func (s *Store) PutReviewPairs(ctx context.Context, pairs []tizim.ReviewPair) error {
	return s.queueReviewPairs(ctx, pairs, true)
}

// queueReviewPairs writes pairs into the review queue in one transaction; with replace, the
// open pairs not given again leave the queue (PutReviewPairs), else they stay (AddReviewPairs).
func (s *Store) queueReviewPairs(ctx context.Context, pairs []tizim.ReviewPair, replace bool) error {
	op := "add review pairs"
	if replace {
		op = "put review pairs"
	}
	ps, err := checkReviewPairs(pairs)
	if err != nil || (len(ps) == 0 && !replace) {
		return err
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		return fmt.Errorf("store: %s: %w", op, err)
	}
	defer release()
	defer tx.Rollback()
	if err := s.queueIn(ctx, tx, ps, replace, nil); tizim.ErrorCode(err) == tizim.EINTERNAL {
		return fmt.Errorf("store: %s: %w", op, err)
	} else if err != nil {
		return err // a missing record, said to the user as it is
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: %w", op, busy(err))
	}
	return nil
}

// queueIn writes the checked pairs into the review queue in tx; with replace, the open pairs not
// given again leave the queue (replaceQueue). known, when not nil, is every record as this
// transaction has read it already (judgeWhole), which gives the consent ranks.
func (s *Store) queueIn(ctx context.Context, tx *sql.Tx, ps []tizim.ReviewPair, replace bool, known *membership) error {
	ranks, err := s.recordRanks(ctx, tx, ps, known)
	if err != nil {
		return err
	}
	verdicts, err := s.reviewerVerdicts(ctx, tx)
	if err != nil {
		return err
	}
	if replace {
		return s.replaceQueue(ctx, tx, ps, ranks, verdicts)
	}
	rows := pairArgs{now: time.Now().UnixNano(), ranks: ranks, verdicts: verdicts}
	err = batched(ctx, tx, len(ps), reviewBatch,
		func(k int) string {
			return s.d.rebind(`INSERT INTO review_pairs (a, b, prob, weight, evidence, created, consent_rank, verdict, queue) VALUES ` +
				tuples("(?, ?, ?, ?, ?, ?, ?, ?, ?)", k) +
				` ON CONFLICT (a, b) DO UPDATE SET prob = excluded.prob, weight = excluded.weight,
			evidence = excluded.evidence, stale = 0 WHERE review_pairs.queue < 2`)
		},
		func(dst []any, lo, hi int) []any {
			for i := range ps[lo:hi] {
				dst = rows.args(dst, &ps[lo+i])
			}
			return dst
		})
	return err
}

// pairArgs makes the values of review_pairs rows (a, b, prob, weight, evidence, created,
// consent_rank, verdict, queue): a pair starts from its reviewers' verdict and takes the higher
// consent rank of its two records. One goroutine at a time uses it (buf is its evidence buffer).
type pairArgs struct {
	now      int64
	ranks    map[int64]int
	verdicts map[[2]int64]tizim.Verdict
	buf      []byte
}

// args appends the row values of pair p to dst.
func (q *pairArgs) args(dst []any, p *tizim.ReviewPair) []any {
	created := q.now
	if !p.Created.IsZero() {
		created = p.Created.UnixNano()
	}
	v := q.verdicts[[2]int64{p.A, p.B}]
	return append(dst, p.A, p.B, p.Prob, p.Weight, evidenceJSON(&q.buf, p.Evidence), created,
		max(q.ranks[p.A], q.ranks[p.B]), string(v), queueOf[v])
}

// checkReviewPairs validates the pairs and returns them with a < b, each pair once (the most
// likely copy of a pair given twice).
func checkReviewPairs(pairs []tizim.ReviewPair) ([]tizim.ReviewPair, error) {
	out := make([]tizim.ReviewPair, 0, len(pairs))
	at := make(map[[2]int64]int, len(pairs))
	for i, p := range pairs {
		switch {
		case p.A <= 0 || p.B <= 0 || p.A == p.B:
			return nil, tizim.Errorf(tizim.EINVALID, "review pair %d: needs two different records, not %d and %d", i+1, p.A, p.B)
		case math.IsNaN(p.Prob) || p.Prob < 0 || p.Prob > 1:
			return nil, tizim.Errorf(tizim.EINVALID, "review pair %d: probability %v is not between 0 and 1", i+1, p.Prob)
		case math.IsNaN(p.Weight) || math.IsInf(p.Weight, 0):
			return nil, tizim.Errorf(tizim.EINVALID, "review pair %d: weight %v is not a number", i+1, p.Weight)
		}
		for _, e := range p.Evidence {
			if checkText(e.Field) != nil || checkText(e.Level) != nil || math.IsNaN(e.Weight) || math.IsInf(e.Weight, 0) {
				return nil, tizim.Errorf(tizim.EINVALID, "review pair %d: evidence on %q is not valid text and a number", i+1, strings.ToValidUTF8(e.Field, "?"))
			}
		}
		if p.A > p.B {
			p.A, p.B = p.B, p.A
		}
		key := [2]int64{p.A, p.B}
		if j, ok := at[key]; ok {
			if p.Prob > out[j].Prob {
				out[j] = p
			}
			continue
		}
		at[key] = len(out)
		out = append(out, p)
	}
	return out, nil
}

// reviewerVerdicts returns the verdict of the latest reviewer judgement on each pair of records
// that a reviewer judged (a < b), "later" as in tizim.Effective. New pairs start from it; the
// trigger on judgements keeps them in step afterwards. Reviewers' judgements are few (people
// make them), and the partial index judgements_reviewer holds just them.
func (s *Store) reviewerVerdicts(ctx context.Context, tx *sql.Tx) (map[[2]int64]tizim.Verdict, error) {
	rows, err := tx.QueryContext(ctx, `SELECT a, b, verdict FROM judgements WHERE by_whom <> 'matcher' ORDER BY created, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[[2]int64]tizim.Verdict{}
	for rows.Next() {
		var a, b int64
		var v tizim.Verdict
		if err := rows.Scan(&a, &b, &v); err != nil {
			return nil, err
		}
		out[[2]int64{min(a, b), max(a, b)}] = v // later rows replace earlier ones
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// recordRanks returns the consent rank of every record the pairs name, or ENOTFOUND for the
// first that the database lacks. With known (every record, read earlier in tx) it reads nothing.
func (s *Store) recordRanks(ctx context.Context, tx *sql.Tx, ps []tizim.ReviewPair, known *membership) (map[int64]int, error) {
	ranks := make(map[int64]int, 2*len(ps))
	ids := make([]int64, 0, 2*len(ps))
	for _, p := range ps {
		for _, id := range []int64{p.A, p.B} {
			if _, ok := ranks[id]; !ok {
				ranks[id] = -1
				ids = append(ids, id)
			}
		}
	}
	if known != nil {
		for _, id := range ids {
			ranks[id] = known.rank(id)
		}
		return ranks, missingRank(ids, ranks)
	}
	// A full resolution's queue names most records: one scan of record_persons, which holds
	// the rank, then costs less than looking them up 500 at a time.
	all, err := s.largeShare(ctx, tx, len(ids))
	if all {
		err = readRanks(ctx, tx, `SELECT record_id, consent_rank FROM record_persons`, nil, ranks)
	}
	for start := 0; !all && err == nil && start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		err = readRanks(ctx, tx, s.d.rebind(`SELECT record_id, consent_rank FROM record_persons WHERE record_id IN (`+marks(len(part))+`)`), int64s(part), ranks)
	}
	if err != nil {
		return nil, err
	}
	return ranks, missingRank(ids, ranks)
}

// missingRank returns ENOTFOUND for the first of the ids whose rank was not found (-1).
func missingRank(ids []int64, ranks map[int64]int) error {
	for _, id := range ids {
		if ranks[id] < 0 {
			return tizim.Errorf(tizim.ENOTFOUND, "a review pair names record %d, which does not exist", id)
		}
	}
	return nil
}

// readRanks sets the rank of each record the query gives whose id is in ranks already.
func readRanks(ctx context.Context, tx *sql.Tx, q string, args []any, ranks map[int64]int) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return busy(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var rank int
		if err := rows.Scan(&id, &rank); err != nil {
			return err
		}
		if _, ok := ranks[id]; ok {
			ranks[id] = rank
		}
	}
	return rows.Err()
}

// FindReviewPairs returns the open pairs whose two records the clearance may see, most likely
// first, with the pairs a reviewer judged unsure after all others, and how many there are.
func (s *Store) FindReviewPairs(ctx context.Context, clearance tizim.Consent, p tizim.Page) ([]tizim.ReviewPair, int, error) {
	rank := clearanceRank(clearance)
	from := ` FROM review_pairs p WHERE p.queue < 2 AND p.consent_rank <= ?`
	var total int
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*)`+from), rank).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count review pairs: %w", err)
	}
	limit, largs := s.d.page(p)
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+reviewColumns+from+` ORDER BY p.queue, p.prob DESC, p.id`+limit),
		append([]any{rank}, largs...)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: find review pairs: %w", err)
	}
	defer rows.Close()
	var out []tizim.ReviewPair
	for rows.Next() {
		rp, err := decodeReviewPair(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: find review pairs: %w", err)
		}
		out = append(out, *rp)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: find review pairs: %w", err)
	}
	return out, total, nil
}

// FindReviewPair returns the pair with the id, open or decided. It does not look at consent:
// the caller decides whether its reader may see both records.
func (s *Store) FindReviewPair(ctx context.Context, id int64) (*tizim.ReviewPair, error) {
	rp, err := decodeReviewPair(s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+reviewColumns+` FROM review_pairs p WHERE p.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "There is no review pair with the id %d.", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: find review pair %d: %w", id, err)
	}
	return rp, nil
}

func decodeReviewPair(sc scanner) (*tizim.ReviewPair, error) {
	var p tizim.ReviewPair
	var evidence string
	var created int64
	if err := sc.Scan(&p.ID, &p.A, &p.B, &p.Prob, &p.Weight, &evidence, &created); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(evidence), &p.Evidence); err != nil {
		return nil, fmt.Errorf("review pair %d: evidence: %w", p.ID, err)
	}
	if len(p.Evidence) == 0 {
		p.Evidence = nil
	}
	p.Created = time.Unix(0, created).UTC()
	return &p, nil
}
