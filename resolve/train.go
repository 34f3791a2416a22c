package resolve

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/tizim/tizim"
)

// defaultM and defaultU are the starting points of training and the prior it shrinks towards
// (worth priorPairs pairs), so that a model trained on a handful of records is still sensible.
// They are rough guesses, written down from the character of each field: identity numbers agree
// almost only within a person, half of random pairs share a sex.
var (
	defaultM = [nFields][]float64{
		{0.55, 0.1, 0.12, 0.1, 0.08, 0.05},
		{0.7, 0.08, 0.04, 0.08, 0.05, 0.05},
		{0.9, 0.05, 0.04, 0.01},
		{0.95, 0.05},
		{0.95, 0.05},
		{0.7, 0.1, 0.1, 0.1},
		{0.8, 0.2},
		{0.7, 0.3},
		{0.3, 0.35, 0.2, 0.05, 0.1},
		{0.85, 0.15},
		{0.85, 0.15},
		{0.7, 0.3},
	}
	defaultU = [nFields][]float64{
		{0.0005, 0.0005, 0.001, 0.03, 0.05, 0.918},
		{0.0002, 0.002, 0.003, 0.003, 0.05, 0.9418},
		{1e-6, 1e-5, 1e-3, 0.998989},
		{0.5, 0.5},
		{0.8, 0.2},
		{0.005, 0.02, 0.02, 0.955},
		{0.05, 0.95},
		{0.05, 0.95},
		{0.002, 0.02, 0.2, 0.1, 0.678},
		{0.15, 0.85},
		{0.2, 0.8},
		{0.3, 0.7},
	}
)

const (
	priorPairs    = 20.0    // weight of the default m and u, in pairs
	trainPairs    = 150_000 // most candidate pairs used to estimate m
	randomPairs   = 150_000 // random pairs drawn to estimate u
	emIterations  = 60
	emTolerance   = 1e-7
	defaultPrior  = 1e-4 // one pair in ten thousand is a match: a list of some ten thousand people
	emStartPrior  = 0.1  // the share of matches EM starts from among the candidates of a pass
	minLevelShare = 1e-6
	// minRaritySample is the fewest random pairs at a name level whose mean rarity is trusted.
	minRaritySample = 20
)

// Train learns a model from records: u from random pairs of them, m and the prior by expectation
// maximisation over the candidate pairs that blocking finds. Labels are reviewers' judgements
// (Same or Different, by anyone but tizim.Matcher) and count as pairs whose answer is known.
// Records need distinct non-zero ids.
func Train(records []*tizim.Record, labels []tizim.Judgement, opt Options) (*Model, error) {
	b, err := newBatch(records, opt)
	if err != nil {
		return nil, err
	}
	return b.train(labels), nil
}

// DefaultModel returns an untrained model with the default probabilities, for when there are too
// few records to learn from.
func DefaultModel(opt Options) *Model {
	m := &Model{Prior: defaultPrior, Options: opt.withDefaults()}
	for f := range nFields {
		fd := Field{Name: fieldNames[f]}
		for l, name := range fieldLevels[f] {
			fd.Levels = append(fd.Levels, Level{Name: name, M: defaultM[f][l], U: defaultU[f][l]})
		}
		m.Fields = append(m.Fields, fd)
	}
	m.prepareWeights()
	return m
}

// train estimates a model from the batch's records and labels. Blocking makes the pairs of a pass
// agree on that pass's fields whether or not they match, so m is estimated pass by pass, each
// pass's EM leaving out the fields it forces, and the estimates are pooled by the matches each
// pass found.
func (b *batch) train(labels []tizim.Judgement) *Model {
	m := DefaultModel(b.opt)
	b.estimateU(m)
	step := max(1, len(b.pairs)/trainPairs)
	var keys []uint64
	for i := 0; i < len(b.pairs); i += step {
		keys = append(keys, b.pairs[i])
	}
	comps := b.compareAll(keys, false)
	passes := make([]uint16, len(keys))
	parallel(len(keys), b.opt.Workers, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			i, j := unpair(keys[k])
			passes[k] = passesOf(b.es[i], b.es[j])
		}
	})
	known := b.labelled(labels)

	var sum [nFields][]float64
	var weight [nFields]float64
	for f := range nFields {
		sum[f] = make([]float64, len(fieldLevels[f]))
	}
	for p := range nPasses {
		counts := map[vector]float64{}
		for k := range keys {
			if passes[k]&(1<<p) == 0 {
				continue
			}
			v := comps[k].v
			for _, f := range passFields[p] {
				v[f] = -1
			}
			counts[v]++
		}
		if len(counts) == 0 {
			continue
		}
		pm := DefaultModel(b.opt)
		for f := range nFields {
			for l := range pm.Fields[f].Levels {
				pm.Fields[f].Levels[l].U = m.Fields[f].Levels[l].U
			}
		}
		matches := estimateM(pm, counts, known)
		for f := range nFields {
			if slices.Contains(passFields[p], f) {
				continue
			}
			for l, lv := range pm.Fields[f].Levels {
				sum[f][l] += matches * lv.M
			}
			weight[f] += matches
		}
	}
	for f := range nFields {
		if weight[f] > 0 {
			for l := range sum[f] {
				m.Fields[f].Levels[l].M = sum[f][l] / weight[f]
			}
		}
	}
	all := map[vector]float64{}
	for _, c := range comps {
		all[c.v]++
	}
	// The prior is the share of matches among all pairs, not among the candidates: blocking
	// found the candidates by the very agreements their weights count.
	n := float64(len(b.es))
	if n >= 2 {
		m.Prior = estimatePrior(m, all) * float64(len(b.pairs)) / (n * (n - 1) / 2)
		m.Prior = math.Min(0.5, math.Max(m.Prior, 1e-12))
	}
	m.prepareWeights()
	if sureDisagreement(m, comps, known) {
		m.prepareWeights()
	}
	return m
}

// sureBits is the weight in bits, prior included, that a pair's other fields must give for
// sureDisagreement to count it as one person's two records: odds of 30,000 to one.
const sureBits = 15

// minSurePairs is the fewest sure pairs that know a field for sureDisagreement to measure it.
const minSurePairs = 200

// sureDisagreement sets, for each field but the name, how often two records of one person
// disagree outright: among the compared pairs whose other fields alone make them a match beyond
// doubt (sureBits), and the pairs reviewers judged the same, the share that disagree on the
// field. The other levels keep their shares of the rest. Expectation maximisation overstates
// it: its "match" class takes in namesakes of one county and year, who differ in sex, number
// and sentence. At 200,000 generator people EM gave 0.8 % for two sexes, 7.7 % for two
// numbers and 1.6 % for two homes, where the people's own records disagree in 0 %, 0.2 % and
// 0.02 %; the sure pairs gave 0.006 %, 0.3 % and 0.01 %. It returns whether it changed m.
func sureDisagreement(m *Model, comps []comparison, known []labelled) bool {
	// Every share is measured with the model EM gave, before any is changed.
	weights := make([]float64, len(comps))
	for k := range comps {
		weights[k] = m.weight(&comps[k])
	}
	var shares [nFields]float64
	for f := range nFields {
		shares[f] = -1
		last := len(m.Fields[f].Levels) - 1
		if f == fName || last < 1 {
			continue
		}
		n, differ := 0, 0
		count := func(l int8) {
			if l >= 0 {
				n++
				if int(l) == last {
					differ++
				}
			}
		}
		for k := range comps {
			c := &comps[k]
			if c.v[f] >= 0 && weights[k]-m.levelWeight(c, f) >= sureBits {
				count(c.v[f])
			}
		}
		for _, k := range known {
			if k.match {
				count(k.v[f])
			}
		}
		if n >= minSurePairs {
			shares[f] = math.Max(minLevelShare, (float64(differ)+priorPairs*defaultM[f][last])/(float64(n)+priorPairs))
		}
	}
	changed := false
	for f, share := range shares {
		if share >= 0 {
			ms := levelsM(m, f)
			setDisagreement(ms, share)
			setLevelsM(m, f, ms)
			changed = true
		}
	}
	return changed
}

// levelsM returns a copy of field f's m, level by level; setLevelsM stores it back.
func levelsM(m *Model, f int) []float64 {
	ms := make([]float64, len(m.Fields[f].Levels))
	for l, lv := range m.Fields[f].Levels {
		ms[l] = lv.M
	}
	return ms
}

func setLevelsM(m *Model, f int, ms []float64) {
	for l := range m.Fields[f].Levels {
		m.Fields[f].Levels[l].M = ms[l]
	}
}

// labelled compares the pairs reviewers judged.
func (b *batch) labelled(labels []tizim.Judgement) []labelled {
	var known []labelled
	for _, j := range labels {
		if j.Automatic() || (j.Verdict != tizim.Same && j.Verdict != tizim.Different) {
			continue
		}
		ia, okA := b.index.get(j.A)
		ib, okB := b.index.get(j.B)
		if !okA || !okB || ia == ib {
			continue
		}
		c := compare(b.es[ia], b.es[ib], b.tf)
		known = append(known, labelled{c.v, j.Verdict == tizim.Same})
	}
	return known
}

type labelled struct {
	v     vector
	match bool
}

// estimateU sets u from random pairs of records, shrunk towards the defaults.
func (b *batch) estimateU(m *Model) {
	n := len(b.es)
	if n < 2 {
		return
	}
	draws := min(randomPairs, n*(n-1)/2, 50*n)
	rng := rand.New(rand.NewPCG(uint64(n), 0x7469_7a69_6d))
	sample := make([]uint64, 0, draws)
	for range draws {
		i, j := rng.IntN(n), rng.IntN(n-1)
		if j >= i {
			j++
		}
		sample = append(sample, uint64(min(i, j))<<32|uint64(max(i, j)))
	}
	var counts [nFields][]float64
	for f := range nFields {
		counts[f] = make([]float64, len(fieldLevels[f]))
	}
	rarity := make([]float64, len(nameLevels))
	nearHome, sharedNearHome := 0.0, 0.0
	for _, c := range b.compareAll(sample, true) {
		if c.v[fHome] == 0 && c.v[fFacility] >= 0 {
			nearHome++
			if c.v[fFacility] == 0 {
				sharedNearHome++
			}
		}
		for f, l := range c.v {
			if l >= 0 {
				counts[f][l]++
			}
		}
		if l := c.v[fName]; l >= 0 {
			rarity[l] += c.logFreq
		}
	}
	if nearHome >= minRaritySample {
		u := defaultU[fFacility][0]
		m.FacilityNearHome = math.Max(minLevelShare, (sharedNearHome+priorPairs*u)/(nearHome+priorPairs))
	}
	m.RarityBase = make([]float64, len(nameLevels))
	for l := range nameLevels {
		if counts[fName][l] >= minRaritySample {
			m.RarityBase[l] = rarity[l] / counts[fName][l]
		} else {
			m.RarityBase[l] = math.Log2(max(counts[fName][l], 1) / float64(draws))
		}
	}
	for f := range nFields {
		total := priorPairs
		for _, c := range counts[f] {
			total += c
		}
		for l := range counts[f] {
			m.Fields[f].Levels[l].U = math.Max(minLevelShare, (counts[f][l]+priorPairs*defaultU[f][l])/total)
		}
	}
}

// estimateM runs expectation maximisation for m and the prior, with u fixed, over the counts of
// each comparison vector; labelled pairs keep their known answer.
func estimateM(m *Model, counts map[vector]float64, known []labelled) (matches float64) {
	type pattern struct {
		v     vector
		n     float64
		fixed float64 // -1, or the known probability of a match
	}
	var ps []pattern
	total := 0.0
	for _, v := range inOrder(counts) {
		n := counts[v]
		ps = append(ps, pattern{v, n, -1})
		total += n
	}
	for _, k := range known {
		p := pattern{k.v, 1, 0}
		if k.match {
			p.fixed = 1
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return 0
	}
	prior := emStartPrior
	var acc [nFields][]float64
	for iter := 0; iter < emIterations; iter++ {
		for f := range nFields {
			acc[f] = make([]float64, len(fieldLevels[f]))
		}
		matches = 0.0
		for _, p := range ps {
			g := p.fixed
			if g < 0 {
				lm, lu := math.Log(prior), math.Log(1-prior)
				for f, l := range p.v {
					if l >= 0 {
						lm += math.Log(m.Fields[f].Levels[l].M)
						lu += math.Log(m.Fields[f].Levels[l].U)
					}
				}
				g = 1 / (1 + math.Exp(lu-lm))
				matches += p.n * g
			}
			for f, l := range p.v {
				if l >= 0 {
					acc[f][l] += p.n * g
				}
			}
		}
		change := 0.0
		for f := range nFields {
			sum := priorPairs
			for _, a := range acc[f] {
				sum += a
			}
			next := make([]float64, len(acc[f]))
			for l := range acc[f] {
				next[l] = math.Max(minLevelShare, (acc[f][l]+priorPairs*defaultM[f][l])/sum)
			}
			capDisagreement(f, next)
			for l, v := range next {
				change = math.Max(change, math.Abs(v-m.Fields[f].Levels[l].M))
				m.Fields[f].Levels[l].M = v
			}
		}
		if total > 0 {
			prior = math.Min(0.999, math.Max(1e-6, matches/total))
		}
		if change < emTolerance {
			break
		}
	}
	m.Prior = prior
	return matches
}

// maxDisagreement bounds, for the fields that identify a person, how often two records of one
// person may disagree outright. Without the bound EM can drift, on a large corpus full of
// namesakes and relatives, to a "match" class that is really "same name, same county": its
// records disagree on birth dates and numbers most of the time.
var maxDisagreement = map[int]float64{fBirth: 0.2, fID: 0.15, fSex: 0.05}

// capDisagreement applies maxDisagreement to the last level of field f's m.
func capDisagreement(f int, m []float64) {
	if limit, ok := maxDisagreement[f]; ok && m[len(m)-1] > limit {
		setDisagreement(m, limit)
	}
}

// setDisagreement sets the last level of m, outright disagreement, to share, and gives the
// other levels the rest in proportion (evenly when they had none).
func setDisagreement(m []float64, share float64) {
	last := len(m) - 1
	rest := 1 - m[last]
	for l := range m[:last] {
		if rest > 0 {
			m[l] *= (1 - share) / rest
		} else {
			m[l] = (1 - share) / float64(last)
		}
	}
	m[last] = share
}

// estimatePrior finds, with m and u fixed, the share of matches among comparison vectors.
func estimatePrior(m *Model, counts map[vector]float64) float64 {
	prior, total := emStartPrior, 0.0
	vs := inOrder(counts)
	for _, v := range vs {
		total += counts[v]
	}
	if total == 0 {
		return prior
	}
	type lr struct{ ratio, n float64 }
	var ps []lr
	for _, v := range vs {
		n := counts[v]
		r := 0.0
		for f, l := range v {
			if l >= 0 {
				r += math.Log(m.Fields[f].Levels[l].M) - math.Log(m.Fields[f].Levels[l].U)
			}
		}
		ps = append(ps, lr{r, n})
	}
	for range emIterations {
		matches := 0.0
		for _, p := range ps {
			matches += p.n / (1 + math.Exp(-p.ratio-math.Log(prior/(1-prior))))
		}
		next := math.Min(0.999, math.Max(1e-6, matches/total))
		if math.Abs(next-prior) < emTolerance {
			return next
		}
		prior = next
	}
	return prior
}

// inOrder returns the vectors of counts in a fixed order. EM sums over them, and a map's order
// changes from run to run: summed in another order, the floating-point estimates differed in
// their last digits, so that two runs of tizim dedup on the same records stored models (and
// review evidence) that differed there.
func inOrder(counts map[vector]float64) []vector {
	vs := make([]vector, 0, len(counts))
	for v := range counts {
		vs = append(vs, v)
	}
	slices.SortFunc(vs, func(a, b vector) int { return slices.Compare(a[:], b[:]) })
	return vs
}
