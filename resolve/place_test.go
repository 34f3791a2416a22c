package resolve

import "testing"

// TestComparePlacesAcrossScripts: places in two scripts that no division resolves are not
// evidence against a match; in one script they are compared by spelling.
func TestComparePlacesAcrossScripts(t *testing.T) {
	tests := []struct {
		a, b string
		want int8
	}{
		{"沙湾市", "شاۋان", -1},
		{"shawan", "Шаван", -1},
		{"shawan", "shawan", 0},
		{"shawan", "shawen", 1},
		{"shawan", "kucha", 2},
		{"沙湾市", "库车市", 2},
		{"", "kucha", -1},
	}
	for _, tt := range tests {
		if got := comparePlaces(tt.a, tt.b, newMemo()); got != tt.want {
			t.Errorf("comparePlaces(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
