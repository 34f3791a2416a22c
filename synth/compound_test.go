package synth

import (
	"slices"
	"testing"
)

// TestCompoundForms: compounds carry the forms lists write for them, composed the way each
// script composes names (the Chinese forms are those of the reference on Uyghur names, or the
// same parts run together), and the hard negatives (Tursun, Tursunay, Tursungül) are all there.
func TestCompoundForms(t *testing.T) {
	g := newGenerator(1)
	byULY := map[string]*name{}
	for _, e := range g.eths {
		for _, tb := range []nameTable{e.male, e.female, e.family} {
			for i := range tb.names {
				if n := &tb.names[i]; byULY[n.uly] == nil {
					byULY[n.uly] = n
				}
			}
		}
	}
	for _, c := range []struct {
		uly, han, arabic, cyr, press string
	}{
		{"Memet", "买买提", "مەمەت", "Мәмәт", "Mehmet"},
		{"Memetjan", "买买提江", "مەمەتجان", "Мәмәтҗан", "Mehmetjan"},
		{"Nurmemet", "努尔买买提", "نۇرمەمەت", "Нурмәмәт", "Nurmemet"},
		{"Abduréhim", "阿不都热依木", "ئابدۇرېھىم", "Абдуреһим", "Abdurahim"},
		{"Abdulla", "阿不都拉", "ئابدۇللا", "Абдулла", "Abdulla"},
		{"Aygül", "阿依古丽", "ئايگۈل", "Айгүл", "Aygul"},
		{"Tursun", "吐尔逊", "تۇرسۇن", "Турсун", "Tursun"},
		{"Tursunay", "吐尔逊阿依", "تۇرسۇناي", "Турсунай", "Tursunay"},
		{"Tursungül", "吐尔逊古丽", "تۇرسۇنگۈل", "Турсунгүл", "Tursungul"}, // n'g: not ڭ
		{"Tursunjan", "吐尔逊江", "تۇرسۇنجان", "Турсунҗан", "Tursunjan"},
		{"Gülnisa", "古丽尼沙", "گۈلنىسا", "Гүлниса", "Gulnisa"},
		{"Nurdin", "努尔丁", "نۇردىن", "Нурдин", "Nurdin"},
		{"Nurlan", "努尔兰", "نۇرلان", "Нұрлан", "Nurlan"},
		{"Almazbek", "阿勒玛孜别克", "ئالمازبەك", "Алмазбек", "Almazbek"},
		{"Jianguo", "建国", "", "Цзяньго", "Jianguo"},
	} {
		n := byULY[c.uly]
		if n == nil {
			t.Errorf("%s is not in the tables", c.uly)
			continue
		}
		if n.han[0] != c.han || !slices.Contains(n.press, c.press) || n.cyr != c.cyr {
			t.Errorf("%s: Chinese %v, press %v, Cyrillic %s; want %s first, %s among them, %s", c.uly, n.han, n.press, n.cyr, c.han, c.press, c.cyr)
		}
		if c.arabic != "" && n.arabic != c.arabic {
			t.Errorf("%s: Arabic script %s, want %s", c.uly, n.arabic, c.arabic)
		}
	}
	for _, absent := range []string{"Memetmemet", "Elieli", "Tursun'gül", "Ayeli"} {
		if byULY[absent] != nil {
			t.Errorf("%s should not be formed", absent)
		}
	}
}
