package search

import (
	"testing"

	"github.com/tizim/tizim"
)

// TestSameList checks when a part's skeleton may skip marking: only when no record has the
// skeleton without the part's own key, so that a record written another way with the same
// skeleton is still looked up.
func TestSameList(t *testing.T) {
	tests := []struct {
		name  string
		forms []string
		want  bool
	}{
		{"one spelling", []string{"Memet Tursun", "Ilham Tursun"}, true},
		{"another spelling with the skeleton", []string{"Memet Tursun", "Ilham Tursan"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := New()
			for i, f := range tt.forms {
				ix.Add(rec(int64(1+i), int64(1+i), tizim.Internal, f))
			}
			qs := ix.resolve(units(queryParts("Tursun"), ix.knows), tizim.Internal.Rank())
			var own, sk *qpart
			for i := range qs {
				if qs[i].implied > 0 {
					sk, own = &qs[i], &qs[qs[i].implied-1]
				}
			}
			if sk == nil {
				t.Fatalf("no skeleton unit in %+v", qs)
			}
			if got := ix.sameList(sk, own, true); got != tt.want {
				t.Errorf("sameList = %v, want %v", got, tt.want)
			}
			if ix.sameList(sk, own, false) {
				t.Error("sameList is true for a part whose marking was not complete")
			}
		})
	}
}
