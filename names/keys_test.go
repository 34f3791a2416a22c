package names

import (
	"slices"
	"testing"
)

// consonants is a key's consonants with a letter repeated across vowels written once: the
// coarse shape a search index looks a part up by.
func consonants(k string) string {
	var b []byte
	for i := 0; i < len(k); i++ {
		c := k[i]
		if isKeyVowel(c) {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// TestKeysMeet holds the writings of one name, in every script, to one shared key, and the
// writings of two names apart even in their consonants.
func TestKeysMeet(t *testing.T) {
	groups := []struct {
		name     string
		writings []string
	}{
		{"Ehmet", []string{"Ehmet", "Ahmet", "Exmet", "Ахмет", "Әхмәт", "ئەخمەت", "艾合买提", "Ahmad"}},
		{"Memet", []string{"Memet", "Mehmet", "Mamat", "Мемет", "مەمەت", "麦麦提", "买买提"}},
		{"Yaqup", []string{"Yaqup", "Yaqub", "Yakup", "Якуп", "ياقۇپ"}},
		{"Dilshat", []string{"Dilshat", "Dilshad", "دىلشات", "Дилшат"}},
		{"Mahmut", []string{"Mahmut", "Mahmud", "Махмут"}},
		{"Gülperi", []string{"Gülperi", "Гүлпәри", "گۈلپەرى", "古丽排日", "GULIPAIERI"}},
		{"Ibrahim", []string{"Ibrahim", "ئىبراھىم", "Ибраһим", "依不拉音", "伊布拉音"}},
	}
	shared := func(a, b string) bool {
		ka, kb := Keys(a), Keys(b)
		if len(ka) != 1 || len(kb) != 1 {
			return false
		}
		return slices.ContainsFunc(ka[0], func(k string) bool { return slices.Contains(kb[0], k) })
	}
	for _, g := range groups {
		for _, w := range g.writings[1:] {
			if !shared(g.writings[0], w) {
				t.Errorf("%s: Keys(%q) = %v and Keys(%q) = %v share no key", g.name, g.writings[0], Keys(g.writings[0]), w, Keys(w))
			}
		}
	}
	for _, a := range groups[0].writings {
		for _, b := range groups[1].writings {
			for _, ka := range Keys(a)[0] {
				for _, kb := range Keys(b)[0] {
					if consonants(ka) == consonants(kb) {
						t.Errorf("%q (%s) and %q (%s) have the same consonants", a, ka, b, kb)
					}
				}
			}
		}
	}
}

// TestKeysKeepClosingH holds a spelling with a closing h to the Chinese-character writing that
// spells that h with 合: they share a key or at least its consonants.
func TestKeysKeepClosingH(t *testing.T) {
	tests := [][2]string{
		{"Bextiyar", "拜合提亚尔"}, {"Baxtiyar", "拜合提亚尔"}, {"Mahmut", "买合木提"},
		{"Mehriban", "米合日巴努"}, {"Nurehmet", "努尔艾合买提"}, {"Бәхтияр", "拜合提亚尔"},
		{"بەختىيار", "拜合提亚尔"},
	}
	for _, tc := range tests {
		ka, kb := Keys(tc[0]), Keys(tc[1])
		if len(ka) != 1 || len(kb) != 1 {
			t.Fatalf("Keys(%q) = %v, Keys(%q) = %v: want one part each", tc[0], ka, tc[1], kb)
		}
		meet := slices.ContainsFunc(ka[0], func(a string) bool {
			return slices.ContainsFunc(kb[0], func(b string) bool { return consonants(a) == consonants(b) })
		})
		if !meet {
			t.Errorf("Keys(%q) = %v and Keys(%q) = %v share no consonants", tc[0], ka[0], tc[1], kb[0])
		}
	}
}

// TestKeysOpeningH holds a Chinese writing that opens with 艾 to the spellings with an h that
// Chinese drops, and an attested 艾 reading (艾力 Eli) to its own.
func TestKeysOpeningH(t *testing.T) {
	tests := []struct {
		han, latin string
		meet       bool
	}{
		{"艾比布拉", "Hebibulla", true}, {"AIBIBULA", "Hebibulla", true}, {"艾木都拉", "Hemdulla", true},
		{"艾米提", "Hemit", true}, {"艾力", "Heli", false}, {"阿不都艾米提", "Abduhémit", true},
		{"ABUDUAIMITI", "Abduhemit", true},
	}
	for _, tc := range tests {
		ka, kb := Keys(tc.han), Keys(tc.latin)
		meet := slices.ContainsFunc(ka[0], func(a string) bool {
			return slices.ContainsFunc(kb[0], func(b string) bool { return consonants(a) == consonants(b) })
		})
		if meet != tc.meet {
			t.Errorf("Keys(%q) = %v and Keys(%q) = %v: share consonants %v, want %v", tc.han, ka[0], tc.latin, kb[0], meet, tc.meet)
		}
	}
}

// TestKeysApostrophe holds ULY's apostrophe between two letters that would spell a digraph:
// ئابلىزھاجىم is Abliz'hajim, z and h, as 阿不力孜哈吉木 writes it, not the zh of Zhanar.
func TestKeysApostrophe(t *testing.T) {
	uly, arabic, han := Keys("Abliz'hajim")[0][0], Keys("ئابلىزھاجىم")[0][0], Keys("阿不力孜哈吉木")[0][0]
	if uly != arabic || consonants(uly) != consonants(han) {
		t.Errorf("Keys: Abliz'hajim %q, ئابلىزھاجىم %q, 阿不力孜哈吉木 %q: want one key and its consonants", uly, arabic, han)
	}
	if zh := Keys("Zhanar")[0][0]; zh[0] != 'j' {
		t.Errorf("Keys(Zhanar) = %q: want zh read as j", zh)
	}
}
