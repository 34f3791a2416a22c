package names

import "testing"

// Two common writings that nearly align are distinct names only when one could be a
// misspelling of the other: across scripts and romanisations each writing is common in its own
// system, and the frequencies must not turn one person's writings into two names.
func TestDistinctOnlyWithinAWritingSystem(t *testing.T) {
	var f Frequencies
	// Synthetic names, each writing common in a corpus of several sources.
	for _, n := range []string{
		"Adil Tursun", "Adil Turghun", "马木提·迪丽胡马尔", "Дилһумар Мамут", "穆拉提·努尔加马力",
		"Nurjamal Murat", "Ayshemgül Ehmetjan", "AYIXIANMUGULI AIHEMAITIJIANG", "Obul Hashim",
		"乌布力.哈西木", "Mihriban Sadik", "MIHERIBANU SHADIKE", "Jelalidin Dilshad", "JIALALIDING DILIXIADE",
		"TUERXUN MAIMAITI", "TUERHONG MAIMAITI",
	} {
		for range 40 {
			f.Add(n)
		}
	}
	for _, c := range []struct {
		a, b  string
		match bool
	}{
		{"Adil Turghun", "Adil Tursun", false}, // two common names of one script one letter apart
		{"马木提·迪丽胡马尔", "Дилһумар Мамут", true},
		{"穆拉提·努尔加马力", "Nurjamal Murat", true},
		{"Ayshemgül Ehmetjan", "AYIXIANMUGULI AIHEMAITIJIANG", true}, // Uyghur Latin and pinyin capitals
		{"Obul Hashim", "乌布力.哈西木", true},
		{"Mihriban Sadik", "MIHERIBANU SHADIKE", true}, // Uyghur Latin and pinyin capitals, as long
		{"Jelalidin Dilshad", "JIALALIDING DILIXIADE", true},
		{"TUERXUN MAIMAITI", "TUERHONG MAIMAITI", false}, // Tursun and Turghun in pinyin
	} {
		if r := Compare(c.a, c.b, &f); r.Match != c.match {
			t.Errorf("Compare(%q, %q) with both common: %.3f, want match %v", c.a, c.b, r.Score, c.match)
		}
	}
}
