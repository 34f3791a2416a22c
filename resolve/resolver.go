package resolve

import (
	"sync"

	"github.com/tizim/tizim"
)

// Resolver holds the records already known, indexed by their blocking keys, and resolves each
// new record against them: which person it joins, if any, and which pairs a reviewer should see.
// It is safe for concurrent use.
type Resolver struct {
	mu     sync.RWMutex
	m      *Model
	es     []*entry
	person []int64 // person id of each entry
	index  map[int64]int32
	keys   keyIndex
	tf     *termFreq
	people map[int64][]int32 // person id → entries, for people of two records or more
}

// Decision is what a Resolver found for one new record.
type Decision struct {
	// Person is the person the record joins, or 0 when it is someone new.
	Person int64 `json:"person,omitempty"`
	// Judgement is the matcher's Same judgement that links the record to the best record of
	// Person; nil when Person is 0. The record needs its id before the judgement is stored.
	Judgement *tizim.Judgement `json:"judgement,omitempty"`
	// Review holds the best pair with each other person between the thresholds (or above the
	// upper one but refused), most likely first.
	Review []Pair `json:"review,omitempty"`
	// Compared counts the records the new one was compared with.
	Compared int `json:"compared"`
}

// NewResolver indexes records under a trained model. Each record's person is its PersonID, or
// its own id when that is 0.
func NewResolver(m *Model, records []*tizim.Record) (*Resolver, error) {
	m.prepareWeights()
	r := &Resolver{m: m, index: make(map[int64]int32, len(records)), tf: newTermFreq(), people: map[int64][]int32{}}
	if err := place(r.index, 0, records); err != nil {
		return nil, err
	}
	b := prepareAll(records, m.Options.Workers, newFormCache())
	r.es = b
	r.person = make([]int64, len(b))
	for i, rec := range records {
		r.person[i] = personOf(rec)
		r.tf.add(b[i])
	}
	for i, p := range r.person {
		r.people[p] = append(r.people[p], int32(i))
	}
	for p, g := range r.people {
		if len(g) < 2 {
			delete(r.people, p)
		}
	}
	r.keys.build(b)
	return r, nil
}

func personOf(rec *tizim.Record) int64 {
	if rec.PersonID != 0 {
		return rec.PersonID
	}
	return rec.ID
}

// Len returns the number of records indexed.
func (r *Resolver) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.es)
}

// Add indexes a record under its person (PersonID, or its own id when 0). A record whose id is
// already indexed is replaced by a fresh entry; the old one stays in its blocks but no longer
// answers.
func (r *Resolver) Add(rec *tizim.Record) error {
	if rec == nil || rec.ID == 0 {
		return tizim.Errorf(tizim.EINVALID, "resolve: a record needs an id to be indexed")
	}
	r.addEntry(prepare(rec), personOf(rec))
	return nil
}

// firstOf finds the single indexed entry of person p, or -1.
func (r *Resolver) firstOf(p int64) int32 {
	if i, ok := r.index[p]; ok && r.person[i] == p {
		return i
	}
	return -1
}

// group returns the entries of person p.
func (r *Resolver) group(p int64) []int32 {
	if g, ok := r.people[p]; ok {
		return g
	}
	if i := r.firstOf(p); i >= 0 {
		return []int32{i}
	}
	return nil
}

// Resolve compares a new record with the indexed ones and decides which person it joins. It does
// not index the record; call Add once it is stored.
func (r *Resolver) Resolve(rec *tizim.Record) (Decision, error) {
	if rec == nil {
		return Decision{}, tizim.Errorf(tizim.EINVALID, "resolve: no record")
	}
	return r.decide(prepare(rec), nil), nil
}

// joins reports whether a new entry may join a person: no two different valid identity numbers,
// and a mean match weight with the person's records (each clipped, linkWeight) of at least
// MinLinkage's.
func (r *Resolver) joins(e *entry, group []int32) bool {
	step := max(1, len(group)/maxLinkagePairs)
	sum, n := 0.0, 0
	for k, i := range group {
		if conflictingIDs(e.idn, r.es[i].idn) {
			return false
		}
		if k%step == 0 {
			c := compare(e, r.es[i], r.tf)
			sum += linkWeight(r.m.weight(&c))
			n++
		}
	}
	return n == 0 || sum/float64(n) >= r.m.Options.linkageWeight()
}

// birthDistance orders the records of a large block for a new record as the batch's sorted
// neighbourhood does: by how far apart the birth dates are, then by whether the homes differ;
// an unknown birth date is far from everything.
func birthDistance(a, b *entry) int64 {
	const far = 1 << 40
	d := int64(far)
	if a.birth.known() && b.birth.known() {
		d = int64(a.birth.first) - int64(b.birth.first)
		if d < 0 {
			d = -d
		}
	}
	d *= 2
	if len(a.at.codes) == 0 || len(b.at.codes) == 0 || a.at.codes[0] != b.at.codes[0] {
		d++
	}
	return d
}
