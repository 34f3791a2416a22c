package synth

import (
	"math/rand/v2"
	"time"

	"github.com/tizim/tizim"
)

// episode is one period of a generated detention history.
type episode struct {
	status   tizim.Status
	start    time.Time
	facility *facility // nil where the status has no place (released, disappeared)
	sentence int       // years; -1 for life; 0 when not sentenced
	charge   int       // index into charges, for sentenced episodes
}

// next is one possible successor of a status, with its weight; "" ends the history.
type next struct {
	status tizim.Status
	weight float64
}

// transitions is the chain that detention histories follow: from each status, what came next.
// The weights are invented to give the mix that public testimony databases describe: most
// people held first in a detention centre or camp, many then sentenced or "graduated" into
// forced labour or restrictions, a few dead in custody.
var transitions = map[tizim.Status][]next{
	"":                     {{tizim.Detained, 40}, {tizim.Camp, 50}, {tizim.Disappeared, 10}},
	tizim.Detained:         {{tizim.Camp, 40}, {tizim.Sentenced, 40}, {tizim.Released, 15}, {tizim.DiedInCustody, 1}, {"", 4}},
	tizim.Camp:             {{tizim.Released, 30}, {tizim.Sentenced, 20}, {tizim.ForcedLabour, 15}, {tizim.Restricted, 10}, {tizim.DiedInCustody, 2}, {"", 23}},
	tizim.Sentenced:        {{"", 85}, {tizim.Released, 10}, {tizim.DiedInCustody, 5}},
	tizim.ForcedLabour:     {{"", 70}, {tizim.Released, 30}},
	tizim.Released:         {{"", 70}, {tizim.Restricted, 25}, {tizim.DiedAfterRelease, 5}},
	tizim.Restricted:       {{"", 1}},
	tizim.Disappeared:      {{"", 70}, {tizim.Sentenced, 20}, {tizim.Camp, 10}},
	tizim.DiedInCustody:    {{"", 1}},
	tizim.DiedAfterRelease: {{"", 1}},
}

// monthsIn is how long each status lasts before the next one, in months [min, max].
var monthsIn = map[tizim.Status][2]int{
	tizim.Detained: {1, 8}, tizim.Camp: {6, 30}, tizim.Sentenced: {12, 60}, tizim.ForcedLabour: {6, 24},
	tizim.Released: {3, 24}, tizim.Disappeared: {6, 36},
}

// startYears weights the year a history starts: the mass detentions of 2017–2018, with earlier
// and later arrests.
var startYears = []float64{2014: 4, 2015: 5, 2016: 10, 2017: 45, 2018: 30, 2019: 6}

// sentenceYears are the lengths of sentences, weighted; -1 is life.
var sentenceYears = []struct {
	years  int
	weight float64
}{{3, 8}, {5, 14}, {7, 10}, {10, 20}, {13, 8}, {15, 14}, {16, 4}, {20, 12}, {-1, 6}, {-2, 4}}

// charges are offences of the PRC Criminal Law as courts in Xinjiang cite them (Chinese name of
// the offence and its usual English translation), weighted.
var charges = []struct {
	zh, en string
	weight float64
}{
	{"分裂国家罪", "separatism", 20},
	{"煽动分裂国家罪", "inciting separatism", 15},
	{"煽动民族仇恨、民族歧视罪", "inciting ethnic hatred", 15},
	{"宣扬恐怖主义、极端主义罪", "advocating terrorism and extremism", 20},
	{"利用极端主义破坏法律实施罪", "using extremism to undermine the law", 15},
	{"聚众扰乱社会秩序罪", "gathering a crowd to disturb social order", 8},
	{"寻衅滋事罪", "picking quarrels and provoking trouble", 7},
}

// historyTables holds the samplers of the history tables.
type historyTables struct {
	next      map[tizim.Status]weighted
	start     weighted
	sentences weighted
	charges   weighted
}

func newHistoryTables() historyTables {
	h := historyTables{next: map[tizim.Status]weighted{}}
	for st, ns := range transitions {
		ws := make([]float64, len(ns))
		for i, n := range ns {
			ws[i] = n.weight
		}
		h.next[st] = newWeighted(ws)
	}
	h.start = newWeighted(startYears)
	ws := make([]float64, len(sentenceYears))
	for i, s := range sentenceYears {
		ws[i] = s.weight
	}
	h.sentences = newWeighted(ws)
	ws = make([]float64, len(charges))
	for i, c := range charges {
		ws[i] = c.weight
	}
	h.charges = newWeighted(ws)
	return h
}

// maxEpisodes bounds a history.
const maxEpisodes = 5

// history generates a detention history for a person living in home.
func (g *generator) history(r *rand.Rand, home *county, into []episode) []episode {
	h := &g.hist
	t := dayIn(r, h.start.draw(r))
	var prev tizim.Status
	for len(into) < maxEpisodes {
		ns := transitions[prev]
		st := ns[h.next[prev].draw(r)].status
		if st == "" {
			break
		}
		e := episode{status: st, start: t, facility: g.facilityFor(r, st, home, into)}
		if st == tizim.Sentenced {
			e.sentence = sentenceYears[h.sentences.draw(r)].years
			if e.sentence == -2 { // a suspended death sentence, written as life here
				e.sentence = -1
			}
			e.charge = h.charges.draw(r)
		}
		into = append(into, e)
		m := monthsIn[st]
		if m[1] == 0 {
			break
		}
		t = t.AddDate(0, m[0]+r.IntN(m[1]-m[0]+1), r.IntN(28))
		prev = st
	}
	return into
}

// currentEpisode returns the last episode that had begun at asOf, or the first one: a source
// describes what it knew when it was written.
func currentEpisode(eps []episode, asOf time.Time) *episode {
	if len(eps) == 0 {
		return nil
	}
	cur := &eps[0]
	for i := range eps {
		if !eps[i].start.After(asOf) {
			cur = &eps[i]
		}
	}
	return cur
}

// statusFacility is the kind of place where each status is lived out; statuses not listed
// (released, restricted, disappeared) have no place.
var statusFacility = map[tizim.Status]tizim.FacilityKind{
	tizim.Detained: tizim.DetentionCentre, tizim.Camp: tizim.CampFacility, tizim.Sentenced: tizim.Prison,
	tizim.ForcedLabour: tizim.ForcedLabourSite,
}

// facilityFor chooses where an episode of status st happened: near home for arrests and camps,
// in the prefecture or further for prisons and forced labour; a death in custody happened where
// the person was last held.
func (g *generator) facilityFor(r *rand.Rand, st tizim.Status, home *county, before []episode) *facility {
	if st == tizim.DiedInCustody {
		if len(before) > 0 {
			return before[len(before)-1].facility
		}
		return nil
	}
	kind, ok := statusFacility[st]
	if !ok {
		return nil
	}
	if kind == tizim.DetentionCentre && chance(r, 0.3) {
		kind = tizim.PoliceStation // held at a police station before the detention centre
	}
	if fs := g.facilitiesIn[home.d.Code][kind]; len(fs) > 0 && chance(r, 0.8) {
		return pick(r, fs)
	}
	if fs := g.facilitiesInPrefecture[home.prefix][kind]; len(fs) > 0 && chance(r, 0.8) {
		return pick(r, fs)
	}
	return pick(r, g.facilitiesOfKind[kind])
}

// dayIn returns a uniformly drawn day of year.
func dayIn(r *rand.Rand, year int) time.Time {
	return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
}
