package names

import "math"

// maxKey caps the bytes of a key the matcher aligns: longer keys are cut, so a 10,000-letter
// name costs no more than a long real one.
const maxKey = 40

// keySimilarity compares two candidate keys whole: 1 for the same key, falling with the
// weighted edit distance (with transpositions) relative to the longer key; a part that only
// begins like another (Tursun, Tursunay) is held below a part spelled a little differently
// (Scholz, Scholze).
func keySimilarity(x, y *cand) float64 { return keySimilarityAbove(x, y, 0) }

// keySimilarityAbove is keySimilarity for a caller to whom only a similarity of at least floor
// matters: that it returns exactly; below floor it may return any value below floor, and stops
// as soon as it knows the similarity is below it.
func keySimilarityAbove(x, y *cand, floor float64) float64 {
	switch compareKeys(x.key, y.key) {
	case 0:
		return 1
	case 1:
		x, y = y, x // one order, so that stopping early gives the same answer both ways round
	}
	a, b := x.key, y.key
	a, b = a[:min(len(a), maxKey)], b[:min(len(b), maxKey)]
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if floor > prefixMax && (extends(a, b) || extends(b, a)) {
		return 0 // held at prefixMax, below floor
	}
	if !x.han && !y.han && !x.abjad && !y.abjad {
		// Every letter one key lacks costs at least 0.5: skip pairs too different in length
		// to reach pairMin.
		d, l := len(a)-len(b), max(len(a), len(b))
		if d < 0 {
			d = -d
		}
		if 1-0.5*float64(d)/float64(l) <= pairMin {
			return 0
		}
	}
	cost := &nearCost
	if x.abjad || y.abjad {
		cost = &abjadCost
	}
	// Only whether the similarity passes pairMin matters below it: stop once every path costs
	// more than that allows.
	// The length that divides the distance counts an optional vowel as half a letter.
	l := max(x.effectiveLen(a), y.effectiveLen(b))
	budget := float32((1 - pairMin) * l)
	opens := !x.rest && !y.rest   // the keys open a name: their first letters weigh more
	classes := x.class || y.class // a reading class may stand for the letter of a transposition
	var rows [3][maxKey + 1]float32
	var ins [maxKey + 1]float32
	var ib [maxKey]uint8
	var bb [maxKey]byte // b, with the letters regularSpellings writes as a's
	copy(bb[:], b)
	extra := regularSpellings(a, bb[:len(b)], cost)
	budget -= extra
	// A distance above floorBudget puts the similarity below floor (with a margin for the
	// rounding of float32 sums).
	floorBudget := float32((1-floor)*l) - extra + 1e-3
	prev2, prev, row := &rows[0], &rows[1], &rows[2]
	na, nb := len(a), len(b)
	insX, delY := &middleIndel[x.indelKind()], &middleIndel[y.indelKind()]
	for j := 1; j <= nb; j++ {
		if j == 1 || j == nb {
			ins[j] = indelCost(bb[j-1], x, j == 1 && opens, j == nb && j >= 4)
		} else {
			ins[j] = insX[bb[j-1]]
		}
		prev[j] = prev[j-1] + ins[j]
		ib[j-1] = letterIndex[bb[j-1]]
	}
	// dels[i] is the cost of leaving out a's i-th letter; minIns[j] and minDel[i] are the least
	// cost of leaving out one of b's letters after the j-th, and one of a's after the i-th: a
	// path from cell (i, j) to the end leaves out at least as many letters as the rest of one
	// key is longer than the rest of the other (restBound).
	var dels, minDel, minIns [maxKey + 1]float32
	for i := 1; i <= na; i++ {
		if i == 1 || i == na {
			dels[i] = indelCost(a[i-1], y, i == 1 && opens, i == na && i >= 4)
		} else {
			dels[i] = delY[a[i-1]]
		}
	}
	suffixMin(&minDel, &dels, na)
	suffixMin(&minIns, &ins, nb)
	if restBound(na, nb, minIns[0], minDel[0]) > floorBudget {
		return 0
	}
	prevOver := false // whether every path through the row before costs more than floorBudget
	prevMin := float32(0)
	for i := 1; i <= na; i++ {
		ca := a[i-1]
		crow := &cost[letterIndex[ca]]
		del := dels[i]
		row[0] = prev[0] + del
		rowMin := row[0]
		// The first cell, where two different opening consonants cost more (Zhang is not Wang).
		{
			cb := bb[0]
			var c float32
			if ca != cb {
				c = crow[ib[0]]
				if i == 1 && opens && c >= 1 && !isKeyVowel(ca) && !isKeyVowel(cb) {
					c = firstConsonant
				}
			}
			best := prev[0] + c
			if v := prev[1] + del; v < best {
				best = v
			}
			if v := row[0] + ins[1]; v < best {
				best = v
			}
			row[1] = best
			if best < rowMin {
				rowMin = best
			}
		}
		if i == 1 {
			for j := 2; j <= nb; j++ {
				var c float32
				if ca != bb[j-1] {
					c = crow[ib[j-1]]
				}
				best := minCost(minCost(prev[j-1]+c, prev[j]+del), row[j-1]+ins[j])
				row[j] = best
				rowMin = minCost(rowMin, best)
			}
		} else {
			pa := a[i-2] // the letter before, for a transposition
			prow := &cost[letterIndex[pa]]
			for j := 2; j <= nb; j++ {
				// Branch-free minima (minCost): which step is cheapest varies from cell to
				// cell, and a mispredicted branch cost more than the cell.
				cb := bb[j-1]
				best := prev[j-1]
				if ca != cb {
					best += crow[ib[j-1]]
					if ca == bb[j-2] && pa == cb || classes && crow[ib[j-2]] == 0 && prow[ib[j-1]] == 0 {
						best = minCost(best, prev2[j-2]+transposition)
					}
				}
				best = minCost(minCost(best, prev[j]+del), row[j-1]+ins[j])
				row[j] = best
				rowMin = minCost(rowMin, best)
			}
		}
		if rowMin > budget && prevMin > budget {
			return 0 // a transposition can skip one row, not two
		}
		over := true
		if rowMin <= floorBudget {
			ra, del := na-i, minDel[i]
			for j := 0; j <= nb; j++ {
				if row[j]+restBound(ra, nb-j, minIns[j], del) <= floorBudget {
					over = false
					break
				}
			}
		}
		if over && prevOver {
			return 0 // the similarity is below floor
		}
		prevOver = over
		prevMin = rowMin
		prev2, prev, row = prev, row, prev2
	}
	s := 1 - float64(prev[len(b)]+extra)/l
	if s <= 0 {
		return 0
	}
	if extends(a, b) || extends(b, a) {
		s = min(s, prefixMax)
	}
	return s
}

// suffixMin sets m[i] to the least of c[i+1], ..., c[n] for i < n, and m[n] to 0. The costs
// are positive float32s, which order as their bits do: the minima are taken on the bits,
// without the float min's NaN handling in the chain from one to the next.
func suffixMin(m, c *[maxKey + 1]float32, n int) {
	m[n] = 0
	run := uint32(math.MaxUint32)
	for i := n - 1; i >= 0; i-- {
		run = min(run, math.Float32bits(c[i+1]))
		m[i] = math.Float32frombits(run)
	}
}

// minCost is min for costs, positive float32s, which order as their bits do: an integer
// compare and move, without the float min's handling of NaN and of the zeros' signs.
func minCost(x, y float32) float32 {
	return math.Float32frombits(min(math.Float32bits(x), math.Float32bits(y)))
}

// restBound is the least cost of the rest of a path that has ra letters of one key left and rb
// of the other: it leaves out as many letters as one rest is longer than the other, each at
// least minIns (of b's) or minDel (of a's).
func restBound(ra, rb int, minIns, minDel float32) float32 {
	if rb > ra {
		return float32(rb-ra) * minIns
	}
	return float32(ra-rb) * minDel
}

// compareKeys is strings.Compare for two keys, which mostly differ in their first few bytes:
// a loop over those costs less than the call.
func compareKeys(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			if a[i] > b[i] {
				return 1
			}
			return -1
		}
	}
	switch {
	case len(a) > len(b):
		return 1
	case len(a) < len(b):
		return -1
	}
	return 0
}

// effectiveLen is the length of a key with each optional vowel counted as half a letter.
func effectiveLen(k string) float64 {
	n := float64(len(k))
	for i := 0; i < len(k); i++ {
		if c := k[i]; c >= 'A' && c <= 'Z' {
			n -= 0.5
		}
	}
	return n
}

// effectiveLen is effectiveLen(k) for k, the key of c cut to maxKey bytes, counted by
// countHalves when c was prepared.
func (c *cand) effectiveLen(k string) float64 {
	if c.halves != 0 {
		return float64(c.halves) / 2
	}
	return effectiveLen(k)
}

// countHalves records the effective length of each candidate key in cs (see cand.halves).
func countHalves(cs []cand) {
	for i := range cs {
		cs[i].halves = uint8(2 * effectiveLen(cs[i].key[:min(len(cs[i].key), maxKey)]))
	}
}
