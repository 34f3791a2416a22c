package resolve

import "math"

// nameGrid holds how every name form of one record compares with every form of another on keys
// and spelling (keyedForms), so that scoring a pair computes it once: the bound on what aligning
// could add, the keyed level and the aligned level all read the same grid.
type nameGrid struct {
	a, b  *entry
	ms    [maxForms * maxForms]nameMatch // form i of a against form j of b at i*len(b.forms)+j
	align [maxForms * maxForms]bool      // whether aligning across scripts could raise ms
}

// gridOf compares the name forms of a and b on their keys and spelling.
func gridOf(a, b *entry, tf *termFreq) (g nameGrid) {
	g.a, g.b = a, b
	for i := range a.forms {
		for j := range b.forms {
			k := i*len(b.forms) + j
			g.ms[k] = keyedForms(a.forms[i], b.forms[j], tf)
			g.align[k] = needsAlignment(a.forms[i], b.forms[j], g.ms[k].level)
		}
	}
	return g
}

// keyed is keyedNames read from the grid.
func (g *nameGrid) keyed() (best nameMatch, open bool) {
	best = nameMatch{level: -1}
	for k := range len(g.a.forms) * len(g.b.forms) {
		m := g.ms[k]
		open = open || g.align[k]
		if best.level < 0 || m.level < best.level || (m.level == best.level && m.logFreq < best.logFreq) {
			best = m
		}
	}
	return best, open
}

// names is compareNames read from the grid: forms the keys left apart across scripts are aligned.
func (g *nameGrid) names(tf *termFreq, mc *memo) nameMatch {
	best := nameMatch{level: -1}
	for i := range g.a.forms {
		for j := range g.b.forms {
			k := i*len(g.b.forms) + j
			m := g.ms[k]
			if g.align[k] {
				x, y := fewerPartsFirst(g.a.forms[i], g.b.forms[j])
				if l := mc.aligned(x, y); l < m.level {
					m = nameMatch{level: l, logFreq: alignedFreqsOf(x, y, tf).at(l, m.logFreq)}
				}
			}
			if best.level < 0 || m.level < best.level || (m.level == best.level && m.logFreq < best.logFreq) {
				best = m
			}
		}
	}
	return best
}

// headroom is the most the names can add to a pair's weight, the term-frequency adjustment
// included, whatever aligning them across scripts finds: aligning can only raise a form pair's
// level, with the frequency alignedFreqs gives that level.
func (m *Model) headroom(g *nameGrid, tf *termFreq) float64 {
	best := math.Inf(-1)
	try := func(l int8, logFreq float64) {
		c := comparison{logFreq: logFreq}
		c.v[fName] = l
		best = max(best, m.weights[fName][l]+m.tfAdjust(&c))
	}
	for i := range g.a.forms {
		for j := range g.b.forms {
			k := i*len(g.b.forms) + j
			f := g.ms[k]
			try(f.level, f.logFreq)
			if g.align[k] {
				af := alignedFreqsOf(g.a.forms[i], g.b.forms[j], tf)
				for l := range f.level {
					try(l, af.at(l, f.logFreq))
				}
			}
		}
	}
	return best
}

// alignedFreqs is the log2 frequency of what two forms share when aligning them across scripts
// raises them to a level (at): at the exact, subset and fuzzy levels every part of the one of
// fewer parts aligned, so the sum of its parts' frequencies, over either form's keys, the more
// common of the two (parts), and at the exact level the whole name's if commoner still (whole),
// as keyedForms counts them. The frequency of the parts the keys agreed on stays for the lower
// levels, where which parts aligned is not known. The keys alone often agree on one part of a
// name in Chinese characters against its Latin spelling (or on none): with that part's
// frequency, every such pair aligned to the exact level counted as a common name, and at
// 200,000 generator people the pairs of the exact level at the rarity adjustment's floor (-4
// bits) were one person's in 94.5 % of cases.
type alignedFreqs struct{ parts, whole float64 }

// alignedFreqsOf reads the frequencies once for every level at reads them at.
func alignedFreqsOf(x, y *nameForm, tf *termFreq) alignedFreqs {
	fx, fy := freqsOf(x, tf), freqsOf(y, tf)
	return alignedFreqs{parts: max(fx.parts, fy.parts), whole: max(fx.whole, fy.whole)}
}

// freqsOf returns a form's own frequencies: as its batch counted them, or else looked up.
func freqsOf(x *nameForm, tf *termFreq) formFreqs {
	if x.freqs != nil {
		return *x.freqs
	}
	return lookUpFreqs(x, tf)
}

// lookUpFreqs looks a form's own frequencies up in tf.
func lookUpFreqs(x *nameForm, tf *termFreq) formFreqs {
	return formFreqs{parts: partsFreq(x, tf), whole: tf.log2(x.whole)}
}

// countForms gives every form of a batch its own frequencies, once the batch's term
// frequencies are complete, which nothing changes afterwards. They depend on the form alone,
// but aligning and bounding names across scripts read them for every pair of forms they
// compare: at a million people, 11.5 CPU-s of map lookups and logarithms while scoring. The
// forms are distinct: each is written by one worker. Forms of another batch, or of a Resolver
// whose frequencies grow with each record, are never given theirs.
func countForms(forms []*nameForm, tf *termFreq, workers int) {
	fs := make([]formFreqs, len(forms))
	parallel(len(forms), workers, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			fs[k] = lookUpFreqs(forms[k], tf)
			forms[k].freqs = &fs[k]
		}
	})
}

// at is the frequency at level l, keyed that of the parts the keys agreed on.
func (a alignedFreqs) at(l int8, keyed float64) float64 {
	switch {
	case l > nameFuzzy:
		return keyed
	case l == nameExact:
		return max(a.parts, a.whole)
	}
	return a.parts
}

// fewerPartsFirst returns two name forms, the one of fewer parts first, as they are compared.
func fewerPartsFirst(a, b *nameForm) (*nameForm, *nameForm) {
	if len(a.parts) > len(b.parts) {
		return b, a
	}
	return a, b
}

// partsFreq is the sum of the log2 frequencies of a form's parts, each by its first key.
func partsFreq(x *nameForm, tf *termFreq) float64 {
	f := 0.0
	for i := range x.parts {
		if ks := x.keys(i); len(ks) > 0 {
			f += tf.log2(ks[0])
		}
	}
	return f
}

// nameCeiling is the most the names of any pair can add to its weight: the best name level's
// weight with the largest term-frequency adjustment, or nothing (a record without a name).
func (m *Model) nameCeiling() float64 {
	top := 0.0
	for l := range len(nameLevels) {
		w := 0.0
		if l < len(m.weights[fName]) {
			w = m.weights[fName][l]
		}
		if l < len(tfLevels) && tfLevels[l] {
			w += max(0, tfMax)
		}
		top = max(top, w)
	}
	return top
}
