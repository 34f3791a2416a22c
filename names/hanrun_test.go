package names

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPartsCutRunTogetherNames holds where Parts cuts given name and father's name written as
// one run of characters, and which runs it keeps whole: a compound (托合提麦麦提 Toxtimemet,
// 努尔买买提 Nurmemet), a name alone, a Chinese name of two characters cut after the family name.
func TestPartsCutRunTogetherNames(t *testing.T) {
	tests := []struct {
		run  string
		want []string
	}{
		// The end closes a compound (-memet), so the cut is before the compound that ends the run.
		{"卡尤木尼亚孜买买提", []string{"卡尤木", "尼亚孜买买提"}},         // Qeyum Niyazmemet
		{"阿依佩里阿扎马提", []string{"阿依佩里", "阿扎马提"}},           // Aypéri Azamat
		{"祖热古丽阿不都尕帕尔", []string{"祖热古丽", "阿不都尕帕尔"}},       // Zuhregül Abdughappar
		{"古丽娜尔加拉里丁", []string{"古丽娜尔", "加拉里丁"}},           // Gülnar Jalalidin
		{"吾买尔阿洪阿不都米吉提", []string{"吾买尔阿洪", "阿不都米吉提"}},     // Ömerahun Abdumijit
		{"阿不都吾甫尔买买提明尼牙孜", []string{"阿不都吾甫尔", "买买提明尼牙孜"}}, // Abdughopur Memtiminniyaz
		{"米尔扎提尕帕尔别克", []string{"米尔扎提", "尕帕尔别克"}},         // Mirzat Ghapparbek
		{"古丽孜拉哈依拉提江", []string{"古丽孜拉", "哈依拉提江"}},         // Gülzira Hayratjan: the end shows it
		{"托合提买买提斯拉吉丁", []string{"托合提买买提", "斯拉吉丁"}},       // Toxtimemet Sirajidin
		{"库尔班买买提艾力", []string{"库尔班买买提", "艾力"}},           // Qurbanmemet Eli
		{"阿曼古丽阿不都克力木", []string{"阿曼古丽", "阿不都克力木"}},
		{"凯麦尔古丽买买提", []string{"凯麦尔古丽", "买买提"}},       // -gül closes, Gülmemet is no name
		{"阿迪列特别克乌兰别克", []string{"阿迪列特别克", "乌兰别克"}},   // -bek closes the first name       // -gül closes the first name
		{"买买提吐尔逊", []string{"买买提", "吐尔逊"}},           // Memet first is the given name
		{"玉山姜努尔阿力姜", []string{"玉山姜", "努尔阿力姜"}},       // -jan closes, nur- opens
		{"热伊汗古丽阿不都热合曼", []string{"热伊汗古丽", "阿不都热合曼"}}, // abdu- opens the second name
		{"买买提江吐尔逊", []string{"买买提江", "吐尔逊"}},         //
		{"伊力哈木土赫提", []string{"伊力哈木", "土赫提"}},         // Ilham Tohti
		{"张伟", []string{"张", "伟"}},                   // a Chinese name
		{"马玉梅", []string{"马", "玉梅"}},
		{"哈志国", []string{"哈", "志国"}}, // a Hui family name before a Chinese given name
		{"冶玉花", []string{"冶", "玉花"}}, //
		// Kept whole.
		{"托合提麦麦提", []string{"托合提麦麦提"}}, // Toxtimemet, one compound
		{"努尔买买提", []string{"努尔买买提"}},   // Nurmemet: nur- only opens
		{"吐尔地买买提", []string{"吐尔地买买提"}}, // Turdimemet
		{"托合提尼亚孜", []string{"托合提尼亚孜"}}, // Toxtiniyaz: -niyaz closes a compound as often as not
		{"阿不都热合曼", []string{"阿不都热合曼"}}, // Abdurehman
		{"古丽努尔", []string{"古丽努尔"}},     // Gülnur
		{"吐尔逊", []string{"吐尔逊"}},
		{"苏莱曼江", []string{"苏莱曼江"}}, // Süleymanjan, not the family name Su
		{"朱马", []string{"朱马"}},     // Juma
		{"肖开提", []string{"肖开提"}},
		{"叶尔兰", []string{"叶尔兰"}},
		{"米合日巴努", []string{"米合日巴努"}},
		{"哈力克", []string{"哈力克"}},     // Xaliq: 哈 opens a transcription
		{"米娜", []string{"米娜"}},       // Mina
		{"苏里坦姜", []string{"苏里坦姜"}},   // Sultanjan
		{"肖勒潘", []string{"肖勒潘"}},     // Cholpan: 勒 writes a closing l
		{"阿不热西提", []string{"阿不热西提"}}, // Abreshit: ab- opens it
		{"阿力玛孜", []string{"阿力玛孜"}},
		{"哈力木拉提", []string{"哈力木拉提"}},             // Xalmurat
		{"乌兰别克古丽米拉", []string{"乌兰别克", "古丽米拉"}},   // -bek closes, so 古丽 opens
		{"祖热阿不都热扎克", []string{"祖热阿不都热扎克"}},       // Zuhre Abdu- ends with a head: no name
		{"波拉提叶尔博力", []string{"波拉提", "叶尔博力"}},     // Bolat Erbol               // Alimaz: too little is left after Ali
		{"木太力普江阿依先木", []string{"木太力普江", "阿依先木"}}, // -jan closes; 阿依先木 is Ayshem, not -ay // Mihribanu: mihri- opens, nothing is known after it
	}
	for _, tc := range tests {
		if got := Parts(tc.run); !slices.Equal(got, tc.want) {
			t.Errorf("Parts(%q) = %q, want %q", tc.run, got, tc.want)
		}
	}
}

// TestHanRunHostile: runs of every length, mixed scripts, invalid UTF-8, bidi controls and
// runs of a thousand units give parts without a panic and without losing or inventing text.
func TestHanRunHostile(t *testing.T) {
	long := strings.Repeat("买买提", 400)
	tests := []string{
		long,
		strings.Repeat("江", 50),
		strings.Repeat("古丽", 12),
		strings.Repeat("阿依", 12),
		"卡尤木\u202e尼亚孜买买提",
		"卡尤木\xff尼亚孜买买提",
		"\xff\xfe\xfd",
		"卡尤木Niyaz买买提",
		"Qeyum尼亚孜买买提 ئىلھام",
		"买买提\u200d吐尔逊",
		"阿",
		"",
	}
	for _, in := range tests {
		got := Parts(in)
		for _, p := range got {
			if !utf8.ValidString(p) || p == "" {
				t.Errorf("Parts(%q) has part %q", in, p)
			}
		}
	}
	for _, syl := range [][]string{nil, {"mai"}, slices.Repeat([]string{"mai", "mai", "ti"}, 8)} {
		if k := unitCut(syl, true); k < 0 || k > len(syl) {
			t.Errorf("unitCut(%q) = %d", syl, k)
		}
	}
	// Runs drawn from the characters of the unit table, so that many read as units.
	pool := []rune("阿不都古丽江别克买提尼亚孜努尔依吐逊艾力热合曼张伟马哈")
	var runs []string
	for i := range 2000 {
		var b strings.Builder
		for j := range 2 + i%15 {
			b.WriteRune(pool[(i*7+j*j*13+j)%len(pool)])
		}
		runs = append(runs, b.String())
	}
	for _, in := range append(runs, long, strings.Repeat("古丽", 6), strings.Repeat("阿不都", 5)+"江") {
		if got := Parts(in); strings.Join(got, "") != in || len(got) > 2 {
			t.Errorf("Parts(%q) = %q, want at most two parts that join to the run", in, got)
		}
	}
}

// BenchmarkSplitHanRun measures cutting a run the table reads whole (卡尤木尼亚孜买买提) and one it
// reads only at one end (古丽孜拉哈依拉提江).
func BenchmarkSplitHanRun(b *testing.B) {
	runs := []string{"卡尤木尼亚孜买买提", "古丽孜拉哈依拉提江", "阿不都吾甫尔买买提明尼牙孜", "张伟"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		splitHanRun(runs[i%len(runs)], true)
	}
}
