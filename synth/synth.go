// Package synth generates a synthetic corpus with ground truth: people who never existed,
// detained in facilities placed in real Xinjiang counties, and the records that leaked police
// lists, PRC documents, family testimonies, Uyghur-language lists, Central Asian lists and media
// reports would hold about them, each written in that kind of source's script and habits and
// with errors at documented rates. Tizim's matcher, importer and web pages are tested and
// benchmarked on it at the scale of the real leaks without putting any real detained person's
// data into the repository.
//
// The idea is to write every record from a known person, so that the truth (which records are
// one person) is exact, and to make the difficulty realistic: very common names collide, a
// sibling shares a father's name and a home county, a father's given name is his child's second
// name, one person is 买买提·吐尔逊 in one list and Mehmet Tursun in another. Generation is
// deterministic for a seed on any machine (math/rand/v2 PCG, no maps iterated, no clock) and
// streams: memory does not grow with the number of people. docs/SYNTH.md documents the noise
// model and the sources of every table.
package synth

import (
	"cmp"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/tizim/tizim"
)

// Config says what to generate.
type Config struct {
	// Persons is the number of people; about 2.5 records are written per person.
	Persons int
	// Seed makes the corpus: the same seed gives the same bytes on every machine.
	Seed int64
	// Stats, when not nil, is filled with what was generated.
	Stats *Stats
}

// Writers are where Generate writes the three files of a corpus.
type Writers struct {
	// Records receives records.csv: the interchange columns (tizim.Columns).
	Records io.Writer
	// Truth receives truth.csv: source, record_id, person.
	Truth io.Writer
	// Facilities receives facilities.csv: key, kind, names in four scripts, division code,
	// latitude, longitude.
	Facilities io.Writer
}

// MaxPersons bounds Config.Persons: a hundred million people is far past any real list.
const MaxPersons = 100_000_000

// source is a sourceDef prepared for drawing.
type source struct {
	sourceDef
	index    int
	birth    layoutTable
	detained layoutTable
	rates    [noiseKinds]float64
}

// layoutTable draws a date layout.
type layoutTable struct {
	layouts []layout
	w       weighted
}

func (l layoutTable) draw(r *rand.Rand) layout { return l.layouts[l.w.draw(r)] }

func newLayoutTable(m map[layout]float64) layoutTable {
	var t layoutTable
	for l := range m {
		t.layouts = append(t.layouts, l)
	}
	slices.Sort(t.layouts) // map order is random: sort before building the sampler
	ws := make([]float64, len(t.layouts))
	for i, l := range t.layouts {
		ws[i] = m[l]
	}
	t.w = newWeighted(ws)
	return t
}

// generator holds the tables and the world (counties, facilities) a corpus is drawn from.
type generator struct {
	seed     uint64
	eths     []*ethnicity
	ethW     weighted
	counties []*county
	homes    map[string]weighted // by ethnicity key: index into counties

	facilities             []*facility
	facilitiesIn           map[string]map[tizim.FacilityKind][]*facility // by county code
	facilitiesInPrefecture map[string]map[tizim.FacilityKind][]*facility // by four-digit prefix
	facilitiesOfKind       map[tizim.FacilityKind][]*facility

	hist     historyTables
	sources  []source
	sourceW  weighted
	consent  weighted
	ages     weighted
	counts   weighted
	families weighted
}

// newGenerator prepares the tables and generates the facilities for seed.
func newGenerator(seed int64) *generator {
	g := &generator{seed: uint64(seed)}
	g.eths, g.ethW = ethnicities()
	g.counties = loadCounties()
	g.homes = map[string]weighted{}
	for _, e := range g.eths {
		perPrefix := map[string]int{}
		for _, c := range g.counties {
			perPrefix[c.prefix]++
		}
		ws := make([]float64, len(g.counties))
		for i, c := range g.counties {
			ws[i] = e.prefectures[c.prefix] / float64(perPrefix[c.prefix])
		}
		g.homes[e.key] = newWeighted(ws)
	}
	g.facilities = newFacilities(g.counties, newRand(g.seed, streamWorld))
	g.facilitiesIn = map[string]map[tizim.FacilityKind][]*facility{}
	g.facilitiesInPrefecture = map[string]map[tizim.FacilityKind][]*facility{}
	g.facilitiesOfKind = map[tizim.FacilityKind][]*facility{}
	for _, f := range g.facilities {
		add(g.facilitiesIn, f.county.d.Code, f)
		add(g.facilitiesInPrefecture, f.county.prefix, f)
		g.facilitiesOfKind[f.kind] = append(g.facilitiesOfKind[f.kind], f)
	}
	g.hist = newHistoryTables()
	ws := make([]float64, len(sources))
	for i, d := range sources {
		s := source{sourceDef: d, index: i, birth: newLayoutTable(d.birth), detained: newLayoutTable(d.detained), rates: defaultRates}
		for _, n := range sortedNoise(d.noise) {
			s.rates[n] = d.noise[n]
		}
		g.sources = append(g.sources, s)
		ws[i] = d.weight
	}
	g.sourceW = newWeighted(ws)
	ws = ws[:0:0]
	for _, c := range consentShares {
		ws = append(ws, c.weight)
	}
	g.consent = newWeighted(ws)
	ws = ws[:0:0]
	for _, b := range ageBands {
		ws = append(ws, b.weight)
	}
	g.ages = newWeighted(ws)
	g.counts = newWeighted(recordCounts)
	g.families = newWeighted(familySizes)
	return g
}

func add(m map[string]map[tizim.FacilityKind][]*facility, k string, f *facility) {
	if m[k] == nil {
		m[k] = map[tizim.FacilityKind][]*facility{}
	}
	m[k][f.kind] = append(m[k][f.kind], f)
}

func sortedNoise(m map[Noise]float64) []Noise {
	ns := make([]Noise, 0, len(m))
	for n := range m {
		ns = append(ns, n)
	}
	slices.SortFunc(ns, func(a, b Noise) int { return cmp.Compare(a, b) })
	return ns
}
