package resolve

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/tizim/tizim"
)

// Store is what incremental resolution reads and writes: the candidate keys and records of the
// database, the judgements that make people, and the review queue.
type Store interface {
	tizim.ModelService
	Judge(ctx context.Context, js ...tizim.Judgement) error
	// ReviewerJudgements returns the judgements of anyone but the matcher on pairs that hold
	// one of the records.
	ReviewerJudgements(ctx context.Context, ids []int64) ([]tizim.Judgement, error)
	// FindCandidateRecords returns the records with the ids, in id order, with at least the
	// fields resolution compares (store.FindCandidateRecords leaves out the rest).
	FindCandidateRecords(ctx context.Context, ids []int64) ([]*tizim.Record, error)
}

// Outcome counts what a resolution of new records did.
type Outcome struct {
	// Records is the number of records resolved.
	Records int `json:"records"`
	// Linked counts the records the matcher joined to a person with other records.
	Linked int `json:"linked"`
	// Review counts the pairs put in the review queue.
	Review int `json:"review"`
	// Candidates counts the records read from the database to compare with.
	Candidates int `json:"candidates"`
	// Full is true when everything was resolved again (a full dedup) instead.
	Full bool `json:"full,omitempty"`
}

// reviewPerRecord is the most review pairs one new record queues, the most likely ones: among
// a hundred thousand people a testimony that gives a common name and a birth year is "maybe"
// to several of them, and a reviewer learns what matters from the first few.
const reviewPerRecord = 3

// Incremental resolves records already stored (just imported or changed) against the people in
// the database, with the model and term frequencies of snap. It reads only the records that share
// a candidate key with them, decides each record in id order (so records of one import can join
// each other), and writes in three transactions of their own: the matcher's "same" judgements
// (people merge), the review pairs, and the records' candidate keys. A reviewer's "different"
// judgement is never overridden: a record does not join a person a reviewer said it is not.
// progress, when not nil, is called with the records decided so far.
func Incremental(ctx context.Context, st Store, snap *Snapshot, records []*tizim.Record, progress func(done, total int)) (Outcome, error) {
	out := Outcome{Records: len(records)}
	if len(records) == 0 {
		return out, nil
	}
	if slices.Contains(records, nil) {
		return out, tizim.Errorf(tizim.EINVALID, "resolve: no record")
	}
	records = slices.Clone(records)
	slices.SortFunc(records, func(a, b *tizim.Record) int { return cmp.Compare(a.ID, b.ID) })
	fresh := make(map[int64]bool, len(records))
	es := make([]*entry, len(records))
	keys := make(map[int64]tizim.CandidateKeys, len(records))
	var qs []tizim.CandidateQuery
	for i, rec := range records {
		if rec.ID == 0 || fresh[rec.ID] {
			return out, tizim.Errorf(tizim.EINVALID, "resolve: incremental resolution needs stored records with distinct ids")
		}
		fresh[rec.ID] = true
		es[i] = prepare(rec)
		ks := tizim.CandidateKeys{Keys: candidateKeys(es[i], stableNames(es[i])), Born: bornOf(es[i])}
		keys[rec.ID] = ks
		for _, k := range ks.Keys {
			qs = append(qs, tizim.CandidateQuery{Key: k, Born: ks.Born})
		}
	}
	found, err := st.FindCandidates(ctx, qs, Limits)
	if err != nil {
		return out, err
	}
	apart, err := reviewerApart(ctx, st, records)
	if err != nil {
		return out, err
	}
	var ids []int64
	for _, rs := range found {
		ids = append(ids, rs...)
	}
	for _, ps := range apart {
		ids = append(ids, ps...)
	}
	ids = slices.DeleteFunc(ids, func(id int64) bool { return fresh[id] })
	slices.Sort(ids)
	cands, err := st.FindCandidateRecords(ctx, slices.Compact(ids))
	if err != nil {
		return out, err
	}
	out.Candidates = len(cands)
	r, err := NewResolver(snap.Model, cands)
	if err != nil {
		return out, err
	}
	r.tf = snap.Terms.termFreq()
	var judged []tizim.Judgement
	var review []tizim.ReviewPair
	mc := newMemo()
	for i, rec := range records {
		d := r.decide(es[i], mc)
		person := rec.PersonID
		if d.Person != 0 && d.Person != r.personNow(rec) && !r.vetoed(d.Person, apart[rec.ID]) {
			judged = append(judged, *d.Judgement)
			person = d.Person
			out.Linked++
		}
		queued := 0
		for _, p := range d.Review {
			if queued == reviewPerRecord {
				break
			}
			other := p.B
			if other == rec.ID {
				other = p.A
			}
			if p.finite() && !r.vetoed(r.personOfID(other), apart[rec.ID]) {
				review = append(review, p.ReviewPair())
				queued++
			}
		}
		if person == 0 {
			person = rec.ID // a record of its own, as personOf says
		}
		r.addEntry(es[i], person)
		if progress != nil && (i%100 == 99 || i == len(records)-1) {
			progress(i+1, len(records))
		}
	}
	if len(judged) > 0 {
		if err := st.Judge(ctx, judged...); err != nil {
			return out, err
		}
	}
	if err := st.AddReviewPairs(ctx, review); err != nil {
		return out, err
	}
	out.Review = len(review)
	return out, st.PutCandidateKeys(ctx, keys, false)
}

// finite reports whether the pair's numbers are all numbers: one that is not is left out of
// the queue rather than failing the whole write.
func (p Pair) finite() bool {
	ok := !math.IsNaN(p.Prob) && !math.IsNaN(p.Weight) && !math.IsInf(p.Weight, 0)
	for _, e := range p.Evidence {
		ok = ok && !math.IsNaN(e.Weight) && !math.IsInf(e.Weight, 0)
	}
	return ok
}

// reviewerApart returns, per record, the records a reviewer said it is not (the effective
// judgement on the pair is a reviewer's "different").
// A reviewer's judgement wins over the matcher's, so only reviewers' judgements are read.
func reviewerApart(ctx context.Context, st Store, records []*tizim.Record) (map[int64][]int64, error) {
	ids := make([]int64, len(records))
	for i, rec := range records {
		ids[i] = rec.ID
	}
	js, err := st.ReviewerJudgements(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := map[int64][]int64{}
	for _, j := range tizim.Effective(js) {
		if j.Verdict != tizim.Different || j.Automatic() {
			continue
		}
		// records is sorted by id
		if _, ok := slices.BinarySearch(ids, j.A); ok {
			out[j.A] = append(out[j.A], j.B)
		}
		if _, ok := slices.BinarySearch(ids, j.B); ok {
			out[j.B] = append(out[j.B], j.A)
		}
	}
	return out, nil
}

// personNow returns the person a record belongs to in the index, or its stored person when it
// is not indexed.
func (r *Resolver) personNow(rec *tizim.Record) int64 {
	if p := r.personOfID(rec.ID); p != 0 {
		return p
	}
	return personOf(rec)
}

// personOfID returns the person of an indexed record, or 0.
func (r *Resolver) personOfID(id int64) int64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if i, ok := r.index[id]; ok {
		return r.person[i]
	}
	return 0
}

// vetoed reports whether person holds one of the records a reviewer kept apart from a record.
func (r *Resolver) vetoed(person int64, apart []int64) bool {
	for _, id := range apart {
		if p := r.personOfID(id); p != 0 && p == person {
			return true
		}
	}
	return false
}

// ReviewPair turns the pair into the review queue's form.
func (p Pair) ReviewPair() tizim.ReviewPair {
	ev := make([]tizim.Evidence, len(p.Evidence))
	for k, e := range p.Evidence {
		ev[k] = tizim.Evidence{Field: e.Field, Level: e.Level, Weight: e.Weight}
	}
	return tizim.ReviewPair{A: p.A, B: p.B, Prob: p.Prob, Weight: p.Weight, Evidence: ev}
}
