package names

import (
	"slices"
	"strings"
	"testing"
)

func TestNormalizeReportsProblems(t *testing.T) {
	tests := []struct {
		in, want string
		kinds    []string
	}{
		{"Ilham \u202ETohti\u202C", "ilham tohti", []string{Bidi, Bidi}},
		{"Il\xffham", "ilham", []string{InvalidUTF8}},
		{"a\x07b", "ab", []string{Control}},
		{"伊力哈木·土赫提", "伊力哈木 土赫提", nil},
		{"伊力哈木•土赫提", "伊力哈木 土赫提", nil},
		{"伊力哈木．土赫提", "伊力哈木 土赫提", nil},
		{"  ILHAM\t\tTOHTI  ", "ilham tohti", nil},
		{"ﺋﯩﻠﮭﺎﻡ", "ئىلھام", nil}, // presentation forms fold to letters
		{"ＩＬＨＡＭ", "ilham", nil},
		{"", "", nil},
		{"...", "", nil},
	}
	for _, tc := range tests {
		got, probs := Normalize(tc.in)
		if got != tc.want || len(probs) != len(tc.kinds) {
			t.Errorf("Normalize(%q) = %q, %v; want %q with %v", tc.in, got, probs, tc.want, tc.kinds)
			continue
		}
		for i, p := range probs {
			if p.Kind != tc.kinds[i] || p.Detail == "" {
				t.Errorf("Normalize(%q) problem %d = %+v, want kind %s", tc.in, i, p, tc.kinds[i])
			}
		}
	}
}

func TestPartsSplitsHanRuns(t *testing.T) {
	tests := map[string]int{"买买提吐尔逊": 2, "张伟": 2, "吐尔逊": 1, "古丽努尔": 1, "阿不都热合曼": 1, "伊力哈木·土赫提": 2,
		"托合提麦麦提": 1, "吐尔地买买提": 1} // a run that closes with -memet is one compound name
	for in, want := range tests {
		if got := Parts(in); len(got) != want {
			t.Errorf("Parts(%q) = %q, want %d parts", in, got, want)
		}
	}
}

// TestPartsCutHanRunsAt holds where a run of Chinese characters is cut: after the compound
// ending -jan, before abdu-, and not after a family name when the rest is a transcription.
func TestPartsCutHanRunsAt(t *testing.T) {
	tests := map[string][]string{
		"玉山姜努尔阿力姜":    {"玉山姜", "努尔阿力姜"},
		"热伊汗古丽阿不都热合曼": {"热伊汗古丽", "阿不都热合曼"},
		"买买提江吐尔逊":     {"买买提江", "吐尔逊"},
		"肖开提":         {"肖开提"},
		"马木提":         {"马木提"},
		"马玉梅":         {"马", "玉梅"},
	}
	for in, want := range tests {
		if got := Parts(in); !slices.Equal(got, want) {
			t.Errorf("Parts(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPalladius(t *testing.T) {
	tests := []struct {
		a, b  string
		match bool
	}{
		{"Ма Цзяньго", "马建国", true},
		{"Ма Гоцин", "Ma Guoqing", true},
		{"Чжицян Ма", "Ma Zhiqiang", true},
		{"Ван Жэнь", "王仁", true},
		{"Ма Цзяньго", "Ma Guoqing", false},
	}
	for _, tc := range tests {
		if r := Compare(tc.a, tc.b, nil); r.Match != tc.match {
			t.Errorf("Compare(%q, %q) = %.3f, want match %v", tc.a, tc.b, r.Score, tc.match)
		}
	}
}

func TestDetectScript(t *testing.T) {
	tests := map[string]Script{
		"Ilham": Latin, "ئىلھام": Arabic, "Илһам": Cyrillic, "伊力哈木": Han, "Ilham 伊力哈木": Mixed,
		"Κυριάκος": Other, "": Unknown, "123 ...": Unknown,
	}
	for in, want := range tests {
		if got := DetectScript(in); got != want {
			t.Errorf("DetectScript(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBadInput: hostile names give a clear result, never a panic, and huge ones stay cheap.
func TestBadInput(t *testing.T) {
	huge := strings.Repeat("Memet Tursun ", 800)
	bad := []string{"", "   ", "!!!", "·", "\u202E\u202C", "\xff\xfe", huge, strings.Repeat("买", 10000),
		"Ilham伊力哈木Илһам", "a\x00b\x01c"}
	for _, a := range bad {
		for _, b := range bad {
			r := Compare(a, b, nil)
			if r.Score < 0 || r.Score > 1 {
				t.Errorf("Compare(%.20q, %.20q) = %v", a, b, r.Score)
			}
		}
		Translit(a)
		Keys(a)
	}
	if r := Compare("", "Ilham Tohti", nil); r.Score != 0 || r.Match {
		t.Errorf("empty name: %+v, want score 0", r)
	}
	if r := Compare(huge, huge, nil); !r.Match {
		t.Errorf("a huge name does not match itself: %v", r.Score)
	}
	if n := Prepare(huge).Len(); n != maxParts {
		t.Errorf("huge name prepared with %d parts, want the cap %d", n, maxParts)
	}
}

func TestPinyinNameReadings(t *testing.T) {
	tests := map[string]string{
		"阿不都": "a bu du", "买买提·吐尔逊": "mai mai ti · tu er xun", "吕": "lü", "曾": "zeng",
	}
	for in, want := range tests {
		if got := Pinyin(in); got != want {
			t.Errorf("Pinyin(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyMeetsSpellings(t *testing.T) {
	groups := [][]string{
		{"Toxti", "Tohti", "Tokhti", "Тохти", "توختى", "土赫提"},
		{"Memet", "Mehmet", "Мәмәт", "مەمەت", "买买提"},
		{"Tursun", "Tursunov", "Tursunova", "Турсун", "吐尔逊"},
		{"Qurban", "Kurban", "Құрбан", "库尔班"},
		{"Ghulam", "Gulam", "Ğulam"},
		{"Yüsüp", "Yusup", "Yusuf"},
		{"Ilham", "Ilⱨam", "ILⱧAM"},          // Yëngi Yëziq ⱨ
		{"Chimen", "Qimən", "Чимән"},         // Yëngi Yëziq q = ch
		{"Qasim", "Ⱪasim", "Kasym", "Қасым"}, // ⱪ = ULY q
	}
	for _, g := range groups {
		want := Key(g[0])
		for _, s := range g[1:] {
			if got := Key(s); got != want {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
	if Key("Tursun") == Key("Tursunay") {
		t.Errorf("Tursun and Tursunay share a key")
	}
}

func TestInPinyin(t *testing.T) {
	tests := map[string]bool{
		"MAIMAITI TUERXUN":         true,
		"Aili Maimaiti":            true,
		"YAKUFUHAJIMU ABUDUKELIMU": true,
		"Xi Jinping":               true,
		"Memet Tursun":             false, // Uyghur Latin: -t and -m close no pinyin syllable
		"Yakuphajim Abdukarim":     false,
		"Li Na":                    false, // one syllable a word: no sign that it is not Latin
		"买买提":                      false,
		"":                         false,
		"MAIMAITI\u202e TUERXUN":   false,
	}
	for in, want := range tests {
		if got := InPinyin(in); got != want {
			t.Errorf("InPinyin(%q) = %v, want %v", in, got, want)
		}
	}
}
