package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestMayBeAlike checks the bound on examples a user would recognise: a facility in two scripts
// is never alike, two spellings of one may be.
func TestMayBeAlike(t *testing.T) {
	tests := []struct {
		a, b      string
		threshold float64
		want      bool
	}{
		{"kashgar detention center", "喀什看守所", 0.94, false},
		{"kashgar detention center", "kashgar detention centre", 0.94, true},
		{"shawan", "shawen", 0.92, true},
		{"shawan", "shawan county re-education school", 0.92, false}, // far longer
		{"沙湾市", "沙湾县", 0.92, true},
		{"", "kucha", 0.92, false},
		{"kucha", "kucha", 0.94, true},
	}
	for _, tt := range tests {
		if got := mayBeAlike(tt.a, tt.b, tt.threshold); got != tt.want {
			t.Errorf("mayBeAlike(%q, %q, %v) = %v, want %v", tt.a, tt.b, tt.threshold, got, tt.want)
		}
	}
}

// TestMayBeAlikeBound checks on random strings of several scripts, lengths and thresholds that
// mayBeAlike is false only where jaroWinkler is below the threshold.
func TestMayBeAlikeBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 2))
	alphabets := [][]rune{[]rune("abcde "), []rune("абв "), []rune("喀什看"), []rune("ab\uFFFDж"), []rune("abcdefghijklmnop")}
	word := func() string {
		al := alphabets[rng.IntN(len(alphabets))]
		w := make([]rune, rng.IntN(80))
		for i := range w {
			w[i] = al[rng.IntN(len(al))]
		}
		return string(w)
	}
	n, pruned := 100_000, 0
	if testing.Short() {
		n = 20_000
	}
	for range n {
		a, b := word(), word()
		if rng.IntN(3) == 0 && len(a) > 1 { // near copies
			b = a[:len(a)-1]
		}
		threshold := []float64{0.5, 0.8, 0.92, 0.94}[rng.IntN(4)]
		if !mayBeAlike(a, b, threshold) {
			pruned++
			if jw := jaroWinkler(a, b); jw >= threshold {
				t.Fatalf("mayBeAlike(%q, %q, %v) = false, but Jaro-Winkler is %v", a, b, threshold, jw)
			}
		}
	}
	if pruned < n/10 {
		t.Errorf("only %d of %d pairs told apart without measuring", pruned, n)
	}
}
