package resolve

// The clustering follows the edges from the strongest down, and each merge depends on the ones
// before it: but only on those within its connected component (of the reviewers' "same" pairs
// and the edges it may follow), since a merge reads and changes only the clusters of its two
// records. mergeAll therefore splits the merges by component and runs the components on the
// workers, each component's merges in their order: every merge sees the clusters it would see
// one after the other, so the clusters are the same, and the comparisons for the linkage of
// large clusters (most of the clustering's time at a million people) use both cores.

// Outcomes of a merge as mergeAll records them.
const (
	outJoined = 1 << iota // the two records are in one cluster afterwards
	outMerged             // this merge joined them
)

// mergeAll merges the forced pairs (a reviewer's "same": no linkage asked) and then the edges
// with enough evidence, as tryMerge would one after the other, and returns for each edge its
// outcome (outJoined, outMerged). Edges without enough evidence are not merged (outcome 0).
func (c *clusterer) mergeAll(forced [][2]int32, edges []edge, workers int) []uint8 {
	n := len(c.parent)
	// Components of the records by the pairs to merge.
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = int32(i)
	}
	root := func(x int32) int32 {
		for comp[x] != x {
			comp[x] = comp[comp[x]]
			x = comp[x]
		}
		return x
	}
	join := func(x, y int32) {
		if rx, ry := root(x), root(y); rx != ry {
			comp[max(rx, ry)] = min(rx, ry)
		}
	}
	for _, f := range forced {
		join(f[0], f[1])
	}
	for _, e := range edges {
		if e.enough {
			join(e.i, e.j)
		}
	}
	// The merges of each component, in order: a forced pair k as -(k+1), an edge by its index.
	start := make([]int32, n+1)
	count := func(x int32) { start[root(x)+1]++ }
	for _, f := range forced {
		count(f[0])
	}
	for _, e := range edges {
		if e.enough {
			count(e.i)
		}
	}
	var roots []int32
	for r := range n {
		if start[r+1] > 0 {
			roots = append(roots, int32(r))
		}
		start[r+1] += start[r]
	}
	ops := make([]int32, start[n])
	fill := start[:n:n]
	put := func(x, op int32) {
		r := root(x)
		ops[fill[r]] = op
		fill[r]++
	}
	for k, f := range forced {
		put(f[0], -int32(k)-1)
	}
	for k, e := range edges {
		if e.enough {
			put(e.i, int32(k))
		}
	}
	// fill[r] is now the end of component r's merges, and where the next one starts.
	// Workers take runs of componentRun components in turn: a few large components (a common
	// name's records, their linkage compared pair by pair) cost as much as thousands of pairs,
	// and small runs keep one worker from finishing long after the other.
	out := make([]uint8, len(edges))
	cws := make([]*clusterer, max(1, workers)) // made before any merges: worker copies c
	for w := range cws {
		cws[w] = c.worker(w)
	}
	parallelChunks(len(roots), componentRun, len(cws), func(w, lo, hi int) {
		cws[w].mergeComponents(roots[lo:hi], ops, fill, forced, edges, out)
	})
	return out
}

// componentRun is how many components a worker of mergeAll takes at a time.
const componentRun = 256

// mergeComponents makes the merges of the components with the given roots, in their order:
// ops[fill[r-1]:fill[r]] are component r's (see mergeAll); each edge's outcome goes to out.
func (c *clusterer) mergeComponents(roots, ops, fill []int32, forced [][2]int32, edges []edge, out []uint8) {
	for _, r := range roots {
		first := int32(0)
		if r > 0 {
			first = fill[r-1]
		}
		for _, op := range ops[first:fill[r]] {
			if op < 0 {
				f := forced[-op-1]
				c.tryMerge(f[0], f[1], false)
				continue
			}
			e := edges[op]
			joined, merged := c.tryMerge(e.i, e.j, true)
			if joined {
				out[op] |= outJoined
			}
			if merged {
				out[op] |= outMerged
			}
		}
	}
}

// worker returns a clusterer for worker w of mergeAll: the same clusters, with buffers, a cache
// of comparisons of its own (the batch's memo is shared).
func (c *clusterer) worker(w int) *clusterer {
	if w == 0 {
		return c
	}
	cw := *c
	cw.ga, cw.gb = nil, nil
	cw.cache = map[uint64]float64{}
	return &cw
}
