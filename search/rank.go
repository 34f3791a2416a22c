package search

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tizim/tizim/names"
)

// scored is a candidate record with its name score and best-matching form.
type scored struct {
	slot  uint32
	score float64
	name  string
}

// rank compares the prepared query q with every name of the candidates, weighed by the
// frequencies of the records level may see, and returns one hit per person, best first. memo
// holds the scores of the names compared so far in this search: many records share a name,
// and a deeper round compares again the candidates of the first. Called under the lock.
func (ix *Index) rank(q names.Name, cs candidates, level, limit int, memo map[string]float64) []Hit {
	freq := ix.freq[level]
	rs := make([]scored, 0, len(cs))
	for _, c := range cs {
		e := &ix.entries[c.slot]
		best := scored{slot: c.slot}
		for form := range strings.SplitSeq(e.names, nameSep) {
			s, ok := memo[form]
			if !ok {
				s = names.Score(q, ix.prepared.get(form), freq)
				memo[form] = s
			}
			if s > best.score || best.name == "" {
				best.score, best.name = s, form
			}
		}
		if best.score > 0 {
			rs = append(rs, best)
		}
	}
	slices.SortFunc(rs, func(a, b scored) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.slot, b.slot)
	})
	// One entry per person, with the records of the person that score as its best, nearly.
	type person struct {
		hit    Hit
		strong int
	}
	people := make([]person, 0, len(rs))
	at := make(map[int64]int, len(rs)) // person → position in people
	for _, r := range rs {
		e := &ix.entries[r.slot]
		i, ok := at[e.person]
		if !ok {
			i = len(people)
			at[e.person] = i
			people = append(people, person{hit: Hit{Person: e.person, Score: round3(r.score), Name: r.name}})
		}
		p := &people[i]
		p.hit.Records = append(p.hit.Records, ix.recordKey(r.slot))
		if r.score >= p.hit.Score-sameEvidence {
			p.strong++
		}
	}
	// Of people whose best names score alike, the one more sources wrote so comes first:
	// several records that match are more evidence than one.
	slices.SortStableFunc(people, func(x, y person) int {
		if x.hit.Score != y.hit.Score {
			return cmp.Compare(y.hit.Score, x.hit.Score)
		}
		return y.strong - x.strong
	})
	if len(people) == 0 {
		return nil
	}
	hits := make([]Hit, min(len(people), limit))
	for i := range hits {
		hits[i] = people[i].hit
	}
	return hits
}

// sameEvidence is how much below a person's best score another of the person's records may
// score and still count as one more source that wrote the name so.
const sameEvidence = 0.05

// round3 rounds a score to three decimals, as names.Compare reports it.
func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
