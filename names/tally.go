package names

import "strings"

// Tally is what the explanation of CompareNames adds up to, counted without building it: for
// callers that grade millions of alignments and read none of their texts (entity resolution
// reads a level from each), it saves the explanation's allocation and the texts of joined
// parts.
type Tally struct {
	Score float64 // as Result.Score
	// Aligned counts the explanation's entries with text on both sides, LeftA those with text on
	// a's side only, LeftB the rest.
	Aligned, LeftA, LeftB int
	// MinScore is the least Score of the entries counted in Aligned, as the explanation rounds
	// it (1 if there are none).
	MinScore float64
	// Joined reports whether the text of an entry counted in Aligned holds a space on either
	// side: two parts read as one.
	Joined bool
}

// TallyNames compares two prepared names as CompareNames does and counts its explanation.
func TallyNames(a, b Name, f *Frequencies) Tally {
	var m matching
	t := Tally{Score: m.run(a, b, f), MinScore: 1}
	for _, p := range m.pairs[:m.n] {
		ta, sa := a.unitShape(p.a)
		tb, sb := b.unitShape(p.b)
		t.count(ta, tb)
		if ta && tb {
			t.MinScore = min(t.MinScore, round3(p.sim))
			t.Joined = t.Joined || sa || sb
		}
	}
	for i := range a.parts {
		if m.usedA&(1<<i) == 0 {
			t.count(a.parts[i].text != "", false)
		}
	}
	for j := range b.parts {
		if m.usedB&(1<<j) == 0 {
			t.count(false, b.parts[j].text != "")
		}
	}
	return t
}

// count adds an entry of the explanation with text on a's side or not, and on b's.
func (t *Tally) count(textA, textB bool) {
	switch {
	case textA && textB:
		t.Aligned++
	case textA:
		t.LeftA++
	default:
		t.LeftB++
	}
}

// unitShape reports whether the text of unit u (unitText) is not empty and whether it holds a
// space, without joining two parts' texts.
func (n Name) unitShape(u int) (text, space bool) {
	if u < len(n.parts) {
		s := n.parts[u].text
		return s != "", strings.Contains(s, " ")
	}
	return true, true // two parts and a space between
}
