package divisions

import (
	"slices"
	"testing"
)

func codes(ds []Division) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code       string
		ok         bool
		name       string
		level      string
		parent     string
		start, end int
	}{
		{"653125", true, "莎车县", County, "653100", 1981, 0},
		{"652101", true, "吐鲁番市", County, "652100", 1984, 2015}, // Turpan, retired
		{"652201", true, "哈密市", County, "652200", 1981, 2016},  // Hami, retired
		{"650400", true, "吐鲁番市", Prefecture, "650000", 2015, 0},
		{"650000", true, "新疆维吾尔自治区", Province, "", 1981, 0},
		{"659001", true, "石河子市", County, "650000", 1985, 0}, // directly under the region
		{"120110", true, "东丽区", County, "120000", 1992, 0},  // latest meaning of a renamed code
		{"653199", false, "", "", "", 0, 0},                 // never existed
		{"65312", false, "", "", "", 0, 0},
		{"６５３１２５", false, "", "", "", 0, 0},
		{"", false, "", "", "", 0, 0},
	}
	for _, tt := range tests {
		d, ok := Lookup(tt.code)
		if ok != tt.ok || d.Name != tt.name || d.Level != tt.level || d.Parent != tt.parent ||
			d.Start != tt.start || d.End != tt.end {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %s parent %s %d–%d, %v",
				tt.code, d, ok, tt.name, tt.level, tt.parent, tt.start, tt.end, tt.ok)
		}
	}
}

func TestLookupAt(t *testing.T) {
	tests := []struct {
		code string
		year int
		ok   bool
		name string
	}{
		{"652101", 1980, false, ""},    // Turpan City was created in 1984
		{"652121", 1980, true, "吐鲁番县"}, // its predecessor, in the first list
		{"652121", 1970, true, "吐鲁番县"}, // before the first list: assumed in use
		{"652121", 1984, true, "吐鲁番县"}, // retired during 1984
		{"652121", 1990, false, ""},    // long gone
		{"652101", 1984, true, "吐鲁番市"}, // created during 1984
		{"652101", 2000, true, "吐鲁番市"}, //
		{"652101", 2015, true, "吐鲁番市"}, // retired during 2015
		{"652101", 2016, false, ""},    //
		{"650402", 2014, false, ""},    // Gaochang did not exist yet
		{"650402", 2020, true, "高昌区"},  //
		{"120110", 1985, true, "东郊区"},  // renamed code: the old name
		{"120110", 1992, true, "东丽区"},  // the year of the rename gives the new one
		{"120110", 2020, true, "东丽区"},  //
		{"653199", 2000, false, ""},    // never existed
		{"652201", 2016, true, "哈密市"},  // Hami retired in 2016
		{"652201", 2017, false, ""},    //
		{"650502", 2016, true, "伊州区"},  //
		{"654101", 1990, true, "伊宁市"},  // Ghulja under the Ili prefecture of 1984–2001
		{"654002", 1990, false, ""},    // its later code
		{"652401", 1983, true, "伊宁市"},  // and its earlier one
	}
	for _, tt := range tests {
		d, ok := LookupAt(tt.code, tt.year)
		if ok != tt.ok || d.Name != tt.name {
			t.Errorf("LookupAt(%q, %d) = %s, %v; want %s, %v", tt.code, tt.year, d.Name, ok, tt.name, tt.ok)
		}
	}
}

func TestHistory(t *testing.T) {
	tests := []struct {
		code  string
		names []string
	}{
		{"120110", []string{"东郊区", "东丽区"}},
		{"650107", []string{"南山矿区", "南泉区", "达坂城区"}},
		{"653125", []string{"莎车县"}},
		{"999999", nil},
	}
	for _, tt := range tests {
		var names []string
		for _, d := range History(tt.code) {
			names = append(names, d.Name)
		}
		if !slices.Equal(names, tt.names) {
			t.Errorf("History(%s) = %v, want %v", tt.code, names, tt.names)
		}
	}
}

func TestCurrent(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"653125", []string{"653125"}},                               // in use
		{"652101", []string{"650402"}},                               // Turpan City → Gaochang District
		{"652121", []string{"650402"}},                               // Turpan County → Turpan City → Gaochang
		{"652201", []string{"650502"}},                               // Hami City → Yizhou District
		{"652222", []string{"650521"}},                               // Barkol
		{"652401", []string{"654002"}},                               // Ghulja: 6524 → 6541 → 6540
		{"652100", []string{"650400"}},                               // Turpan Prefecture → Turpan City (prefecture level)
		{"652200", []string{"650500"}},                               // Hami Prefecture → Hami City
		{"120110", []string{"120110"}},                               // renamed, same code
		{"130106", []string{"130102", "130104", "130105", "130108"}}, // a split (Shijiazhuang suburbs)
		{"653199", nil},
	}
	for _, tt := range tests {
		got := codes(Current(tt.code))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Current(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestXinjiang(t *testing.T) {
	xs := Xinjiang()
	if len(xs) < 150 {
		t.Fatalf("Xinjiang() gave %d divisions, want the ~170 county-level meanings since 1980", len(xs))
	}
	want := map[string]bool{"652101": false, "652201": false, "653125": false, "650402": false}
	for _, d := range xs {
		if d.Level != County || d.Code[:2] != "65" {
			t.Errorf("Xinjiang() holds %s %s (%s)", d.Code, d.Name, d.Level)
		}
		if _, ok := want[d.Code]; ok {
			want[d.Code] = true
		}
	}
	for c, seen := range want {
		if !seen {
			t.Errorf("Xinjiang() lacks %s", c)
		}
	}
}

func TestCloneIsolated(t *testing.T) {
	d, _ := Lookup("652101")
	d.Successors[0] = "999999"
	if again, _ := Lookup("652101"); again.Successors[0] != "650402" {
		t.Errorf("changing a returned Division changed the table: %v", again.Successors)
	}
}
