package synth

import (
	"math/rand/v2"

	"github.com/tizim/tizim"
)

// Count is how often a kind of noise could have happened and how often it did.
type Count struct {
	Eligible, Applied int
}

// Rate returns Applied/Eligible, or 0 when there was no opportunity.
func (c Count) Rate() float64 {
	if c.Eligible == 0 {
		return 0
	}
	return float64(c.Applied) / float64(c.Eligible)
}

// SourceStats is what was generated for one source.
type SourceStats struct {
	Key     string
	Kind    tizim.SourceKind
	Script  string // the script its names are written in (han, latin, arabic, cyrillic)
	Records int
	// IDs is the number of its records with an identity number.
	IDs int
	// Noise counts each kind of noise, indexed by Noise; Rates the rate the source was
	// generated with.
	Noise [noiseKinds]Count
	Rates [noiseKinds]float64
}

// Stats reports what Generate wrote: counts for the summary line, and for tests that hold the
// generator to its documented rates.
type Stats struct {
	People, Families, Records, Facilities int
	Sources                               []SourceStats
	// Consent counts records by consent level.
	Consent map[tizim.Consent]int
	// RecordsPerPerson[n] is the number of people with n records.
	RecordsPerPerson []int
}

// Noise sums a kind of noise over all sources.
func (s *Stats) Noise(n Noise) Count {
	var c Count
	for _, src := range s.Sources {
		c.Eligible += src.Noise[n].Eligible
		c.Applied += src.Noise[n].Applied
	}
	return c
}

// tally counts as records are generated.
type tally struct {
	sources   []SourceStats
	consent   map[tizim.Consent]int
	perPerson []int
}

func newTally(srcs []source) *tally {
	t := &tally{consent: map[tizim.Consent]int{}}
	for _, s := range srcs {
		t.sources = append(t.sources, SourceStats{Key: s.key, Kind: s.kind, Script: styleScripts[s.style], Rates: s.rates})
	}
	return t
}

// roll decides whether noise n happens at one of its opportunities in source src, and counts it.
func (t *tally) roll(r *rand.Rand, src *source, n Noise) bool {
	c := &t.sources[src.index].Noise[n]
	c.Eligible++
	if chance(r, src.rates[n]) {
		c.Applied++
		return true
	}
	return false
}

// record counts a finished record.
func (t *tally) record(src *source, c *[numColumns]string) {
	s := &t.sources[src.index]
	s.Records++
	if c[colIDNumber] != "" {
		s.IDs++
	}
	t.consent[tizim.Consent(c[colConsent])]++
}

// person counts a person with n records.
func (t *tally) person(n int) {
	for len(t.perPerson) <= n {
		t.perPerson = append(t.perPerson, 0)
	}
	t.perPerson[n]++
}

// reset empties the tally for reuse.
func (t *tally) reset() {
	for i := range t.sources {
		t.sources[i].Records, t.sources[i].IDs = 0, 0
		t.sources[i].Noise = [noiseKinds]Count{}
	}
	clear(t.consent)
	t.perPerson = t.perPerson[:0]
}

// add adds the counts of u to t.
func (t *tally) add(u *tally) {
	for i := range t.sources {
		s, o := &t.sources[i], &u.sources[i]
		s.Records += o.Records
		s.IDs += o.IDs
		for k := range s.Noise {
			s.Noise[k].Eligible += o.Noise[k].Eligible
			s.Noise[k].Applied += o.Noise[k].Applied
		}
	}
	for c, n := range u.consent {
		t.consent[c] += n
	}
	for n, people := range u.perPerson {
		for len(t.perPerson) <= n {
			t.perPerson = append(t.perPerson, 0)
		}
		t.perPerson[n] += people
	}
}
