package resolve

import (
	"math"
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
// the mean match probability across the two clusters to reach Options.MinLinkage, and is refused
// when a reviewer judged two of their records different or they carry two different valid
// identity numbers.
type clusterer struct {
	b       *batch
	m       *Model
	parent  []int32
	members map[int32][]int32 // root → entries, for clusters of two or more
	apart   map[uint64]bool   // entry pairs a reviewer judged different
	cache   map[uint64]float64
}

func newClusterer(b *batch, m *Model) *clusterer {
	c := &clusterer{b: b, m: m, parent: make([]int32, len(b.es)), members: map[int32][]int32{},
		apart: map[uint64]bool{}, cache: map[uint64]float64{}}
	for i := range c.parent {
		c.parent[i] = int32(i)
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

func (c *clusterer) group(root int32) []int32 {
	if g, ok := c.members[root]; ok {
		return g
	}
	return []int32{root}
}

// union joins the clusters of roots ra and rb.
func (c *clusterer) union(ra, rb int32) {
	ga, gb := c.group(ra), c.group(rb)
	if len(ga) < len(gb) {
		ra, rb, ga, gb = rb, ra, gb, ga
	}
	c.parent[rb] = ra
	c.members[ra] = append(slices.Clip(ga), gb...)
	delete(c.members, rb)
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

// prob returns the match probability of two entries, compared on demand and cached.
func (c *clusterer) prob(x, y int32) float64 {
	k := pairKey(x, y)
	if p, ok := c.cache[k]; ok {
		return p
	}
	cmp := compareMemo(c.b.es[x], c.b.es[y], c.b.tf, c.b.memos[0])
	p := probability(c.m.weight(&cmp))
	c.cache[k] = p
	return p
}

// linkage is the mean match probability over pairs of records across two clusters, sampled
// evenly when there are more than maxLinkagePairs.
func (c *clusterer) linkage(ga, gb []int32) float64 {
	total := len(ga) * len(gb)
	step := max(1, total/maxLinkagePairs)
	sum, n := 0.0, 0
	for k := 0; k < total; k += step {
		p := c.prob(ga[k/len(gb)], gb[k%len(gb)])
		switch linkageMode {
		case 1:
			w := weightOf(p)
			sum += math.Max(-linkClip, math.Min(linkClip, w))
		case 2:
			if p >= 0.5 {
				sum++
			}
		case 3:
			if p >= againstProb {
				sum++
			}
		default:
			sum += p
		}
		n++
	}
	return sum / float64(n)
}

var linkageMode = 0
var linkClip = 10.0
var againstProb = 0.01

// tryMerge merges the clusters of x and y if nothing forbids it, and reports whether they are
// one cluster afterwards and whether this call merged them.
func (c *clusterer) tryMerge(x, y int32, checkLinkage bool) (joined, merged bool) {
	ra, rb := c.find(x), c.find(y)
	if ra == rb {
		return true, false
	}
	ga, gb := c.group(ra), c.group(rb)
	if c.blocked(ga, gb) {
		return false, false
	}
	if checkLinkage && len(ga)*len(gb) > 1 && c.linkage(ga, gb) < c.m.Options.MinLinkage {
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
