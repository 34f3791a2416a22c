package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/tizim/tizim"
)

// decide is Resolve for a record already prepared (e.id is its id), with memos of the
// comparisons that repeat: incremental resolution prepares each new record once for its
// candidate keys, its decision and its place in the index, and compares many new records in
// a row with candidates that share names, so that a Latin name is prepared for the names
// package once, not at every comparison. The comparisons are shared by two goroutines; the
// review pairs reuse the comparison that found them. It decides as Resolve does.
func (r *Resolver) decide(e *entry, mcs *memos) Decision {
	r.mu.RLock()
	defer r.mu.RUnlock()
	cands := r.keys.candidates(e, r.m.Options.MaxBlock, func(i int32) int64 { return birthDistance(e, r.es[i]) })
	d := Decision{Compared: len(cands)}
	// The first half of the candidates is compared here, the second, when there are enough to
	// be worth a goroutine, in another: the strongest pair with each person is then the first
	// half's unless the second's is stronger, as one loop in candidate order would find.
	var best, second map[int64]hit
	if half := len(cands) / 2; half >= splitCompare {
		var wg sync.WaitGroup
		wg.Go(func() { second = r.strongest(e, cands[half:], mcs.second) })
		best = r.strongest(e, cands[:half], mcs.first)
		wg.Wait()
	} else {
		best = r.strongest(e, cands, mcs.first)
	}
	for p, h := range second {
		if b, ok := best[p]; !ok || h.w > b.w {
			best[p] = h
		}
	}
	persons := make([]int64, 0, len(best))
	for p := range best {
		persons = append(persons, p)
	}
	slices.SortFunc(persons, func(a, b int64) int {
		if c := cmp.Compare(best[b].w, best[a].w); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for _, p := range persons {
		h := best[p]
		if d.Person == 0 && r.m.enoughEvidence(&h.c) && probability(h.w) >= r.m.Options.Upper && r.joins(e, r.group(p)) {
			d.Person = p
			d.Judgement = &tizim.Judgement{A: e.id, B: r.es[h.i].id, Verdict: tizim.Same, By: tizim.Matcher,
				Score: probability(h.w), Reason: fmt.Sprintf("match weight %.1f bits", h.w)}
			continue
		}
		d.Review = append(d.Review, r.m.pair(e.id, r.es[h.i].id, &h.c, true))
	}
	return d
}

// splitCompare is the fewest candidates in each half for which a record's comparisons are
// shared between two goroutines: fewer are compared faster than a goroutine starts.
const splitCompare = 4

// memos are the two goroutines' memos of repeated comparisons (a memo is not safe for
// concurrent use).
type memos struct{ first, second *memo }

func newMemos() *memos { return &memos{newMemo(), newMemo()} }

// hit is the strongest pair of a new record with a person: the indexed entry, the match weight
// and the comparison.
type hit struct {
	i int32
	w float64
	c comparison
}

// strongest compares e with the candidates in order and returns, for each person, the strongest
// pair above the lower threshold (the first of equals).
func (r *Resolver) strongest(e *entry, cands []int32, mc *memo) map[int64]hit {
	best := map[int64]hit{}
	for _, i := range cands {
		if r.es[i].id == e.id {
			continue
		}
		c := compareMemo(e, r.es[i], r.tf, mc)
		w := r.m.weight(&c)
		if probability(w) < r.m.Options.Lower {
			continue
		}
		p := r.person[i]
		if h, ok := best[p]; !ok || w > h.w {
			best[p] = hit{i, w, c}
		}
	}
	return best
}

// addEntry is Add for a record already prepared, under person.
func (r *Resolver) addEntry(e *entry, person int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	i := int32(len(r.es))
	if old, ok := r.index[e.id]; ok {
		r.es[old] = &entry{} // nothing in it matches anything
	}
	r.es = append(r.es, e)
	r.person = append(r.person, person)
	r.index[e.id] = i
	r.tf.add(e)
	if g, ok := r.people[person]; ok {
		r.people[person] = append(g, i)
	} else if first := r.firstOf(person); first >= 0 {
		r.people[person] = []int32{first, i}
	}
	r.keys.add(e, i)
}
