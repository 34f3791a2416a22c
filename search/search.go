package search

import (
	"math/bits"
	"slices"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// DefaultLimit is the number of hits Search returns when asked for none or fewer.
const DefaultLimit = 10

// Bounds on the work of one query.
const (
	// walkBudget is how many postings a query walks in full: its rarest units are walked
	// until the budget is spent, and the postings of commoner units are only probed for the
	// candidates found so far.
	walkBudget = 20000
	// wholeCap is how many candidates a unit that is the whole query by its own keys brings
	// (Tohti for the query Tohti), or twice the candidates kept for comparison when more: they
	// all have the query as written, so the rough score ties them and the first by slot are
	// compared; the first wholeCap stand for the rest. On the generator's 200,000 people 1,024
	// and 4,096 found the same people as walkBudget.
	wholeCap = 1024
	// markBudget bounds the postings read to mark the candidates that have a common unit; a
	// unit that would cost more is left out of the rough score.
	markBudget = 100000
	// neighbourBudget is markBudget for the one-letter neighbours of a part, which have many
	// keys and long lists. On the generator's 200,000 people 50,000 found as many people as
	// 100,000 (recall@10 0.847), 30,000 fewer (0.844).
	neighbourBudget = 50000
	// fillTo is how many candidates a query with few walks common units to find.
	fillTo = 2000
	// probeCost is what looking a candidate up in a posting list costs, in postings walked.
	probeCost = 20
	// rerank is how many of the best candidates by the rough score are compared by name.
	// On the generator's million people with a long tail of names, 48 found the same people
	// as 64 (recall@10 0.623 both) for a quarter less CPU: what the extra 16 add is mostly
	// people who share one part of the name, whom names.Compare ranks low.
	rerank = 48
	// maxCompared caps the candidates compared for a long list of hits.
	maxCompared = 2000
	// rerankMax is how many candidates may be compared when more than rerank of them tie
	// on the rough score. It was 128; on the generator's million people with a long tail of
	// names, comparing the tied candidates past the 64th cost a fifth of the CPU of a query
	// and found no more people (recall@10 0.620 with 128, 0.625 with 64): a tie group on the
	// rough score is people who share the same few parts, whom names.Compare ranks low.
	rerankMax = rerank
	// deepen is how many candidates are compared when the best of the first rerank scores
	// under deepenBelow: no record there matched the whole name.
	deepen      = 256
	deepenBelow = 0.85
)

// Hit is one person a search found.
type Hit struct {
	Person int64   `json:"person"`
	Score  float64 `json:"score"`
	// Name is the name of the person's record that best matched the query, as written.
	Name string `json:"name"`
	// Records are the person's records whose names matched, best first.
	Records []tizim.RecordKey `json:"records"`
}

// Search returns the people whose names best match query, in any script, best first, at most
// limit of them (DefaultLimit when limit < 1). Only records of a consent level that clearance
// allows are looked at, counted or weighed.
func (ix *Index) Search(query string, clearance tizim.Consent, limit int) []Hit {
	return ix.SearchWhere(query, Filter{}, clearance, limit)
}

// SearchWhere is Search narrowed by f: only records that have the facts f asks for are looked
// at, so that the people found are those with a record that matches both the name and f.
func (ix *Index) SearchWhere(query string, f Filter, clearance tizim.Consent, limit int) []Hit {
	if limit < 1 {
		limit = DefaultLimit
	}
	parts := queryParts(query)
	if len(parts) == 0 {
		return nil
	}
	level := clearance.Rank()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	qs := ix.resolve(units(parts, ix.knows), level)
	if len(qs) == 0 {
		return nil
	}
	acc := accumulators.Get().(*accumulator)
	defer func() { acc.reset(); accumulators.Put(acc) }()
	acc.ready(len(ix.entries))
	sv := ix.sieve(f)
	// A long list needs more candidates: up to two records for each person asked for,
	// compared in two steps: five for every four people first, and the rest only when those
	// were too few people (several of them were records of one person).
	n := max(rerank, min(limit+limit/4, maxCompared))
	most := max(rerank, min(2*limit, maxCompared))
	keep := max(rerankMax, most, deepen)
	ix.collect(qs, uint8(level), &sv, acc, len(parts), max(wholeCap, 2*keep))
	all, whole := ix.best(qs, acc, len(parts), keep, keep+coverDeep)
	slices.SortFunc(all, better)
	slices.SortFunc(whole, better)
	q := names.Prepare(clip(query))
	if acc.memo == nil {
		acc.memo = make(map[string]float64, 2*n)
	}
	memo := acc.memo
	// Of the first compared, up to coverFirst are the best of those that cover every part.
	take := min(coverFirst, len(whole))
	first := cut(all[:min(len(all), max(rerankMax, n))], n-take)
	hits := ix.rank(q, besides(first, whole, take), level, limit, memo)
	if len(hits) < limit && most > n && len(all) > len(first) {
		n = most
		first = cut(all[:min(len(all), max(rerankMax, n))], n-take)
		hits = ix.rank(q, besides(first, whole, take), level, limit, memo)
	}
	if (len(all) > n || len(whole) > 0) && (len(hits) == 0 || hits[0].Score < deepenBelow) && !anyExact(first) {
		// No record matched the whole name: the person may share every part only by a
		// skeleton or a neighbour, which the rough score ranks below people who share one
		// part exactly. Compare deeper.
		hits = ix.rank(q, besides(all[:min(len(all), deepen)], whole, coverDeep), level, limit, memo)
	}
	return hits
}

// anyExact reports whether one of cs has every part of the query by the part's own key: then
// the whole name was found as written, and its score is low only because the record has more
// parts than the query (Tohti against Memet Tohti); comparing deeper would find people who
// share the parts only by skeleton or neighbour, who score no higher.
func anyExact(cs candidates) bool {
	for _, c := range cs {
		if c.exact {
			return true
		}
	}
	return false
}

// knows reports whether the index has a key. Called under the lock.
func (ix *Index) knows(k string) bool {
	_, ok := ix.keyID[k]
	return ok
}

// collect sets in acc the units each visible candidate matched: the rarest units' postings
// are walked, the commoner ones probed. A unit that is the whole query as written brings at
// most wholeMax candidates.
func (ix *Index) collect(qs []qpart, level uint8, sv *sieve, acc *accumulator, nparts, wholeMax int) {
	every := uint16(1)<<min(nparts, maxQueryParts) - 1
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	// Rarest first, but the skeletons and neighbours of a query of one part not before the
	// part itself: walked first, they would bring their own records (a neighbour of Rozi's
	// skeleton is Abliz's) past the cap of the part's unit, which would then bring none of its
	// own, so that a search for Rozi compared records of Abliz and found no Rozi.
	whole := func(q *qpart) bool { return q.exact && q.covers == every }
	wholeDF := -1
	for i := range qs {
		if whole(&qs[i]) {
			wholeDF = qs[i].df
		}
	}
	rarity := func(q *qpart) int {
		if wholeDF >= 0 && (q.implied > 0 || q.moot > 0) {
			return max(q.df, wholeDF) // units come after their part's own in qs: ties keep it first
		}
		return q.df
	}
	slices.SortStableFunc(order, func(a, b int) int { return rarity(&qs[a]) - rarity(&qs[b]) })
	walked := 0
	capped := false // a unit that is the whole query brought wholeCap: the rest only mark
	var left []int  // units only marked
	var done uint32 // units whose bit every candidate that has one of their keys has
	for n, i := range order {
		q := &qs[i]
		bit := uint32(1) << i
		if n == 0 || walked+q.df <= walkBudget && !capped {
			limit := walkBudget
			if whole(q) {
				limit = len(acc.slots) + wholeMax // its own, besides those of rarer units
			}
			done |= bit
			for _, id := range q.keys {
				// one very common unit alone: its first postings stand for the rest
				if !ix.gather(ix.keys[id].post, bit, level, sv, acc, limit) {
					capped = whole(q)
					done &^= bit
					break
				}
			}
			walked += q.df
			continue
		}
		left = append(left, i)
		// A common unit only marks the candidates found so far: by walking its postings, or
		// by looking each candidate up in them, whichever reads less. The skeletons of a
		// part's own keys mark at once the candidates that have one of those keys, and only
		// the others are looked up.
		rest := len(acc.slots)
		var have uint32
		if q.implied > 0 || q.moot > 0 {
			have = uint32(1) << (q.implied + q.moot - 1)
			rest = 0
			for c, m := range acc.masks {
				switch {
				case m&have == 0:
					rest++
				case q.implied > 0:
					acc.masks[c] |= bit
				}
			}
		}
		walk, probe := q.df, rest*len(q.keys)*probeCost
		budget := markBudget
		if q.moot > 0 {
			// a part's neighbours: they mark for the coverage of a query of two parts or
			// more; for one part they would only move the rough score
			budget = neighbourBudget
			if nparts < 2 {
				budget = 0
			}
		}
		switch {
		case rest == 0:
			done |= bit
		case q.implied > 0 && ix.sameList(q, &qs[q.implied-1], done&have != 0):
			// the skeleton's postings are the part's own key's, whose bit is set already
		case walk <= probe && walk <= budget:
			done |= bit
			for _, id := range q.keys {
				for _, p := range acc.within(ix.keys[id].post) {
					acc.mark(slotOf(p), bit, have)
				}
			}
		case probe < walk && probe <= budget:
			done |= bit
			for c, s := range acc.slots {
				if acc.masks[c]&have != 0 {
					continue
				}
				for _, id := range q.keys {
					if hasSlot(ix.keys[id].post, s) {
						acc.masks[c] |= bit
						break
					}
				}
			}
		}
	}
	// Too few candidates (a rare part that matched little, with a common one): let the
	// common units bring their own, so that records with only the common part are found. Not
	// when the whole query as written brought its cap: what the other units would bring has
	// less than those by the rough score, and would never be compared.
	for _, i := range left {
		if len(acc.slots) >= fillTo || capped {
			break
		}
		bit := uint32(1) << i
		for _, id := range qs[i].keys {
			if !ix.gather(ix.keys[id].post, bit, level, sv, acc, fillTo) {
				break
			}
		}
	}
}

// sameList reports whether the skeleton unit sk reads the same postings as the unit of the
// part's own key own, whose bit every candidate with the key has when complete: then marking
// by sk would set its bit on no candidate more than the implied marking did. Each has one key,
// and a record indexed under a key is indexed under its skeleton, so the skeleton's list holds
// the key's and is the same when as long.
func (ix *Index) sameList(sk, own *qpart, complete bool) bool {
	return complete && len(sk.keys) == 1 && len(own.keys) == 1 &&
		len(ix.keys[sk.keys[0]].post) == len(ix.keys[own.keys[0]].post)
}

// gather sets bit for the visible slots of a posting list that pass the sieve, adding those
// that are not yet candidates while there are fewer than limit of them (no limit when it is
// negative). It reports whether it read the whole list.
func (ix *Index) gather(post []uint32, bit uint32, level uint8, sv *sieve, acc *accumulator, limit int) bool {
	dead := ix.dead > 0
	for _, p := range post {
		s := slotOf(p)
		if acc.has(s) {
			acc.masks[acc.find(s)] |= bit
			continue
		}
		if rankOf(p) > level || dead && ix.gone[s/64]&(1<<(s%64)) != 0 || sv.on && !sv.admits(ix.facts[s]) {
			continue
		}
		if limit >= 0 && len(acc.slots) >= limit {
			return false
		}
		acc.add(s, bit, partsOf(p))
	}
	return true
}

// candidate is a slot with its rough score.
type candidate struct {
	slot  uint32
	score float64
	// exact: the record has every part of the query by the part's own key.
	exact bool
}

// candidates is a min-heap of candidates by rough score, then by slot (earlier records win
// ties, so results do not depend on the order of the walk). It is kept by hand, not by
// container/heap, whose Push boxes each candidate in an interface (an allocation each).
type candidates []candidate

// up moves the candidate at i towards the root until its parent ranks below it.
func (h candidates) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !less(h[i], h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

// down moves the candidate at i towards the leaves until no child ranks below it.
func (h candidates) down(i int) {
	n := len(h)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if r := c + 1; r < n && less(h[r], h[c]) {
			c = r
		}
		if !less(h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// best returns the keep candidates with the highest rough score: the summed weight of the
// units they matched, less a little for each part more or fewer than the query has. It also
// returns the keepWhole best by that score of the candidates that cover every part of a query
// of two parts or more (coverage.go).
func (ix *Index) best(qs []qpart, acc *accumulator, nparts, keep, keepWhole int) (candidates, candidates) {
	wsum := 0.0
	for _, q := range qs {
		wsum += q.w
	}
	penalty := 0.1 * wsum / float64(len(qs))
	var w [32]float64
	for i := range qs {
		w[i] = qs[i].w
	}
	var cov, ex [32]uint16
	for i := range qs {
		cov[i] = qs[i].covers
		if qs[i].exact {
			ex[i] = qs[i].covers
		}
	}
	all := wholeMask(nparts)
	every := uint16(1)<<min(nparts, maxQueryParts) - 1
	h, wh := acc.heap[:0], acc.wholeHeap[:0]
	for i, s := range acc.slots {
		sc := 0.0
		var c, e uint16
		for m := acc.masks[i]; m != 0; m &= m - 1 {
			b := bits.TrailingZeros32(m)
			sc += w[b]
			c |= cov[b]
			e |= ex[b]
		}
		sc -= penalty * float64(abs(int(acc.parts[i])-nparts))
		cd := candidate{s, sc, e == every}
		push(&h, cd, keep)
		if all != 0 && c == all {
			push(&wh, cd, keepWhole)
		}
	}
	acc.heap, acc.wholeHeap = h, wh
	return h, wh
}

// push adds c to the min-heap h when h holds fewer than keep or c beats its least.
func push(h *candidates, c candidate, keep int) {
	if len(*h) < keep {
		*h = append(*h, c)
		h.up(len(*h) - 1)
	} else if keep > 0 && less((*h)[0], c) {
		(*h)[0] = c
		h.down(0)
	}
}

// cut keeps the n best candidates of h, sorted best first, and those that tie with the last
// of them.
func cut(h candidates, n int) candidates {
	n = min(n, len(h))
	for n < len(h) && n > 0 && h[n].score == h[n-1].score {
		n++
	}
	return h[:n]
}

// better orders candidates best first, for slices.SortFunc.
func better(a, b candidate) int {
	switch {
	case less(b, a):
		return -1
	case less(a, b):
		return 1
	}
	return 0
}

// less reports whether candidate a ranks below b.
func less(a, b candidate) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.slot > b.slot
}
