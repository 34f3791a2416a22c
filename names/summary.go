package names

import "strings"

// Summary is what a comparison's alignment comes to, without the texts CompareNames explains it
// with: a matcher that compares millions of pairs reads only these, and building each pair's
// Alignment was the largest part of what comparing allocated (980 MB of 2.5 GB while a million
// people's pairs were scored).
type Summary struct {
	Score float64 // as Result.Score
	// Aligned counts the steps of the alignment that join a unit of each name.
	Aligned int
	// Weakest is the lowest Score of those steps (as Aligned.Score, to three places); 1 when
	// none are aligned.
	Weakest float64
	// Compound is true when an aligned unit's text holds a space: two adjacent parts read as
	// one.
	Compound bool
	// LeftA and LeftB count the parts of each name aligned with nothing.
	LeftA, LeftB int
}

// Summarize compares two prepared names as CompareNames does and returns the summary of its
// alignment.
func Summarize(a, b Name, f *Frequencies) Summary {
	var m matching
	s := Summary{Score: m.run(a, b, f), Weakest: 1, Aligned: m.n}
	for _, p := range m.pairs[:m.n] {
		s.Weakest = min(s.Weakest, round3(p.sim))
		s.Compound = s.Compound || a.unitHasSpace(p.a) || b.unitHasSpace(p.b)
	}
	s.LeftA = len(a.parts) - popcount(m.usedA)
	s.LeftB = len(b.parts) - popcount(m.usedB)
	return s
}

// unitHasSpace reports whether unitText(u) holds a space: a unit of two parts always does.
func (n Name) unitHasSpace(u int) bool {
	return u >= len(n.parts) || strings.Contains(n.parts[u].text, " ")
}
