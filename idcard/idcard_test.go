package idcard

import (
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// gen builds a valid number for a test, failing the test if Generate cannot.
func gen(t *testing.T, county string, y, m, d, seq int) string {
	t.Helper()
	s := Generate(county, date(y, m, d), seq)
	if len(s) != 18 {
		t.Fatalf("Generate(%s, %d-%d-%d, %d) = %q", county, y, m, d, seq, s)
	}
	return s
}

func withCheck(first17 string) string { return first17 + string(Check(first17)) }

func TestCheck(t *testing.T) {
	tests := []struct {
		first17 string
		want    byte
	}{
		{"11010519491231002", 'X'}, // the example of GB 11643-1999
		{"44052418800101001", '4'},
		{"1101051949123100", 0},
		{"1101051949123100A", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Check(tt.first17); got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.first17, got, tt.want)
		}
	}
}

func TestGenerate(t *testing.T) {
	s := Generate("653125", date(1984, 1, 26), 123)
	if s != "65312519840126123"+string(Check("65312519840126123")) {
		t.Errorf("Generate = %q", s)
	}
	if n, err := parseAt(s, today); err != nil || !n.Valid || n.Sex != "m" {
		t.Errorf("Parse(Generate(...)) = %+v, %v", n, err)
	}
	for _, bad := range []struct {
		county string
		seq    int
	}{{"65312", 1}, {"65312a", 1}, {"653125", -1}, {"653125", 1000}} {
		if s := Generate(bad.county, date(1984, 1, 26), bad.seq); s != "" {
			t.Errorf("Generate(%q, _, %d) = %q, want \"\"", bad.county, bad.seq, s)
		}
	}
}

func TestParse(t *testing.T) {
	turpan1980 := gen(t, "652101", 1980, 5, 1, 123)
	tests := []struct {
		name       string
		in         string
		valid      bool
		masked     bool
		problem    string // a part of the first problem, "" for none
		birth      time.Time
		sex        string
		county     string // code
		countyName string
		current    string // code of the first current division
		note       string // a part of some note
	}{
		{"standard example", "11010519491231002X", true, false, "", date(1949, 12, 31), "f", "110105", "朝阳区", "110105", ""},
		{"spaces and lower-case x", " 110105 19491231 002x ", true, false, "", date(1949, 12, 31), "f", "110105", "朝阳区", "110105", ""},
		{"full width", "１１０１０５１９４９１２３１００２Ｘ", true, false, "", date(1949, 12, 31), "f", "110105", "朝阳区", "110105", ""},
		{"hyphens and a bidi mark", "110105-\u200e19491231-002X", true, false, "", date(1949, 12, 31), "f", "110105", "朝阳区", "110105", ""},
		{"Yarkand", gen(t, "653125", 1975, 3, 9, 46), true, false, "", date(1975, 3, 9), "f", "653125", "莎车县", "653125", ""},
		{"Turpan code, born 1980", turpan1980, true, false, "", date(1980, 5, 1), "m", "652101", "吐鲁番市", "650402", ""},
		{"Turpan code, born 2016", gen(t, "652101", 2016, 5, 1, 123), false, false, "retired in 2015, before the birth year 2016", date(2016, 5, 1), "m", "652101", "吐鲁番市", "650402", ""},
		{"Turpan code, born 2015", gen(t, "652101", 2015, 2, 1, 123), true, false, "", date(2015, 2, 1), "m", "652101", "吐鲁番市", "650402", ""},
		{"Hami code, born 1990", gen(t, "652201", 1990, 7, 7, 8), true, false, "", date(1990, 7, 7), "f", "652201", "哈密市", "650502", ""},
		{"Ghulja 1984–2001 code, born 1995", gen(t, "654101", 1995, 1, 1, 11), true, false, "", date(1995, 1, 1), "m", "654101", "伊宁市", "654002", ""},
		{"Ghulja 1984–2001 code, born 2005", gen(t, "654101", 2005, 1, 1, 11), false, false, "retired in 2001", date(2005, 1, 1), "m", "654101", "伊宁市", "654002", ""},
		{"Gaochang code, born 1980", gen(t, "650402", 1980, 1, 1, 11), true, false, "", date(1980, 1, 1), "m", "650402", "高昌区", "650402", "came into use in 2015"},
		{"Hami County, retired in 1983", gen(t, "652221", 1950, 1, 1, 11), true, false, "", date(1950, 1, 1), "m", "652221", "哈密县", "650502", "before the first numbers were issued"},
		{"a code that never existed", gen(t, "653199", 1980, 1, 1, 11), false, false, "653199 was never a division code", date(1980, 1, 1), "m", "", "", "", ""},
		{"no such province", gen(t, "991001", 1980, 1, 1, 11), false, false, "begins with 99", date(1980, 1, 1), "m", "", "", "", ""},
		{"city districts", gen(t, "650101", 1980, 1, 1, 11), true, false, "", date(1980, 1, 1), "m", "650101", "乌鲁木齐市市辖区", "650100", "city districts"},
		{"31 February", withCheck("65310119840231011"), false, false, "1984-02-31 does not exist", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"29 February of a leap year", gen(t, "653101", 1984, 2, 29, 11), true, false, "", date(1984, 2, 29), "m", "653101", "喀什市", "653101", ""},
		{"month 13", "653101198413011110", false, false, "month 13", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"future", gen(t, "653101", 2027, 1, 1, 11), false, false, "in the future", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"later this year", gen(t, "653101", 2026, 12, 1, 11), false, false, "2026-12-01 is in the future", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"too early", gen(t, "653101", 1850, 1, 1, 11), false, false, "before 1880", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"bad check", "110105194912310021", false, false, "check character is 1, but the first 17 digits give X", date(1949, 12, 31), "f", "110105", "朝阳区", "110105", ""},
		{"17 characters", "11010519491231002", false, false, "17 characters", time.Time{}, "", "", "", "", ""},
		{"19 characters", "11010519491231002X1", false, false, "19 characters", time.Time{}, "", "", "", "", ""},
		{"letter inside", "11010519491A31002X", false, false, "character 12 is 'A'", time.Time{}, "", "", "", "", ""},
		{"X inside", "1101051949X231002X", false, false, "character 11 is 'X'", time.Time{}, "", "", "", "", ""},
		{"Chinese text", "身份证号码", false, false, "5 characters", time.Time{}, "", "", "", "", ""},
		{"empty", "  ", false, false, "empty", time.Time{}, "", "", "", "", ""},
		{"invalid UTF-8", "1101\xff05194912", false, false, "not valid UTF-8", time.Time{}, "", "", "", "", ""},
		{"huge", strings.Repeat("1", 10000), false, false, "too long", time.Time{}, "", "", "", "", ""},
		{"fifteen digits", "653101840126123", true, false, "", date(1984, 1, 26), "m", "653101", "喀什市", "653101", "15-digit"},
		{"fifteen digits with X", "65310184012612X", false, false, "character 15 is 'X'", time.Time{}, "", "", "", "", ""},
		{"masked", "6531**********123X", false, true, "", time.Time{}, "m", "", "", "", ""},
		{"masked with bullets", "6531●●●●●●●●●●123X", false, true, "", time.Time{}, "m", "", "", "", ""},
		{"masked, year and county visible", "6521011980********", false, true, "", time.Time{}, "", "652101", "吐鲁番市", "650402", ""},
		{"masked, impossible month visible", "653101198413******", false, true, "month 13", time.Time{}, "", "653101", "喀什市", "653101", ""},
		{"masked fifteen", "653101******123", false, true, "", time.Time{}, "m", "653101", "喀什市", "653101", ""},
		{"all masked", "******************", false, true, "", time.Time{}, "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := parseAt(tt.in, today)
			if n.Valid != tt.valid || n.Masked != tt.masked {
				t.Errorf("Valid %v Masked %v, want %v %v (problems %q)", n.Valid, n.Masked, tt.valid, tt.masked, n.Problems)
			}
			if (err != nil) != (len(n.Problems) > 0) {
				t.Errorf("error %v with problems %q", err, n.Problems)
			}
			if tt.problem == "" && len(n.Problems) > 0 {
				t.Errorf("problems %q, want none", n.Problems)
			}
			if tt.problem != "" && (len(n.Problems) == 0 || !strings.Contains(n.Problems[0], tt.problem)) {
				t.Errorf("problems %q, want one containing %q", n.Problems, tt.problem)
			}
			if !n.Birth.Equal(tt.birth) || n.Sex != tt.sex {
				t.Errorf("birth %v sex %q, want %v %q", n.Birth, n.Sex, tt.birth, tt.sex)
			}
			if n.County.Code != tt.county || n.County.Name != tt.countyName || n.CountyKnown != (tt.county != "") {
				t.Errorf("county %s %s (known %v), want %s %s", n.County.Code, n.County.Name, n.CountyKnown, tt.county, tt.countyName)
			}
			if cur := ""; tt.current != "" {
				if len(n.CountyCurrent) > 0 {
					cur = n.CountyCurrent[0].Code
				}
				if cur != tt.current {
					t.Errorf("current county %q, want %s", cur, tt.current)
				}
			}
			if tt.note != "" && !strings.Contains(strings.Join(n.Notes, "\n"), tt.note) {
				t.Errorf("notes %q, want one containing %q", n.Notes, tt.note)
			}
			if n.Valid && Check(n.Normalized[:17]) != n.Normalized[17] {
				t.Errorf("valid number %s with a wrong check character", n.Normalized)
			}
		})
	}
}

func TestParseMaskedReadsWhatIsVisible(t *testing.T) {
	n, _ := parseAt("6531**1984******2*", today)
	if n.BirthYear != 1984 || n.BirthMonth != 0 || n.Sex != "f" {
		t.Errorf("year %d month %d sex %q, want 1984, 0, f", n.BirthYear, n.BirthMonth, n.Sex)
	}
	if n.Province.Code != "650000" || n.Prefecture.Code != "653100" || n.Prefecture.Latin != "Kashgar" {
		t.Errorf("province %s prefecture %s %s, want 650000 653100 Kashgar", n.Province.Code, n.Prefecture.Code, n.Prefecture.Latin)
	}
	if n.Normalized != "6531**1984******2*" {
		t.Errorf("normalized %q", n.Normalized)
	}
}

func TestParseFifteen(t *testing.T) {
	n, err := parseAt("653101 840126 123", today)
	want := "65310119840126123" + string(Check("65310119840126123"))
	if err != nil || !n.Fifteen || n.Normalized != want {
		t.Errorf("Parse(15 digits) = %q fifteen %v, %v; want %s", n.Normalized, n.Fifteen, err, want)
	}
}
