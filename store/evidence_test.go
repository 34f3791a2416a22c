package store

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tizim/tizim"
)

// TestEvidenceJSON: the evidence of a review pair is stored as the same bytes encoding/json
// wrote before, for the numbers the model gives and the edges of the number format, and for
// text that JSON must escape, so that a queue stored before and after reads back alike.
func TestEvidenceJSON(t *testing.T) {
	weights := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -14.819882600988615, 13.86889631468366,
		1e-6, 9.99e-7, 1e-7, 1.5e-10, -2.5e-300, 5e-324, 1e20, 1e21, 1.7976931348623157e308, 123456789.125, -4}
	texts := [][2]string{{"name", "exact"}, {"", ""}, {"prior", ""}, {"ism", "ئىسىم"}, {`q"uote\`, "tab\tline\n"},
		{"a<b", "c&d>"}, {"\u2028", "\u2029"}, {"bad\xffutf8", "x"}}
	var buf []byte
	check := func(ev []tizim.Evidence) {
		t.Helper()
		if got, want := evidenceJSON(&buf, ev), jsonList(ev); got != want {
			t.Errorf("evidence %+v: %s, want %s as encoding/json writes it", ev, got, want)
		}
	}
	check(nil)
	for _, w := range weights {
		check([]tizim.Evidence{{Field: "name", Level: "fuzzy", Weight: w}, {Field: "sex", Level: "same", Weight: -w}})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 { // any finite number, by its bits
		if w := math.Float64frombits(r.Uint64()); !math.IsNaN(w) && !math.IsInf(w, 0) {
			check([]tizim.Evidence{{Field: "name", Level: "exact", Weight: w}})
		}
	}
	for _, tx := range texts {
		check([]tizim.Evidence{{Field: tx[0], Level: tx[1], Weight: 0.25}})
	}
}
