package ingest

import (
	"slices"
	"strings"
	"testing"
)

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

func TestHomeCodeColumn(t *testing.T) {
	rows, err := readAll(t, "p.csv", []byte("name,hometown,行政区划代码\nA,Ghulja,654002\nB,莎车县,\nC,,999999\n"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Record.HomeCode)
	}
	if want := []string{"654002", "653125", ""}; !slices.Equal(got, want) {
		t.Errorf("home codes %q, want %q", got, want)
	}
	if !strings.Contains(problems(rows[2]), `column 行政区划代码: "999999" is not a division code`) || rows[2].Invalid {
		t.Errorf("problems %s", problems(rows[2]))
	}
}
