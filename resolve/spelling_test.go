package resolve

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestPartSimilarity checks the spelling rules on parts a user would recognise.
func TestPartSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"tursun", "tursun", 0},               // equal parts agree on their keys, not here
		{"tursun", "tursum", 0.9},             // one letter changed
		{"memet", "mehmet", 0.9},              // one letter added
		{"ilham", "ilhma", 0.9},               // two letters swapped
		{"abdurehim", "abdurahem", fuzzyPart}, // two mistakes in a long part
		{"tahir", "tayir", 0.9},
		{"sadiq", "sadyk", 0},     // two mistakes in a short part
		{"tursun", "tursunay", 0}, // an ending makes another name
		{"tursun", "tursunjan", 0},
		{"ed", "edward", fuzzyPart},     // a short part that begins a long one
		{"gul", "gulnar", fuzzyPart},    // the same, though Gulnar is a name built on Gul
		{"ab", "ac", 0},                 // too short to misspell
		{"шөһрәт", "шөһрет", 0.9},       // Cyrillic, a letter each two bytes
		{"ayshemgül", "ayshemgul", 0.9}, // a letter beyond ASCII
		{"ayshemgül", "ayshamgul", fuzzyPart},
		{"abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzabcdefghik", 0}, // beyond 32 letters
		{"\xff\xfetursun", "tursun", 0},
		{"öbhéğğ", "bbhéhğğ", 0}, // two mistakes, six letters against seven in as many bytes
	}
	for _, tt := range tests {
		for _, ab := range [][2]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			if got := partSimilarity(ab[0], ab[1]); got != tt.want {
				t.Errorf("partSimilarity(%q, %q) = %v, want %v", ab[0], ab[1], got, tt.want)
			}
		}
	}
}

// TestPartSimilarityAsBefore checks partSimilarity against the rules as first written (every
// part turned to runes, the full edit distance) on random parts near each other: ASCII, letters
// beyond it, parts in two scripts, and invalid UTF-8.
func TestPartSimilarityAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 1))
	alphabets := [][]rune{
		[]rune("abdehilmnqrstuy"),
		[]rune("abdehilmnqrstuyéöüğş"),
		[]rune("абдеилмнқрстуөүһ"),
		[]rune("ab\uFFFDe"),
		[]rune("买提吐尔逊古丽"),
	}
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	for range n {
		al := alphabets[rng.IntN(len(alphabets))]
		a := make([]rune, 1+rng.IntN(12))
		for i := range a {
			a[i] = al[rng.IntN(len(al))]
		}
		b := append([]rune(nil), a...)
		for range rng.IntN(4) { // a few random edits
			switch p := rng.IntN(len(b) + 1); rng.IntN(4) {
			case 0:
				b = append(b[:p], append([]rune{al[rng.IntN(len(al))]}, b[p:]...)...)
			case 1:
				if p < len(b) {
					b = append(b[:p], b[p+1:]...)
				}
			case 2:
				if p < len(b) {
					b[p] = al[rng.IntN(len(al))]
				}
			case 3:
				if p+1 < len(b) {
					b[p], b[p+1] = b[p+1], b[p]
				}
			}
		}
		if rng.IntN(8) == 0 { // another part, maybe in another script
			other := alphabets[rng.IntN(len(alphabets))]
			b = b[:0]
			for range 1 + rng.IntN(8) {
				b = append(b, other[rng.IntN(len(other))])
			}
		}
		x, y := string(a), string(b)
		if rng.IntN(50) == 0 {
			x = x[:len(x)-1] // maybe cut inside a letter
		}
		if got, want := partSimilarity(x, y), partSimilarityBefore(x, y); got != want {
			t.Fatalf("partSimilarity(%q, %q) = %v, before %v", x, y, got, want)
		}
		if got, want := similarParts(y, x, shapeOf(y), shapeOf(x)), partSimilarityBefore(x, y); got != want {
			t.Fatalf("similarParts(%q, %q) = %v, before %v", y, x, got, want)
		}
	}
}

// TestFormPartShapes: a form keeps how many letters of each part are not ASCII, as
// similarParts reads them.
func TestFormPartShapes(t *testing.T) {
	for _, text := range []string{"Memet Tursun", "Mémet Tursun", "Tursun Mémet", "买买提·吐尔逊", "Мәмәт Турсун", "Ali 买买提 Gül"} {
		f, ok := splitName(text)
		if !ok {
			t.Fatalf("%q: no form", text)
		}
		for i, p := range f.parts {
			want := utf8.RuneCountInString(p)
			for k := range len(p) {
				if p[k] < utf8.RuneSelf {
					want--
				}
			}
			if got := int(f.shapes[i].foreign); got != want {
				t.Errorf("%q part %d %q: %d letters beyond ASCII, want %d", text, i, p, got, want)
			}
		}
	}
}

// partSimilarityBefore is partSimilarity as first written, the reference of the test above.
func partSimilarityBefore(a, b string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 2 && len(a) <= 4 && len(b) >= len(a)+2 && b[:len(a)] == a {
		return fuzzyPart
	}
	if len(b)-len(a) > 2*utf8.UTFMax {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) { // the shorter in letters, not bytes (a fix since first written)
		a, ra, rb = b, rb, ra
	}
	if len(rb)-len(ra) > 2 || len(ra) < 3 {
		return 0
	}
	if len(rb) > len(ra) && string(rb[:len(ra)]) == a && len(rb)-len(ra) >= 2 {
		return 0
	}
	d := fullDistance(ra, rb)
	switch {
	case d == 1:
		return 0.9
	case d == 2 && len(ra) >= 7:
		return fuzzyPart
	}
	return 0
}

// fullDistance is the optimal string alignment distance over the whole table.
func fullDistance(a, b []rune) int {
	if len(a) > 32 || len(b) > 32 {
		return max(len(a), len(b))
	}
	var prev2, prev, cur [33]int
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev = prev, cur
	}
	return prev[len(b)]
}

// BenchmarkPartSimilarity compares parts as keyedForms does: most pairs of parts are two names.
func BenchmarkPartSimilarity(b *testing.B) {
	parts := append(append([]string{}, fixtureMale...), fixtureFemale...)
	for i := range parts {
		parts[i] = fold(parts[i])
	}
	b.ResetTimer()
	for b.Loop() {
		for _, x := range parts {
			for _, y := range parts {
				partSimilarity(x, y)
			}
		}
	}
}
