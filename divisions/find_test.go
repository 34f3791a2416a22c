package divisions

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		query string
		first string   // code of the best match
		also  []string // codes that must be among the matches
	}{
		{"莎车县", "653125", nil},
		{"莎车", "653125", nil},
		{"Yarkand", "653125", nil},
		{"Yeken", "653125", nil},
		{"shache", "653125", nil},
		{"Shache Xian", "653125", nil},
		{"Yarkand County", "653125", nil},
		{"喀什", "653101", []string{"653100"}},
		{"Kashgar", "653101", []string{"653100"}},
		{"Kashi", "653101", []string{"653100"}},
		{"Qeshqer", "653101", nil},
		{"Kashgar Prefecture", "653100", []string{"653101"}},
		{"喀什地区", "653100", nil},
		{"Hotan", "653201", []string{"653221", "653200"}},
		{"Khotan", "653201", nil},
		{"Hotan County", "653221", []string{"653201"}},
		{"Hotan City", "653201", nil},
		{"Aksu City", "652901", nil},
		{"Hotan Prefecture", "653200", nil},
		{"Hetian", "653201", nil},
		{"Ghulja", "654002", []string{"654021", "654101", "652401"}},
		{"Yining", "654002", nil},
		{"伊宁市", "654002", []string{"654101", "652401"}},
		{"Aksu", "652901", []string{"652900"}},
		{"Turpan", "650400", []string{"652101", "652121", "652100"}},
		{"Tulufan", "650400", nil},
		{"吐鲁番市", "650400", []string{"652101"}},
		{"Urumqi", "650121", []string{"650100"}},
		{"Ürümqi", "650121", []string{"650100"}},
		{"wulumuqi", "650121", []string{"650100"}},
		{"URUMQI", "650121", nil},
		{"Kucha", "652902", []string{"652923"}},
		{"Kuqa", "652902", nil},
		{"Korla", "652801", nil},
		{"Hami", "650500", []string{"652201"}},
		{"Kumul", "650500", nil},
		{"Atush", "653001", nil},
		{"Artux", "653001", nil},
		{"Keriya", "653226", nil},
		{"Kargilik", "653126", nil},
		{"Peyziwat", "653129", nil},
		{"Jiashi", "653129", nil},
		{"Chöchek", "654201", nil},
		{"Chochek", "654201", nil},
		{"Karakax", "653222", nil},
		{"Qaraqash", "653222", nil},
		{"Altay", "654301", nil},
		{"Bortala", "652701", []string{"652700"}},
		{"Tashkurgan", "653131", nil},
		{"塔什库尔干", "653131", nil},
		{"塔什库尔干塔吉克自治县", "653131", nil},
		{"Bayingolin Mongol Autonomous Prefecture", "652800", nil},
		{"Ili Kazakh Autonomous Prefecture", "654000", nil},
		{"Qapqal Xibe Autonomous County", "654022", nil},
		{"巴音郭楞", "652800", nil},
		{"Ili", "654000", nil},
		{"Xinjiang", "650000", nil},
		{"新疆", "650000", nil},
		{"Kona Sheher", "653121", nil},
		{"kona-sheher", "653121", nil},
		{"北京", "110000", nil},
		{"Beijing", "110000", nil},
		{"Chongqing", "500000", nil},
		{"قەشقەر", "653101", []string{"653100"}},
		{"خوتەن", "653201", nil},
		{"غۇلجا", "654002", nil},
		{"ئۈرۈمچی", "650121", []string{"650100"}},
		{"يەكەن", "653125", nil},
		{"قاغىلىق", "653126", nil},
		{"كېرىيە", "653226", nil},
		{"پەيزىۋات", "653129", nil},
		{"قاراقاش", "653222", nil},
		{"تۇرپان", "650400", nil},
		{"ﻗﻪﺷﻘﻪﺭ", "653101", nil}, // presentation forms, with ه for ە
		{"Қәшқәр", "653101", nil},
		{"Ғулҗа", "654002", nil},
		{"Үрүмчи", "650121", nil},
		{"Турпан", "650400", nil},
		{"Yarkand, قەشقەر", "653125", nil},
		{"烏魯木齊", "650121", []string{"650100"}},
		{"伊寧市", "654002", nil},
		{"新疆維吾爾自治區喀什地區莎車縣", "653125", nil},
		{"於田縣", "653226", nil},
		{"Nowhere", "", nil},
		{" 653125 ", "653125", nil},
		{"120110", "120110", nil},
		{"653199", "", nil},
		{"", "", nil},
		{strings.Repeat("喀", 10000), "", nil},
		{"\xff\xfe", "", nil},
	}
	for _, tt := range tests {
		got := Find(tt.query)
		q := tt.query
		if len(q) > 40 {
			q = q[:40] + "…"
		}
		if tt.first == "" {
			if len(got) > 0 {
				t.Errorf("Find(%q) = %v, want nothing", q, codes(got))
			}
			continue
		}
		if len(got) == 0 || got[0].Code != tt.first {
			t.Errorf("Find(%q) = %v, want %s first", q, codes(got), tt.first)
			continue
		}
		for _, c := range tt.also {
			if !strings.Contains(strings.Join(codes(got), " "), c) {
				t.Errorf("Find(%q) = %v, want %s among them", q, codes(got), c)
			}
		}
	}
}

func TestLatinNames(t *testing.T) {
	tests := []struct{ code, latin, pinyin string }{
		{"653125", "Yarkand", "Shache Xian"},
		{"653101", "Kashgar", "Kashi Shi"},
		{"653129", "Peyziwat", "Jiashi Xian"},
		{"653122", "Yengisheher", "Shule Xian"},
		{"652823", "Lopnur", "Yuli Xian"},
		{"654000", "Ili", "Yili Hasake Zizhizhou"},
		{"653131", "Tashkurgan", "Tashikuergan Tajike Zizhixian"},
		{"340300", "Bengbu Shi", "Bengbu Shi"},
		{"500000", "Chongqing Shi", "Chongqing Shi"},
		{"430100", "Changsha Shi", "Changsha Shi"},
		{"350200", "Xiamen Shi", "Xiamen Shi"},
		{"110105", "Chaoyang Qu", "Chaoyang Qu"},
	}
	for _, tt := range tests {
		d, ok := Lookup(tt.code)
		if !ok || d.Latin != tt.latin || d.Pinyin != tt.pinyin {
			t.Errorf("Lookup(%s) Latin %q Pinyin %q, want %q %q", tt.code, d.Latin, d.Pinyin, tt.latin, tt.pinyin)
		}
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct{ name, stem string }{
		{"莎车县", "莎车"},
		{"伊犁哈萨克自治州", "伊犁"},
		{"察布查尔锡伯自治县", "察布查尔"},
		{"积石山保安族东乡族撒拉族自治县", "积石山"},
		{"新疆维吾尔自治区", "新疆"},
		{"内蒙古自治区", "内蒙古"},
		{"西藏自治区", "西藏"},
		{"县", "县"},
	}
	for _, tt := range tests {
		if stem, _ := splitName(tt.name); stem != tt.stem {
			t.Errorf("splitName(%s) stem = %s, want %s", tt.name, stem, tt.stem)
		}
	}
}
