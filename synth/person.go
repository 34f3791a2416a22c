package synth

import (
	"math/rand/v2"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
)

// person is one generated human being: the ground truth that records are written from.
type person struct {
	father   bool      // the father of the others in the family
	dad      *[2]*name // the father's name parts when he is in the corpus too
	eth      *ethnicity
	sex      tizim.Sex
	parts    [2]*name // Turkic: own given name, father's given name; Hui: family name, given name
	birth    time.Time
	home     *county
	idNumber string
	episodes []episode
}

// ageBands weights a person's age in 2018, the height of the detentions: mostly working-age
// men and women, some elderly (public testimony databases report ages from teenagers to over
// eighty, most between 20 and 50).
var ageBands = []struct {
	min, max int
	weight   float64
}{{18, 29, 30}, {30, 39, 30}, {40, 49, 22}, {50, 59, 12}, {60, 85, 6}}

// oldestBirth is the earliest birth year of a generated person: 85 years old in 2018.
const oldestBirth = 2018 - 85

// youngestBirth is the latest birth year of a generated person: 16 years old in 2018 (minors
// were detained too, but rarely; siblings of an 18-year-old are kept at 16 or older).
const youngestBirth = 2018 - 16

// familySizes weights how many detained people one family unit contributes: most people are
// alone in the corpus, some with a father and siblings (index = size).
var familySizes = []float64{1: 70, 2: 17, 3: 8, 4: 4, 5: 1}

// family generates size people of one family: siblings who share their father's name, home
// county and a birth range of a few years, and in some families the father himself, whose
// given name is his children's second name.
func (g *generator) family(r *rand.Rand, size int, out []person, pool *episodePool) []person {
	out = out[:0]
	pool.reset()
	eth := g.eths[g.ethW.draw(r)]
	home := g.counties[g.homes[eth.key].draw(r)]
	// The father's names: his own given name and his father's (or, for the Hui, the family name).
	fatherGiven := &eth.male.names[eth.male.w.draw(r)]
	grandfather := g.secondPart(r, eth)
	base := g.birthYear(r)
	if fatherBirth := base - 22 - r.IntN(16); size >= 2 && fatherBirth >= oldestBirth && chance(r, 0.4) {
		birth := dayIn(r, fatherBirth)
		out = append(out, g.newPerson(r, eth, tizim.Male, [2]*name{fatherGiven, grandfather}, birth, home, pool))
		out[0].father = true
		if eth.chinese {
			out[0].parts = [2]*name{grandfather, fatherGiven}
		}
	}
	for len(out) < size {
		sex := tizim.Male
		if chance(r, 0.35) {
			sex = tizim.Female
		}
		given := g.givenName(r, eth, sex)
		parts := [2]*name{given, fatherGiven}
		if eth.chinese {
			parts = [2]*name{grandfather, given}
		}
		birth := dayIn(r, min(base+r.IntN(9)-4, youngestBirth))
		out = append(out, g.newPerson(r, eth, sex, parts, birth, home, pool))
	}
	if len(out) > 0 && out[0].father {
		for i := range out[1:] {
			out[i+1].dad = &out[0].parts
		}
	}
	return out
}

// secondPart draws the part a person shares with family: a father's given name, or a family name.
func (g *generator) secondPart(r *rand.Rand, e *ethnicity) *name {
	if e.chinese {
		return &e.family.names[e.family.w.draw(r)]
	}
	return &e.male.names[e.male.w.draw(r)]
}

func (g *generator) givenName(r *rand.Rand, e *ethnicity, sex tizim.Sex) *name {
	if sex == tizim.Female {
		return &e.female.names[e.female.w.draw(r)]
	}
	return &e.male.names[e.male.w.draw(r)]
}

// birthYear draws the birth year of a person detained around 2018.
func (g *generator) birthYear(r *rand.Rand) int {
	b := ageBands[g.ages.draw(r)]
	return 2018 - (b.min + r.IntN(b.max-b.min+1))
}

// newPerson completes a person: identity number and detention history. The number carries the
// address code the home county had when it was issued, taken (as idcard reads it) to be the
// birth year, or 1984 for people born before numbers existed.
func (g *generator) newPerson(r *rand.Rand, e *ethnicity, sex tizim.Sex, parts [2]*name, birth time.Time, home *county, pool *episodePool) person {
	p := person{eth: e, sex: sex, parts: parts, birth: birth, home: home}
	issued := max(birth.Year(), firstIssueYear, home.firstYear())
	seq := 2 * r.IntN(500)
	if sex == tizim.Male {
		seq++
	}
	p.idNumber = idcard.Generate(home.codeAt(issued), birth, seq)
	p.episodes = g.history(r, home, pool.take())
	return p
}

// episodePool hands out room for the episodes of one family's people from one array, reused
// from family to family: the generator's main source of garbage otherwise.
type episodePool struct {
	buf  [maxFamily * maxEpisodes]episode
	used int
}

// maxFamily is the largest family unit (the length of familySizes less one).
const maxFamily = 5

func (p *episodePool) reset() { p.used = 0 }

// take returns an empty slice with room for maxEpisodes episodes.
func (p *episodePool) take() []episode {
	s := p.buf[p.used : p.used : p.used+maxEpisodes]
	p.used += maxEpisodes
	return s
}
