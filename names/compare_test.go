package names

import "testing"

func TestCompareExamples(t *testing.T) {
	tests := []struct {
		a, b  string
		match bool
	}{
		{"Ilham Tohti", "伊力哈木·土赫提", true},
		{"Ilham Tohti", "ئىلھام توختى", true},
		{"Ilham Tohti", "YILIHAMU TUHETI", true},
		{"Ilham Tohti", "Илһам Тохти", true},
		{"Ilham Tohti", "Tohti Ilham", true},
		{"Ilham Tohti", "Ilham Tokhti", true},
		{"Ilham Tohti", "Memet Tohti", false},
		{"Tursun", "Tursunay", false},
		{"Tursun", "Tursunjan", false},
		{"Memet Tursun", "Mehmet Tursunov", true},
		{"MAIMAITI TUERXUN", "买买提·吐尔逊", true},
		{"MAIMAITITUERXUN", "Memet Tursun", true},
		{"MAIMAITI TUERXUN", "Memet Tursun", true},
		{"Ilham", "Ilham Tohti", true},
		{"阿不都热依木", "Abdurehim", true},
		{"迪丽热巴", "Dilraba", true},
		{"热依拉", "Rahile", true},
		{"玉素甫", "Yusup", true},
		{"Olaf Scholze", "Olaf Scholz", true},
		{"Octavian Scholz", "Olaf Scholz", false},
		{"张伟", "Wang Wei", false},
		{"张伟", "Zhang Wei", true},
		{"习近平", "Jinping Xi", true},
		{"陈水扁", "Chen Shui-bian", true},
		{"帕尔哈提", "Perhat", true},
		{"Exmet Qasim", "Memet Qasim", false},
		{"SiemensAG", "Siemens AG", true},
		{"买买提吐尔逊", "Memet", true}, // a run without separator splits at an attested name
		{"买买提阿不都热合曼", "Abdurehman", true},
		{"伊力哈木土赫提", "Memet Tohti", false},
		{"托合提麦麦提", "Toxtimemet", true},
		{"Eminjan Tursun", "ئىمىنجان تۇرسۇن", true}, // Uyghur raises the opening e before i
		{"GULIPAIERI", "Gülperi", true},             // gu-li-pai-e-ri: no English ee
		{"托合提麦麦提", "Tohti Memet", true},
		{"Eryhangul Abdurehman", "热伊汗古丽阿不都热合曼", true}, // abdu- opens the second name
		{"古丽苏木．司马义", "Исмайилова Гүлсүм", true},
		{"Ayup Tursun", "Ayub Tursun", true}, // Uyghur devoices a final b
		{"Mehrigül", "Mihrigul", true},       // and raises the first syllable's e before i
		{"Gülperi", "古丽皮热", true},            // 皮热 pi-re is -peri
		{"Ayperi", "阿依皮热", true},
		{"Gülperi", "Ayperi", false},
	}
	for _, tc := range tests {
		r := Compare(tc.a, tc.b, nil)
		t.Logf("%q %q %.3f %v", tc.a, tc.b, r.Score, r.Alignment)
		if r.Match != tc.match {
			t.Errorf("Compare(%q, %q) = %.3f %v, want match %v; %+v", tc.a, tc.b, r.Score, r.Match, tc.match, r.Alignment)
		}
	}
}
