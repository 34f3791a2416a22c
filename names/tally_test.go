package names

import (
	"strings"
	"testing"
)

// tallyOf counts an explanation the way TallyNames promises to.
func tallyOf(r Result) Tally {
	t := Tally{Score: r.Score, MinScore: 1}
	for _, al := range r.Alignment {
		t.count(al.A != "", al.B != "")
		if al.A != "" && al.B != "" {
			t.MinScore = min(t.MinScore, al.Score)
			t.Joined = t.Joined || strings.Contains(al.A, " ") || strings.Contains(al.B, " ")
		}
	}
	return t
}

// TestTallyNames checks that TallyNames counts what CompareNames explains, on the golden pairs
// (with and without frequencies) and on pairs that align joined parts and initials.
func TestTallyNames(t *testing.T) {
	pairs := goldenPairs(t)
	f := &Frequencies{}
	for _, r := range goldenRows(t) {
		f.Add(r[0])
		f.Add(r[1])
	}
	for _, p := range [][2]string{
		{"Maimaiti Tuerxun", "MAIMAITITUERXUN"},
		{"I. Tohti", "Ilham Tohti"},
		{"Memet Tursun", "Turghun Memet Abdulla"},
		{"Ilham", ""},
	} {
		pairs = append(pairs, [2]Name{Prepare(p[0]), Prepare(p[1])})
	}
	joined := 0
	for _, freq := range []*Frequencies{nil, f} {
		for _, p := range pairs {
			want := tallyOf(CompareNames(p[0], p[1], freq))
			got := TallyNames(p[0], p[1], freq)
			if got != want {
				t.Fatalf("TallyNames(%+v, %+v) = %+v, want %+v", p[0], p[1], got, want)
			}
			if got.Joined {
				joined++
			}
		}
	}
	if joined == 0 {
		t.Error("no pair aligned joined parts: the test does not cover them")
	}
}
