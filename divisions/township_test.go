package divisions

import "testing"

func TestTownships(t *testing.T) {
	ts := Townships("653125") // Yarkand
	if len(ts) < 30 {
		t.Fatalf("Townships(653125) = %d townships, want Yarkand's 30 or more", len(ts))
	}
	for _, tw := range ts {
		if tw.County != "653125" || len(tw.Code) != 9 || tw.Code[:6] != "653125" {
			t.Errorf("Townships(653125) holds %+v", tw)
		}
	}
	if got := Townships("110105"); len(got) != 0 {
		t.Errorf("Townships outside Xinjiang = %d, want none (only Xinjiang is embedded)", len(got))
	}
}

func TestFindTownship(t *testing.T) {
	tests := []struct {
		query, code string
	}{
		{"东巴扎回族乡", "650421201"},
		{"东巴扎", "650421201"},
		{"Dongbazha", "650421201"},
		{"Dongbazha Xiang", "650421201"},
		{"塔尔塔吉克民族乡", "653022210"},
		{"塔尔", "653022210"},
		{"阿克苏监狱", "652928405"},
		{"铁热克巴扎乡", "652822206"},
		{"Tierekebazha Township", "652822206"},
	}
	for _, tt := range tests {
		got := FindTownship(tt.query)
		found := false
		for _, tw := range got {
			found = found || tw.Code == tt.code
		}
		if !found {
			t.Errorf("FindTownship(%q) = %v, want %s among them", tt.query, got, tt.code)
		}
	}
	for _, tw := range FindTownship("托格日尕孜乡") {
		if tw.Pinyin != "Tuogerigazi Xiang" {
			t.Errorf("FindTownship(托格日尕孜乡) pinyin %q, want Tuogerigazi Xiang", tw.Pinyin)
		}
	}
	if got := FindTownship("nowhere at all"); len(got) != 0 {
		t.Errorf("FindTownship(nowhere) = %v", got)
	}
}
