package resolve

import (
	"cmp"
	"slices"
)

// edge is a scored candidate pair of entries.
type edge struct {
	i, j   int32
	w      float32 // match weight in bits
	enough bool    // the pair has enough evidence to be merged automatically
}

// maxLinkagePairs is the most record pairs compared to decide one merge; larger clusters are
// sampled evenly.
const maxLinkagePairs = 400

// clusterer merges entries into clusters greedily from the strongest edge down. A merge needs
// the mean match weight across the two clusters to reach Options.MinLinkage's, and is refused
// when a reviewer judged two of their records different or they carry two different valid
// identity numbers.
type clusterer struct {
	b      *batch
	m      *Model
	parent []int32
	// A cluster's entries are a list from head[root] through next to tail[root], in the order
	// its clusters were joined; size[root] counts them. Arrays of numbers rather than a slice
	// per cluster: a million people make a million clusters, and the collector marks none of
	// this.
	next, head, tail, size []int32
	ga, gb                 []int32            // buffers for the two clusters a merge weighs
	apart                  map[uint64]bool    // entry pairs a reviewer judged different
	cache                  map[uint64]float64 // weights
	mc                     *memo              // the comparisons' memo
	// scored are the pairs scoring kept, in order, with their weights: four in five of the pairs
	// a merge weighs at 200,000 people, and looking one up is cheaper than comparing again.
	scored []scoredPair
}

func newClusterer(b *batch, m *Model) *clusterer {
	n := len(b.es)
	c := &clusterer{b: b, m: m, parent: make([]int32, n), next: make([]int32, n), head: make([]int32, n),
		tail: make([]int32, n), size: make([]int32, n), apart: map[uint64]bool{}, cache: map[uint64]float64{},
		mc: b.memo}
	for i := range c.parent {
		c.parent[i], c.head[i], c.tail[i], c.next[i], c.size[i] = int32(i), int32(i), int32(i), -1, 1
	}
	return c
}

func (c *clusterer) find(x int32) int32 {
	for c.parent[x] != x {
		c.parent[x] = c.parent[c.parent[x]]
		x = c.parent[x]
	}
	return x
}

// group appends the entries of the cluster of root to buf.
func (c *clusterer) group(buf []int32, root int32) []int32 {
	for x := c.head[root]; x >= 0; x = c.next[x] {
		buf = append(buf, x)
	}
	return buf
}

// union joins the clusters of roots ra and rb: the larger one's root stays, and its entries come
// first.
func (c *clusterer) union(ra, rb int32) {
	if c.size[ra] < c.size[rb] {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
	c.next[c.tail[ra]] = c.head[rb]
	c.tail[ra] = c.tail[rb]
	c.size[ra] += c.size[rb]
}

// blocked reports whether two clusters must stay apart: a reviewer's "different" between them,
// or two different valid identity numbers.
func (c *clusterer) blocked(ga, gb []int32) bool {
	for _, x := range ga {
		for _, y := range gb {
			if c.apart[pairKey(x, y)] || conflictingIDs(c.b.es[x].idn, c.b.es[y].idn) {
				return true
			}
		}
	}
	return false
}

// weight returns the match weight of two entries, compared on demand and cached.
func (c *clusterer) weight(x, y int32) float64 {
	k := pairKey(x, y)
	if w, ok := c.cache[k]; ok {
		return w
	}
	// A pair scoring kept has its weight already; another is compared in the order scoring
	// compares pairs: comparing names is not symmetric (the whole name's frequency is the first
	// form's), and the cache holds one answer for both orders.
	var w float64
	if at, ok := slices.BinarySearchFunc(c.scored, k, func(s scoredPair, k uint64) int { return cmp.Compare(s.pair, k) }); ok {
		w = c.scored[at].w
	} else {
		comp := compareMemo(c.b.es[min(x, y)], c.b.es[max(x, y)], c.b.tf, c.mc)
		w = c.m.weight(&comp)
	}
	c.cache[k] = w
	return w
}

// linkage is the mean match weight over pairs of records across two clusters, each clipped
// (linkWeight), sampled evenly when there are more than maxLinkagePairs.
func (c *clusterer) linkage(ga, gb []int32) float64 {
	total := len(ga) * len(gb)
	step := max(1, total/maxLinkagePairs)
	sum, n := 0.0, 0
	for k := 0; k < total; k += step {
		sum += linkWeight(c.weight(ga[k/len(gb)], gb[k%len(gb)]))
		n++
	}
	return sum / float64(n)
}

// tryMerge merges the clusters of x and y if nothing forbids it, and reports whether they are
// one cluster afterwards and whether this call merged them.
func (c *clusterer) tryMerge(x, y int32, checkLinkage bool) (joined, merged bool) {
	ra, rb := c.find(x), c.find(y)
	if ra == rb {
		return true, false
	}
	c.ga, c.gb = c.group(c.ga[:0], ra), c.group(c.gb[:0], rb)
	ga, gb := c.ga, c.gb
	if c.blocked(ga, gb) {
		return false, false
	}
	if checkLinkage && len(ga)*len(gb) > 1 && c.linkage(ga, gb) < c.m.Options.linkageWeight() {
		return false, false
	}
	c.union(ra, rb)
	return true, true
}

// sortEdges orders edges from the strongest down, ties by position so runs repeat exactly.
func sortEdges(es []edge) {
	slices.SortFunc(es, func(a, b edge) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		case a.i != b.i:
			return int(a.i - b.i)
		}
		return int(a.j - b.j)
	})
}

// linkClip bounds the weight one pair of records brings to the linkage of two clusters, in bits
// either way: an identity number that agrees (or two that disagree) is decisive for its own
// pair, not for every other record of the two clusters.
const linkClip = 20

// linkWeight is a pair's weight as the linkage counts it.
func linkWeight(w float64) float64 { return min(max(w, -linkClip), linkClip) }
