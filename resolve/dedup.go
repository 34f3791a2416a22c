package resolve

import (
	"slices"
	"strconv"

	"github.com/tizim/tizim"
)

// Result is what resolving a set of records found.
type Result struct {
	// Judgements are the matcher's judgements to store: Same (Score the match probability) for
	// each link the clustering followed, enough for tizim.Cluster to rebuild Clusters, and
	// Withdrawn for earlier matcher links between records now in different clusters.
	Judgements []tizim.Judgement `json:"judgements"`
	// Review holds pairs for a reviewer, most likely first: pairs between the two thresholds,
	// and pairs above the upper one that the clustering refused. One pair per two clusters.
	Review []Pair `json:"review"`
	// Clusters maps each record id to its person id, the smallest record id of its cluster.
	Clusters map[int64]int64 `json:"clusters"`
	Stats    Stats           `json:"stats"`
}

// Stats counts what a Dedup did.
type Stats struct {
	Records  int        `json:"records"`
	Blocking BlockStats `json:"blocking"`
	Linked   int        `json:"linked"`  // candidate pairs at or above the lower threshold
	Merged   int        `json:"merged"`  // merges the matcher made
	Refused  int        `json:"refused"` // pairs above the upper threshold that clustering did not follow
}

// Dedup trains a model on records (with reviewers' judgements as labels) and resolves them.
func Dedup(records []*tizim.Record, judgements []tizim.Judgement, opt Options) (Result, error) {
	b, err := newBatch(records, opt)
	if err != nil {
		return Result{}, err
	}
	return b.resolve(b.train(judgements), judgements), nil
}

// Dedup resolves records with a trained model. Judgements are those already stored: reviewers'
// "different" keep records apart, their "same" join records, and earlier matcher links are
// withdrawn where the records no longer belong together.
func (m *Model) Dedup(records []*tizim.Record, judgements []tizim.Judgement) (Result, error) {
	m.prepareWeights()
	b, err := newBatch(records, m.Options)
	if err != nil {
		return Result{}, err
	}
	return b.resolve(m, judgements), nil
}

// resolve scores the candidate pairs, clusters and assembles the result. A batch resolves once:
// what only resolving needs (the candidate pairs, the memo) is let go as soon as it is used,
// so that the collector need not mark it while the snapshot is made and the result stored.
func (b *batch) resolve(m *Model, judgements []tizim.Judgement) Result {
	opt := m.Options
	res := Result{Stats: Stats{Records: len(b.es), Blocking: b.stats}}
	b.stage("trained the model")
	edges, scored := b.score(m, opt.Lower)
	b.stage("scored the candidate pairs: %d at or above the review threshold", len(edges))
	b.pairs = nil
	res.Stats.Linked = len(edges)

	c := newClusterer(b, m)
	c.scored = scored
	reviewed := map[uint64]bool{}
	var forced [][2]int32
	for _, j := range tizim.Effective(judgements) {
		x, okA := b.index.get(j.A)
		y, okB := b.index.get(j.B)
		if !okA || !okB || x == y || j.Automatic() {
			continue
		}
		reviewed[pairKey(x, y)] = true
		if j.Verdict == tizim.Different {
			c.apart[pairKey(x, y)] = true
		} else {
			forced = append(forced, [2]int32{x, y})
		}
	}
	for _, j := range judgements {
		if x, y, ok := b.pairOf(j); ok && !j.Automatic() && j.Verdict != tizim.Withdrawn {
			reviewed[pairKey(x, y)] = true
		}
	}
	upper := float32(weightOf(opt.Upper))
	// Edges are strongest first: those the clustering may follow come first.
	above := 0
	for above < len(edges) && !(edges[above].w < upper) {
		above++
	}
	outcome := c.mergeAll(forced, edges[:above], b.opt.Workers)
	c.scored, scored = nil, nil // only merging weighs pairs by them
	var refused []edge
	reasons := reasonCache{}
	merges := 0
	for _, o := range outcome {
		if o&outMerged != 0 {
			merges++
		}
	}
	res.Judgements = make([]tizim.Judgement, 0, merges)
	for k, e := range edges[:above] {
		switch o := outcome[k]; {
		case o&outMerged != 0:
			res.Stats.Merged++
			res.Judgements = append(res.Judgements, tizim.Judgement{A: b.es[e.i].id, B: b.es[e.j].id,
				Verdict: tizim.Same, By: tizim.Matcher, Score: probability(float64(e.w)),
				Reason: reasons.of(e.w)})
		case o&outJoined == 0:
			res.Stats.Refused++
			refused = append(refused, e)
		}
	}
	for _, j := range judgements {
		if x, y, ok := b.pairOf(j); ok && j.Automatic() && j.Verdict == tizim.Same && c.find(x) != c.find(y) {
			res.Judgements = append(res.Judgements, tizim.Judgement{A: j.A, B: j.B, Verdict: tizim.Withdrawn,
				By: tizim.Matcher, Reason: "no longer linked by the matcher"})
		}
	}
	b.stage("clustered: %d merges, %d refused", res.Stats.Merged, res.Stats.Refused)
	res.Review = b.review(m, c, edges, refused, reviewed)
	b.letGoNames() // nothing after this compares two records
	b.stage("picked %d pairs for review", len(res.Review))
	c.cache = nil // clusters reads only the roots
	res.Clusters = b.clusters(c)
	b.stage("grouped the records into people")
	return res
}

// reasonCache makes the reason of a matcher's link, "match weight 12.3 bits", once for each
// weight as written: a million people's links share a few hundred.
type reasonCache map[string]string

func (rc reasonCache) of(w float32) string {
	var buf [48]byte
	num := strconv.AppendFloat(buf[:0], float64(w), 'f', 1, 32)
	if r, ok := rc[string(num)]; ok {
		return r
	}
	r := "match weight " + string(num) + " bits"
	rc[string(num)] = r
	return r
}

func (b *batch) pairOf(j tizim.Judgement) (int32, int32, bool) {
	x, okA := b.index.get(j.A)
	y, okB := b.index.get(j.B)
	return x, y, okA && okB && x != y
}

// weightOf is the match weight in bits that gives probability p.
func weightOf(p float64) float64 {
	p = min(max(p, 1e-12), 1-1e-12)
	return log2(p / (1 - p))
}

// review picks the pairs for reviewers: refused merges and pairs between the thresholds whose
// records ended in different clusters and that no reviewer has judged; one per two clusters.
func (b *batch) review(m *Model, c *clusterer, edges, refused []edge, reviewed map[uint64]bool) []Pair {
	upper := float32(weightOf(m.Options.Upper))
	// Edges are strongest first: those under the upper threshold are the last ones.
	under, _ := slices.BinarySearchFunc(edges, upper, func(e edge, u float32) int {
		if e.w >= u {
			return -1
		}
		return 1
	})
	cands := make([]edge, 0, len(refused)+len(edges)-under)
	cands = append(append(cands, refused...), edges[under:]...)
	sortEdges(cands)
	seen := map[uint64]bool{}
	picked := cands[:0]
	for _, e := range cands {
		if reviewed[pairKey(e.i, e.j)] {
			continue
		}
		ra, rb := c.find(e.i), c.find(e.j)
		if ra == rb || seen[pairKey(ra, rb)] {
			continue
		}
		seen[pairKey(ra, rb)] = true
		picked = append(picked, e)
	}
	seen = nil
	// The pairs' evidence is cut from shared arrays: a million people's review queue is a
	// million pairs, and a slice of its own for each was as many objects to mark.
	// Each worker compares a share of them, with slabs of evidence of its own.
	out := make([]Pair, len(picked))
	parallelWorkers(len(picked), b.opt.Workers, func(w, lo, hi int) {
		var slab []Evidence
		for k := lo; k < hi; k++ {
			e := picked[k]
			cmp := compareMemo(b.es[e.i], b.es[e.j], b.tf, b.memo)
			out[k] = m.pair(b.es[e.i].id, b.es[e.j].id, &cmp, false)
			if cap(slab)-len(slab) < maxEvidence {
				slab = make([]Evidence, 0, evidenceSlab)
			}
			start := len(slab)
			slab = m.appendEvidence(slab, &cmp)
			out[k].Evidence = slab[start:len(slab):len(slab)]
		}
	})
	return out
}

// evidenceSlab is how many pieces of evidence review pairs share an array of.
const evidenceSlab = 4096

// clusters maps every record id to its person id, the smallest record id in its cluster.
func (b *batch) clusters(c *clusterer) map[int64]int64 {
	least := make([]int64, len(b.es)) // by root; ids are never 0
	for i, e := range b.es {
		r := c.find(int32(i))
		if v := least[r]; v == 0 || e.id < v {
			least[r] = e.id
		}
	}
	out := make(map[int64]int64, len(b.es))
	for i, e := range b.es {
		out[e.id] = least[c.find(int32(i))]
	}
	return out
}
