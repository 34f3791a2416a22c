package resolve

import "slices"

// score compares every candidate pair and returns those at or above probability lower, strongest
// first, and the same pairs with their exact weights in the pairs' order.
func (b *batch) score(m *Model, lower float64) ([]edge, []scoredPair) {
	cut := weightOf(lower)
	ceiling := m.nameCeiling()
	type chunk struct {
		lo     int
		edges  []edge
		scored []scoredPair
	}
	var parts []chunk
	chunks := make(chan chunk)
	done := make(chan struct{})
	go func() {
		for c := range chunks {
			parts = append(parts, c)
		}
		close(done)
	}()
	// Each worker gathers a chunk's edges in a buffer of its own and hands on an exact copy, and
	// the copies are joined once at their total size: growing them by doubling made a million
	// people's scoring allocate four times the edges it keeps.
	bufs := make([][]edge, b.opt.Workers)
	wbufs := make([][]scoredPair, b.opt.Workers)
	parallelWorkers(len(b.pairs), b.opt.Workers, func(w, lo, hi int) {
		es, ws := bufs[w][:0], wbufs[w][:0]
		var touched uint64
		for at := lo; at < hi; at += touchAhead {
			run := b.pairs[at:min(at+touchAhead, hi)]
			for _, p := range run {
				_, j := unpair(p)
				touched += touchEntry(b.es[j])
			}
			for _, p := range run {
				i, j := unpair(p)
				if c, wt, ok := scoreAbove(m, b.es[i], b.es[j], b.tf, b.memo, cut, ceiling); ok {
					es = append(es, edge{i, j, float32(wt), m.enoughEvidence(&c)})
					ws = append(ws, scoredPair{p, wt})
				}
			}
		}
		keepRead(touched)
		bufs[w], wbufs[w] = es, ws
		chunks <- chunk{lo, slices.Clone(es), slices.Clone(ws)}
	})
	close(chunks)
	<-done
	bufs, wbufs = nil, nil
	// Chunks arrive as workers finish them; joined by their first pair, they are in the pairs'
	// order, which clustering's look-ups need (the edges are sorted by weight below anyway).
	slices.SortFunc(parts, func(x, y chunk) int { return x.lo - y.lo })
	n := 0
	for _, p := range parts {
		n += len(p.edges)
	}
	out := make([]edge, 0, n)
	scored := make([]scoredPair, 0, n)
	for _, p := range parts {
		out = append(out, p.edges...)
		scored = append(scored, p.scored...)
	}
	sortEdges(out)
	return out, scored
}

// scoredPair is a scored pair (i<<32 | j, i < j, as the candidate pairs are) and its exact
// weight: score returns them in the pairs' order, for clustering to find a pair's weight
// instead of comparing the two records again.
type scoredPair struct {
	pair uint64
	w    float64
}

// scoreAbove compares two entries and returns the comparison and its weight when the weight is
// at least cut. Most candidate pairs are two people whose birth dates or numbers disagree: a
// pair whose other fields leave it below cut even with the best names any pair can have
// (ceiling, nameCeiling) is not compared on its names at all, and the costly alignment of names
// across scripts is skipped for pairs whose other fields leave them below cut even if their own
// names agreed entirely. The answer is what compare would give.
func scoreAbove(m *Model, a, b *entry, tf *termFreq, mc *memo, cut, ceiling float64) (comparison, float64, bool) {
	c := compareFields(a, b, mc)
	// The margin covers rounding: the weight is summed in another order below.
	if m.weight(&c)+ceiling < cut-1e-9 {
		return c, 0, false
	}
	g := gridOf(a, b, tf)
	nm, open := g.keyed()
	if open {
		if m.weight(&c)+m.headroom(&g, tf) < cut {
			return c, 0, false
		}
		nm = g.names(tf, mc)
	}
	c.v[fName], c.logFreq = nm.level, nm.logFreq
	w := m.weight(&c)
	return c, w, w >= cut
}

// touchEntry reads what comparing a pair reads first of its far entry: the entry, and the
// first words of its identity number, its home and its first name form, so that scoring a run
// of pairs waits for their cache misses at once (see touchAhead). It returns something of what
// it read, for the caller to keep (keepRead).
func touchEntry(e *entry) uint64 {
	t := uint64(len(e.idn.norm)) + uint64(len(e.at.codes))
	if len(e.forms) > 0 {
		t += e.forms[0].hash
	}
	return t
}
