package ingest

import "testing"

func TestHomeCode(t *testing.T) {
	tests := []struct{ place, code string }{
		{"莎车县", "653125"},
		{"Yarkand", "653125"},
		{"新疆喀什地区莎车县", "653125"},
		{"新疆维吾尔自治区喀什地区莎车县某某乡", "653125"},
		{"Yarkand County, Kashgar Prefecture", "653125"},
		{"Aksu", "652901"}, // the city; Aksu County was retired in 1983
		{"Ghulja", ""},     // the city and the county: ambiguous
		{"Atlantis", ""},   // unknown
		{"喀什地区", ""},       // a prefecture, not a county
	}
	b := newBuilder("f", nil, Options{})
	for _, tt := range tests {
		if got := b.homeCode(tt.place); got != tt.code {
			t.Errorf("homeCode(%q) = %q, want %q", tt.place, got, tt.code)
		}
	}
}
