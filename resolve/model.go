package resolve

import (
	"math"

	"github.com/tizim/tizim"
)

// Options tune blocking, thresholds and clustering. The zero value of a field means its default.
type Options struct {
	// Upper is the match probability at or above which two records are merged (default 0.95);
	// Lower the one at or above which a pair not merged goes to the review queue (default 0.3).
	Upper, Lower float64
	// MaxBlock is the largest block compared pair by pair (default DefaultMaxBlock).
	MaxBlock int
	// MaxPairs is the candidate pairs a record keeps, its strongest by the blocks that found
	// them and the home, birth date and sex (default DefaultMaxPairs; negative, or more than
	// 255, for all): a pair stays when it is among the strongest of either record, so a record
	// may keep more.
	MaxPairs int `json:"max_pairs,omitempty"`
	// MinLinkage sets the mean match weight, over all pairs of records across two clusters, that
	// a merge of the two requires: the weight of this probability, log2(p/(1-p)) bits (default
	// DefaultMinLinkage, 0.75 bits). Each pair counts at most 20 bits either way (linkClip). One
	// strong link does not merge two groups whose other records disagree.
	MinLinkage float64
	// Workers is the number of goroutines that compare pairs (default 2).
	Workers int
	// LooseNames lets records whose names contradict each other (one part against another, or
	// nothing in common) merge on the other fields' evidence alone. By default they merge only
	// on an identity number or a birth date to the day: brothers share a father's name, a home,
	// a birth year and often a camp. Data whose sources write nicknames (Bill for William) for
	// one person may need it.
	LooseNames bool `json:"loose_names,omitempty"`
	// Progress, when set, is called as each stage of resolving a batch ends, with what the
	// stage did ("found 22636951 candidate pairs"): a full resolution of a million people
	// runs for minutes, and a command shows where it is. It is not part of a stored model.
	Progress func(stage string) `json:"-"`
}

// DefaultUpper and DefaultMinLinkage are the defaults of Options.Upper and Options.MinLinkage.
// Until the nineteenth session the linkage was the mean match probability (0.6 needed): a
// record with one strong link to a person and several pairs about even with the rest of that
// person's records (p 0.3, -1 bit: a one-part name, another status) was refused as if those
// pairs spoke against it. Weighed in bits, pairs about even count as about even, and pairs
// that contradict count by how much. At a million generator people (seed 1) 0.75 bits with
// Upper 0.93 gives precision 0.981 and recall 0.951, where the mean probability with the same
// Upper gave 0.981 and 0.948 (seed 2: 0.981 / 0.951; seed 3: 0.982 / 0.949). A lower
// linkage with a higher Upper gives more precision at the same recall than the other way
// round (docs/PERFORMANCE.md, "The linkage in bits (nineteenth session)").
const (
	DefaultUpper      = 0.93
	DefaultMinLinkage = 0.6271 // 0.75 bits: 2^0.75 / (1 + 2^0.75)
)

// linkageWeight is the mean weight, in bits, that a merge of two clusters needs.
func (o Options) linkageWeight() float64 { return weightOf(o.MinLinkage) }

func (o Options) withDefaults() Options {
	if o.Upper <= 0 || o.Upper > 1 {
		o.Upper = DefaultUpper
	}
	if o.Lower <= 0 || o.Lower > o.Upper {
		o.Lower = min(0.3, o.Upper)
	}
	if o.MaxBlock <= 1 {
		o.MaxBlock = DefaultMaxBlock
	}
	if o.MaxPairs == 0 {
		o.MaxPairs = DefaultMaxPairs
	}
	if o.MinLinkage <= 0 || o.MinLinkage > 1 {
		o.MinLinkage = DefaultMinLinkage
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	return o
}

// Level is one level of agreement of a field with its probabilities: M among pairs of records of
// one person, U among pairs of two.
type Level struct {
	Name string  `json:"name"`
	M    float64 `json:"m"`
	U    float64 `json:"u"`
}

// Weight is the level's contribution to a pair's match weight, in bits: log2(M/U).
func (l Level) Weight() float64 { return math.Log2(l.M / l.U) }

// Field is a compared field and its levels, best agreement first.
type Field struct {
	Name   string  `json:"name"`
	Levels []Level `json:"levels"`
}

// Model is a trained Fellegi–Sunter model. Its exported fields are what training learned and can
// be stored and read back as JSON; term frequencies are counted afresh from the records a Dedup or
// Resolver is given.
type Model struct {
	Fields []Field `json:"fields"`
	// Prior is the share of candidate pairs that are one person.
	Prior float64 `json:"prior"`
	// RarityBase holds, per name level, the mean log2 frequency of the agreeing name parts
	// between random records that agree at that level: the term-frequency adjustment is how far
	// a pair's parts are rarer than that.
	RarityBase []float64 `json:"rarity_base"`
	// FacilityNearHome is u of a shared facility between two people of one home: most people
	// are held near home, so there a shared facility is weaker evidence than between random
	// records (0: not estimated, the field's own u holds).
	FacilityNearHome float64 `json:"facility_near_home,omitempty"`
	Options          Options `json:"options"`

	weights [nFields][]float64
}

// Evidence is one field's contribution to a pair's match weight: the level at which the field
// agreed and its weight in bits (positive for a match, negative against). The field "prior" holds
// the weight every pair starts with, and "name" at level "rarity" the term-frequency adjustment
// for how rare the agreeing name parts are, so the weights add up to the pair's total. It is the
// review queue's tizim.Evidence, so that a full resolution's pairs (some 800,000 at a million
// people, about ten contributions each) go to the queue without a copy.
type Evidence = tizim.Evidence

// Pair is two records compared: their ids, the probability that they are one person, the total
// match weight in bits and the evidence it adds up from.
type Pair struct {
	A        int64      `json:"a"`
	B        int64      `json:"b"`
	Prob     float64    `json:"prob"`
	Weight   float64    `json:"weight"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// tfLevels are the name levels whose weight is adjusted for the rarity of the agreeing parts.
var tfLevels = [...]bool{nameExact: true, nameSubset: true, nameFuzzy: true, namePartial: true}

// Bounds of the term-frequency adjustment, in bits: a name never seen before is rare, not proof.
const (
	tfMin = -4.0
	tfMax = 4.0
)

// prepareWeights caches log2(M/U) per level.
func (m *Model) prepareWeights() {
	for f := range m.Fields {
		if f >= nFields {
			break
		}
		m.weights[f] = make([]float64, len(m.Fields[f].Levels))
		for l, lv := range m.Fields[f].Levels {
			m.weights[f][l] = lv.Weight()
		}
	}
}

func (m *Model) priorWeight() float64 { return math.Log2(m.Prior / (1 - m.Prior)) }

// tfAdjust is the term-frequency adjustment for a comparison: how much rarer the agreeing name
// parts are than an agreement at that level between two random records.
func (m *Model) tfAdjust(c *comparison) float64 {
	l := c.v[fName]
	if l < 0 || int(l) >= len(tfLevels) || !tfLevels[l] || c.logFreq == 0 {
		return 0
	}
	base := math.Log2(m.Fields[fName].Levels[l].U)
	if int(l) < len(m.RarityBase) {
		base = m.RarityBase[l]
	}
	adj := base - c.logFreq
	return math.Max(tfMin, math.Min(tfMax, adj))
}

// weight returns the total match weight of a comparison in bits.
func (m *Model) weight(c *comparison) float64 {
	w := m.priorWeight()
	for f, l := range c.v {
		if l >= 0 && int(l) < len(m.weights[f]) {
			w += m.levelWeight(c, f)
		}
	}
	return w + m.tfAdjust(c)
}

// levelWeight is the weight of field f at its level in c, which must be known. A facility
// shared or not between two records of one home is weighed against people of one home.
func (m *Model) levelWeight(c *comparison, f int) float64 {
	l := c.v[f]
	if f == fFacility && c.v[fHome] == 0 && m.FacilityNearHome > 0 && m.FacilityNearHome < 1 && len(m.Fields[f].Levels) == 2 {
		u := m.FacilityNearHome
		if l != 0 {
			u = 1 - u
		}
		return log2(m.Fields[f].Levels[l].M / u)
	}
	return m.weights[f][l]
}

// probability turns a match weight in bits into a probability.
func probability(w float64) float64 { return 1 / (1 + math.Exp2(-w)) }

// evidence lists the contributions that make up a comparison's weight.
func (m *Model) evidence(c *comparison) []Evidence { return m.appendEvidence(nil, c) }

// maxEvidence is the most contributions a comparison has: the prior, each field, the rarity.
const maxEvidence = nFields + 2

// fromIDLevels names each field's levels as evidence when the value came from an identity
// number, made once instead of for every pair.
var fromIDLevels = func() (out [nFields][]string) {
	for f, ls := range fieldLevels {
		for _, l := range ls {
			out[f] = append(out[f], l+fromIDSuffix)
		}
	}
	return out
}()

const (
	fromIDSuffix  = " (from id number)"
	fromAgeSuffix = " (from an age)"
)

// appendEvidence appends the contributions to a comparison's weight (see evidence) to ev.
func (m *Model) appendEvidence(ev []Evidence, c *comparison) []Evidence {
	ev = append(ev, Evidence{Field: priorField, Weight: m.priorWeight()})
	for f, l := range c.v {
		if l >= 0 && int(l) < len(m.weights[f]) {
			level := m.Fields[f].Levels[l].Name
			if c.fromID&(1<<f) != 0 {
				if int(l) < len(fromIDLevels[f]) && level == fieldLevels[f][l] {
					level = fromIDLevels[f][l]
				} else {
					level += fromIDSuffix
				}
			}
			if f == fBirth && c.fromAge {
				level += fromAgeSuffix
			}
			ev = append(ev, Evidence{Field: m.Fields[f].Name, Level: level, Weight: m.levelWeight(c, f)})
		}
	}
	if adj := m.tfAdjust(c); adj != 0 {
		ev = append(ev, Evidence{Field: fieldNames[fName], Level: rarityLevel, Weight: adj})
	}
	return ev
}

// pair builds the Pair for a comparison of records a and b.
func (m *Model) pair(a, b int64, c *comparison, withEvidence bool) Pair {
	w := m.weight(c)
	p := Pair{A: min(a, b), B: max(a, b), Prob: probability(w), Weight: w}
	if withEvidence {
		p.Evidence = m.evidence(c)
	}
	return p
}

func log2(x float64) float64 { return math.Log2(x) }

// enoughEvidence reports whether a comparison may merge two records automatically: two fields
// or more speak for it, or an identity number agrees exactly. One weak field (a common name, a
// birth year) never merges records on its own, however high its weight.
//
// Names that contradict each other merge only on an identifier. A part against another part
// (brothers share a father's name, a home, a birth year and often a camp) needs an identity
// number that agrees (exactly, one digit off, or masked but compatible) or a birth date that
// agrees to the day. Names with nothing in common, and birth dates years apart whatever the
// names, need the identity number: of the links the matcher made between such records at
// 200,000 generator people, those of the first kind (on a birthday) were right 30 times in 76,
// those of the second 85 times in 166. LooseNames lifts the rules on names, not on births.
func (m *Model) enoughEvidence(c *comparison) bool {
	if c.v[fID] == idExact {
		return true
	}
	idAgrees := c.v[fID] >= 0 && c.v[fID] < idDiffer
	if !idAgrees && c.v[fBirth] == birthDiffer {
		return false
	}
	if !m.Options.LooseNames && !idAgrees {
		switch {
		case c.v[fName] == nameDiffer:
			return false
		case c.v[fName] >= namePartial && c.v[fBirth] != birthExact:
			return false
		}
	}

	n := 0
	for f, l := range c.v {
		if l >= 0 && int(l) < len(m.weights[f]) && m.weights[f][l] > 0 {
			n++
		}
	}
	return n >= 2
}
