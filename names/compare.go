package names

// Threshold is the score at and above which Compare calls two names a match. It was chosen on
// the OpenSanctions name benchmark and the Uyghur pairs in testdata; see docs/NAMES.md.
const Threshold = 0.7

// Costs of parts left unaligned, relative to their weight: a part only one name has (a missing
// father's name) costs less than parts both names have and that disagree (siblings).
const (
	missingCost = 0.3
	// conflictCost is the rate at which the score falls, exponentially, with each pair of parts
	// that contradict each other.
	conflictCost = 0.5
	// swapFactor scales the score when aligned parts come in a different order: order is weak
	// evidence, since Uyghur and Chinese names are written both ways round.
	swapFactor = 0.97
	// pairMin is the least similarity at which two parts are aligned at all; parts less alike
	// than this contradict each other (Sancho, Sánchez).
	pairMin = 0.7
	// nearMissMin is the least similarity of two parts that nearly align (Abdu and Abdurehim, a
	// prefix held at 0.6): the sign that one name may join what the other splits.
	nearMissMin = 0.5
	// initialsCap caps the score of names that agree only on initials.
	initialsCap = 0.6
)

// Aligned is one step of the explanation of a comparison: a part (or two adjacent parts) of
// each name and their similarity. A part with no counterpart has "" on the other side.
type Aligned struct {
	A     string  `json:"a"`
	B     string  `json:"b"`
	Score float64 `json:"score"`
}

// Result is the outcome of comparing two names.
type Result struct {
	Score     float64   `json:"score"` // in [0, 1]
	Match     bool      `json:"match"` // Score >= Threshold
	Alignment []Aligned `json:"alignment,omitempty"`
}

// Compare scores how likely two names, each in any script, name the same person. The parts are
// aligned as sets, each part compared whole through its phonetic keys; agreement is weighted by
// how rare a part is in f (nil weighs all alike). See CompareNames.
func Compare(a, b string, f *Frequencies) Result {
	return CompareNames(Prepare(a), Prepare(b), f)
}

// CompareNames compares two prepared names and explains which parts aligned with which.
func CompareNames(a, b Name, f *Frequencies) Result {
	var m matching
	score := m.run(a, b, f)
	r := Result{Score: score, Match: score >= Threshold}
	r.Alignment = make([]Aligned, 0, m.n+len(a.parts)-popcount(m.usedA)+len(b.parts)-popcount(m.usedB))
	for _, p := range m.pairs[:m.n] {
		r.Alignment = append(r.Alignment, Aligned{A: a.unitText(p.a), B: b.unitText(p.b), Score: round3(p.sim)})
	}
	for i := range a.parts {
		if m.usedA&(1<<i) == 0 {
			r.Alignment = append(r.Alignment, Aligned{A: a.parts[i].text})
		}
	}
	for j := range b.parts {
		if m.usedB&(1<<j) == 0 {
			r.Alignment = append(r.Alignment, Aligned{B: b.parts[j].text})
		}
	}
	return r
}

// Score is CompareNames without the explanation, for hot loops.
func Score(a, b Name, f *Frequencies) float64 {
	var m matching
	return m.run(a, b, f)
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// unitText is the text of unit u: a part, or two adjacent parts read as one (see Name.merged).
func (n Name) unitText(u int) string {
	if u < len(n.parts) {
		return n.parts[u].text
	}
	k := u - len(n.parts)
	i := k % (len(n.parts) - 1)
	if k >= len(n.parts)-1 {
		return n.parts[i+1].text + " " + n.parts[i].text
	}
	return n.parts[i].text + " " + n.parts[i+1].text
}
