package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestSearchCommand(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "people.csv", "source,record_id,name,sex,birth_date,home_code,consent\n"+
		"police,1,伊力哈木·土赫提,m,1969,653121,sealed\n"+
		"press,1,Ilham Tohti,m,,,public\n"+
		"press,2,Memet Tursun,m,1950,650102,public\n"+
		"uyghur-list,1,ئابدۇكېرىم تۇرسۇن,m,1980,653121,internal\n"+
		"families,7,Abdukerim Tursun,f,1990,650102,internal\n")
	if _, stderr, err := tizimCmd(t, db, "import", file); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	cases := []struct {
		args    []string
		name    string   // the name of the first hit
		records []string // its records
		lines   int      // at most this many lines
	}{
		{[]string{"search", "--limit", "2", "Илһам Тохти"}, "", []string{"press:1", "police:1"}, 2}, // not deduplicated: two people
		{[]string{"search", "Abdukerim", "Tursun", "--json"}, "ئابدۇكېرىم تۇرسۇن", []string{"uyghur-list:1"}, 10},
		{[]string{"search", "--limit", "1", "Tursun"}, "", nil, 1},
		// the filters: only the records of the home, years and sex match
		{[]string{"search", "--home", "6531", "Илһам Тохти"}, "伊力哈木·土赫提", []string{"police:1"}, 1},
		{[]string{"search", "--born-from", "1985", "--sex", "f", "Abdukerim Tursun"}, "Abdukerim Tursun", []string{"families:7"}, 1},
		{[]string{"search", "--born-to", "1985", "--home", "65", "Abdukerim Tursun"}, "ئابدۇكېرىم تۇرسۇن", []string{"uyghur-list:1"}, 2},
	}
	for _, c := range cases {
		out, stderr, err := tizimCmd(t, db, c.args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) == 0 || len(lines) > c.lines || lines[0] == "" {
			t.Fatalf("%v printed %d lines:\n%s", c.args, len(lines), out)
		}
		var first struct {
			Person  int64    `json:"person"`
			Score   float64  `json:"score"`
			Name    string   `json:"name"`
			Records []string `json:"records"`
		}
		if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
			t.Fatalf("%v: line %q: %v", c.args, lines[0], err)
		}
		if first.Person == 0 || first.Score <= 0 || first.Score > 1 {
			t.Errorf("%v: first hit %+v", c.args, first)
		}
		for _, r := range c.records {
			if !strings.Contains(out, `"`+r+`"`) {
				t.Errorf("%v: no record %s in\n%s", c.args, r, out)
			}
		}
		if c.name != "" && (first.Name != c.name || strings.Join(first.Records, " ") != strings.Join(c.records, " ")) {
			t.Errorf("%v: first hit %+v, want %s with %v", c.args, first, c.name, c.records)
		}
	}
}

func TestSearchCommandBadInput(t *testing.T) {
	db := tempDB(t)
	for _, args := range [][]string{{"search"}, {"search", "  "}, {"search", "--limit", "0", "Ilham"}, {"search", "--limit", "x", "Ilham"},
		{"search", "--born-from", "85", "Ilham"}, {"search", "--born-to", "x", "Ilham"}, {"search", "--sex", "q", "Ilham"}} {
		if _, _, err := tizimCmd(t, db, args...); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("%v: err = %v, want %s", args, err, tizim.EINVALID)
		}
	}
}
