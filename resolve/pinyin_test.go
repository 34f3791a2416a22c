package resolve

import "testing"

// A PRC document spells a Uyghur name as its Chinese characters read in pinyin; a testimony
// spells it by its sound. Their phonetic keys seldom agree, so the two forms are aligned.
func TestPinyinMeetsLatin(t *testing.T) {
	tests := []struct {
		a, b string
		want int8 // the worst level acceptable
	}{
		{"YAKUFUHAJIMU ABUDUKELIMU", "Yakuphajim Abdukarim", nameFuzzy},
		{"RUKEYANISHA AIKEBAIERJIANG", "Ruqiyenisa Ekberjan", nameFuzzy},
		{"MAIMAITI AILI", "Ali Mehmet", nameSubset},
	}
	for _, tt := range tests {
		a, b := nameEntry(t, tt.a), nameEntry(t, tt.b)
		keyed, open := keyedNames(a, b, nil)
		if got := compareNames(a, b, nil, nil); got.level > tt.want {
			t.Errorf("%q against %q: level %s, want %s or better (keys alone: %s, open %v)",
				tt.a, tt.b, nameLevels[got.level], nameLevels[tt.want], nameLevels[keyed.level], open)
		}
	}
	// Two Latin spellings that are not pinyin are still compared on their keys alone.
	if _, open := keyedNames(nameEntry(t, "Memet Tursun"), nameEntry(t, "Ahmet Qurban"), nil); open {
		t.Error("two Latin names outside pinyin are aligned")
	}
}

func nameEntry(t *testing.T, name string) *entry {
	t.Helper()
	f, ok := splitName(name)
	if !ok {
		t.Fatalf("no name form for %q", name)
	}
	return &entry{forms: []*nameForm{f}}
}
