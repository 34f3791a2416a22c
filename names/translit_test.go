package names

import "testing"

func TestScriptConversion(t *testing.T) {
	tests := []struct{ uey, uly, usy string }{
		{"ئىلھام توختى", "Ilham Toxti", "Илһам Тохти"},
		{"ئابدۇرەھمان", "Abdurehman", "Абдурәһман"},
		{"سائەت", "Sa'et", "Саәт"},
		{"سەنگەر", "Sen'ger", "Сәнгәр"},
		{"يۈسۈپ", "Yüsüp", "Йүсүп"},
		{"يۇسۇپ", "Yusup", "Юсуп"},
		{"ياسىن", "Yasin", "Ясин"},
		{"چىمەنگۈل", "Chimen'gül", "Чимәнгүл"},
		{"ئابدۇرېھىم", "Abduréhim", "Абдуреһим"},
		{"غۇلجا", "Ghulja", "Ғулҗа"},
		{"دىلنۇر ئەخمەت", "Dilnur Exmet", "Дилнур Әхмәт"},
		{"قۇربان", "Qurban", "Қурбан"},
		{"ژىلا", "Zhila", "Жила"},
		{"مەڭگۈ", "Menggü", "Мәңгү"},
		{"ئۆمەر", "Ömer", "Өмәр"},
		{"ئىسھاق", "Is'haq", "Исһақ"},
	}
	for _, tc := range tests {
		if got := ToLatin(tc.uey); got != tc.uly {
			t.Errorf("ToLatin(%q) = %q, want %q", tc.uey, got, tc.uly)
		}
		if got := ToLatin(tc.usy); got != tc.uly && tc.uly != "Sa'et" {
			t.Errorf("ToLatin(%q) = %q, want %q", tc.usy, got, tc.uly)
		}
		if got := ToArabic(tc.uly); got != tc.uey {
			t.Errorf("ToArabic(%q) = %q, want %q", tc.uly, got, tc.uey)
		}
		if got := ToCyrillic(tc.uly); got != tc.usy {
			t.Errorf("ToCyrillic(%q) = %q, want %q", tc.uly, got, tc.usy)
		}
	}
}

func TestToLatinCapitals(t *testing.T) {
	tests := map[string]string{"ИЛҺАМ ТОХТИ": "ILHAM TOXTI", "ЧИМӘН": "CHIMEN", "Чимән": "Chimen", "ШЧ": "SHCH"}
	for in, want := range tests {
		if got := ToLatin(in); got != want {
			t.Errorf("ToLatin(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTranslit(t *testing.T) {
	tests := []struct {
		in       string
		script   Script
		uly, pin string
	}{
		{"伊力哈木·土赫提", Han, "Ilham Toxti", "yi li ha mu · tu he ti"},
		{"阿不都热合曼・吐尔逊", Han, "Abdurehman Tursun", "a bu du re he man · tu er xun"},
		{"ئىلھام توختى", Arabic, "Ilham Toxti", ""},
		{"Илһам Тохти", Cyrillic, "Ilham Toxti", ""},
		{"Ilham Toxti", Latin, "Ilham Toxti", ""},
		{"艾尔肯", Han, "Erkin", "ai er ken"},
		{"阿布力米提·买买提", Han, "Abulimit Memet", "a bu li mi ti · mai mai ti"},
		{"YILIHAMU TUHETI", Latin, "Ilham Toxti", "yi li ha mu · tu he ti"},
		{"Ilⱨam", Latin, "Ilham", ""},
		{"", Unknown, "", ""},
	}
	for _, tc := range tests {
		f := Translit(tc.in)
		if f.Script != tc.script || f.ULY != tc.uly || f.Pinyin != tc.pin {
			t.Errorf("Translit(%q) = %+v, want script %q uly %q pinyin %q", tc.in, f, tc.script, tc.uly, tc.pin)
		}
		if tc.uly == "Ilham Toxti" && (f.UEY != "ئىلھام توختى" || f.USY != "Илһам Тохти") {
			t.Errorf("Translit(%q) = %+v, want UEY and USY of Ilham Toxti", tc.in, f)
		}
	}
}
