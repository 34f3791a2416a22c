package resolve

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/tizim/tizim"
)

// decide is Resolve for a record already prepared (e.id is its id), with a memo of the
// comparisons that repeat: incremental resolution prepares each new record once for its
// candidate keys, its decision and its place in the index, and compares many new records in
// a row with candidates that share names, so that a Latin name is prepared for the names
// package once, not at every comparison. The review pairs reuse the comparison that found
// them. It decides as Resolve does. The comparisons are not shared between two goroutines:
// a record has too few of them (BenchmarkDecide: handing half to another goroutine cost 40 %
// more CPU a record, and no less wall time on a busy machine).
func (r *Resolver) decide(e *entry, mc *memo) Decision {
	r.mu.RLock()
	defer r.mu.RUnlock()
	cands := r.keys.candidates(e, r.m.Options.MaxBlock, func(i int32) int64 { return birthDistance(e, r.es[i]) })
	d := Decision{Compared: len(cands)}
	best := r.strongest(e, cands, mc)
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
		r.es[old] = &entry{idn: &noID, at: &nowhere} // nothing in it matches anything
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
