package names

import "math"

// A unit is what the matcher aligns: a part (u < len(parts)) or two adjacent parts read as one
// (u = len(parts)+i joins parts i and i+1).

// pair is two aligned units and their similarity.
type pair struct {
	a, b int
	sim  float64
}

// matching aligns the units of two names greedily, most similar first.
type matching struct {
	pairs        [maxParts]pair
	n            int
	usedA, usedB uint32
}

// unitCands returns the candidate keys of unit u and the mask of parts it covers.
func (n *Name) unitCands(u int) ([]cand, uint32) {
	if u < len(n.parts) {
		return n.parts[u].cands, 1 << u
	}
	k := u - len(n.parts)
	return n.merged[k : k+1], 3 << (k % (len(n.parts) - 1))
}

func (n *Name) units() int { return len(n.parts) + len(n.merged) }

// unitSim is the similarity of unit ua of a and unit ub of b. Only a similarity of at least
// floor matters to the caller: that is exact, and below floor it may be any value below floor
// (see keySimilarityAbove).
func unitSim(a *Name, ua int, b *Name, ub int, floor float64) float64 {
	ia := ua < len(a.parts) && a.parts[ua].initial
	ib := ub < len(b.parts) && b.parts[ub].initial
	ca, _ := a.unitCands(ua)
	cb, _ := b.unitCands(ub)
	if ia || ib {
		if ia && ib {
			if a.parts[ua].text == b.parts[ub].text {
				return 1
			}
			return 0
		}
		if ia && ub < len(b.parts) && len(cb[0].key) > 0 && ca[0].key[0] == cb[0].key[0]|0x20 {
			return 0.9
		}
		if ib && ua < len(a.parts) && len(ca[0].key) > 0 && cb[0].key[0] == ca[0].key[0]|0x20 {
			return 0.9
		}
		return 0
	}
	best := 0.0
	for i := range ca {
		x := &ca[i]
		if x.key == "" {
			continue
		}
		for j := range cb {
			y := &cb[j]
			if y.key == "" {
				continue
			}
			// A pair below both floor and the best so far changes nothing, and neither the
			// compound rule nor the cut can raise a similarity.
			f := max(floor, best)
			s := keySimilarityAbove(x, y, f)
			if s < 1 && s > 0.5 {
				s = compoundSimilarity(x, y, s, f)
			}
			if x.cut != y.cut {
				s -= 0.05
			}
			if s > best {
				best = s
				if s == 1 {
					return 1
				}
			}
		}
	}
	return best
}

// run aligns a and b and returns their score in [0, 1].
func (m *matching) run(a, b Name, f *Frequencies) float64 {
	if len(a.parts) == 0 || len(b.parts) == 0 {
		return 0
	}
	// sims[i*stride+j] is the similarity of unit i of a and unit j of b. Names of up to four
	// parts fit the small array, so that Score clears 1 KB, not 9.
	const maxUnits = 3*maxParts - 2
	var small [128]float64
	stride := b.units()
	var sims []float64
	if n := a.units() * stride; n <= len(small) {
		sims = small[:n]
	} else {
		var all [maxUnits * maxUnits]float64
		sims = all[:n]
	}
	// The units' signatures, by which their similarities are remembered (sim).
	var sigA, sigB [maxUnits]uint64
	a.partSigs(sigA[:a.units()])
	b.partSigs(sigB[:b.units()])
	// First align single parts; only if some are left over try adjacent parts read as one.
	na, nb := len(a.parts), len(b.parts)
	// Of two single parts, a similarity below nearMissMin counts for nothing (it is neither a
	// near miss nor aligned); of joined parts, one at pairMin or below (never aligned).
	nearMiss := false // two parts that nearly align: perhaps one name joins what the other splits
	touchSims(sigA[:na], sigB[:nb], na, nb, false, nearMissMin)
	for i := 0; i < na; i++ {
		for j := 0; j < nb; j++ {
			s := sim(&a, i, sigA[i], &b, j, sigB[j], nearMissMin)
			if s > pairMin && s < 1 && misspells(&a.parts[i], &b.parts[j]) && f.distinct(a.parts[i].key, b.parts[j].key) {
				s = 0 // Turghun and Tursun: both common, so not a misspelling of each other
			}
			nearMiss = nearMiss || (s >= nearMissMin && s <= pairMin)
			sims[i*stride+j] = s
		}
	}
	m.align(&a, &b, na, nb, sims, stride)
	leftA, leftB := na-popcount(m.usedA), nb-popcount(m.usedB)
	if leftA == 0 && leftB == 0 || len(a.merged) == 0 && len(b.merged) == 0 || leftA == leftB && !nearMiss {
		// Joined parts can only help where one name has more parts left over than the other,
		// or where two parts nearly aligned.
		return m.score(&a, &b, f)
	}
	a.mergedSigs(sigA[:a.units()])
	b.mergedSigs(sigB[:b.units()])
	touchSims(sigA[:a.units()], sigB[:b.units()], na, nb, true, pairMin)
	for i := 0; i < a.units(); i++ {
		for j := 0; j < b.units(); j++ {
			// Two parts read as one meet one part of the other name; two joined parts on
			// both sides would only repeat what the single parts found.
			if (i >= na) != (j >= nb) {
				sims[i*stride+j] = sim(&a, i, sigA[i], &b, j, sigB[j], pairMin)
			}
		}
	}
	*m = matching{}
	m.align(&a, &b, a.units(), b.units(), sims, stride)
	return m.score(&a, &b, f)
}

// align pairs units greedily, most similar first, among the first na units of a and nb of b;
// sims[i*stride+j] is the similarity of unit i of a and unit j of b.
func (m *matching) align(a, b *Name, na, nb int, sims []float64, stride int) {
	for m.n < maxParts {
		bi, bj, best, bcover := -1, -1, pairMin+1e-6, 0
		for i := 0; i < na; i++ {
			_, ma := a.unitCands(i)
			if m.usedA&ma != 0 {
				continue
			}
			for j := 0; j < nb; j++ {
				_, mb := b.unitCands(j)
				if m.usedB&mb != 0 {
					continue
				}
				s := sims[i*stride+j]
				cover := popcount(ma) + popcount(mb)
				if s > best || (s == best && bi >= 0 && cover < bcover) {
					bi, bj, best, bcover = i, j, s, cover
				}
			}
		}
		if bi < 0 {
			break
		}
		_, ma := a.unitCands(bi)
		_, mb := b.unitCands(bj)
		m.usedA |= ma
		m.usedB |= mb
		m.pairs[m.n] = pair{bi, bj, best}
		m.n++
	}
}

// score turns an alignment into a score in [0, 1].
func (m *matching) score(a, b *Name, f *Frequencies) float64 {
	if m.n == 0 {
		return 0
	}
	var s, w, ua, ub float64
	for _, p := range m.pairs[:m.n] {
		_, ma := a.unitCands(p.a)
		_, mb := b.unitCands(p.b)
		pw := (a.maskWeight(ma, f) + b.maskWeight(mb, f)) / 2
		s += p.sim * pw
		w += pw
	}
	// Parts left over on one side only are missing (a father's name not given); parts left over
	// on both sides contradict each other (siblings), however many other parts agree.
	ua = a.maskWeight(^m.usedA, f)
	ub = b.maskWeight(^m.usedB, f)
	ca, cb := a.leftover(m.usedA), b.leftover(m.usedB)
	conflict := min(ca, cb)
	missing := ua + ub
	if conflict > 0 {
		missing = math.Abs(ua-ub) * (1 - conflict/max(ca, cb))
	}
	score := s / (w + missingCost*missing) * math.Exp(-conflictCost*conflict)
	if m.onlyInitials(a, b) {
		score = min(score, initialsCap) // N.N. is not Nursultan Nazarbayev
	}
	if m.swapped(a, b) {
		score *= swapFactor
	}
	return min(max(score, 0), 1)
}

// onlyInitials reports whether every aligned pair has an initial on one side.
func (m *matching) onlyInitials(a, b *Name) bool {
	for _, p := range m.pairs[:m.n] {
		if !(p.a < len(a.parts) && a.parts[p.a].initial) && !(p.b < len(b.parts) && b.parts[p.b].initial) {
			return false
		}
	}
	return true
}

// leftover counts the parts of n outside used: 1 for a name part, less for an initial or a weak
// part, whose disagreement says less.
func (n *Name) leftover(used uint32) float64 {
	c := 0.0
	for i := range n.parts {
		if used&(1<<i) == 0 {
			if n.parts[i].weak || n.parts[i].initial {
				c += lowWeight
			} else {
				c++
			}
		}
	}
	return c
}

// maskWeight sums the weights of the parts of n in mask.
func (n *Name) maskWeight(mask uint32, f *Frequencies) float64 {
	w := 0.0
	for i := range n.parts {
		if mask&(1<<i) != 0 {
			w += n.weight(i, f)
		}
	}
	return w
}

// swapped reports whether the aligned parts come in a different order in the two names.
func (m *matching) swapped(a, b *Name) bool {
	for x := 0; x < m.n; x++ {
		for y := x + 1; y < m.n; y++ {
			px, py := m.pairs[x], m.pairs[y]
			if (a.firstPart(px.a) < a.firstPart(py.a)) != (b.firstPart(px.b) < b.firstPart(py.b)) {
				return true
			}
		}
	}
	return false
}

func (n *Name) firstPart(u int) int {
	if u < len(n.parts) {
		return u
	}
	return (u - len(n.parts)) % (len(n.parts) - 1)
}

func popcount(x uint32) int {
	c := 0
	for ; x != 0; x &= x - 1 {
		c++
	}
	return c
}

// misspells reports whether two parts that nearly align could be one common name misspelled as
// another (Turghun and Tursun): written in the same script, both or neither in pinyin, and of
// nearly the same length. Two writings in different scripts (马木提, Мамут) or romanisations
// (Sadik, SHADIKE; Ayshemgül, AYIXIANMUGULI) differ by design: each may be common in its own
// system and still be one name.
func misspells(a, b *namePart) bool {
	return !a.weak && !b.weak && a.script == b.script && a.pinyin == b.pinyin &&
		a.runes-b.runes <= misspellRunes && b.runes-a.runes <= misspellRunes
}

// misspellRunes is how much longer one writing of a part may be than the other and still be
// taken for its misspelling.
const misspellRunes = 2
