package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMapping(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, err string
	}{
		{"lines.txt", "# police list 3\nXM = name\n 出生 = birth_date\nBZ = -\n\n", ""},
		{"map.json", `{"XM": "name", "出生": "birth_date", "BZ": "-"}`, ""},
		{"bad-field.txt", "XM = fullname\n", `"fullname" is not a field`},
		{"bad-line.txt", "XM name\n", `line 1: want "header = field"`},
		{"bad.json", `{"XM": 1}`, "not a JSON object of strings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, []byte(tt.text), 0o600); err != nil {
				t.Fatal(err)
			}
			m, err := LoadMapping(path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// 状态 is an alias the mapping does not override; BZ would be unmapped anyway but
			// xm and 出生 are unknown to the aliases.
			rows, err := readAll(t, "p.csv", []byte("xm,出生,状态,BZ\nAli Hasan,1984,在押,note\n"), Options{Source: "s", Mapping: m})
			if err != nil {
				t.Fatal(err)
			}
			r := rows[0].Record
			if r.DisplayName() != "Ali Hasan" || r.BirthDate.String() != "1984" || r.Status() != "detained" || r.Notes != "" {
				t.Errorf("record %+v", r)
			}
		})
	}
}

func TestColumnAliases(t *testing.T) {
	tests := []struct{ header, field string }{
		{"Birth Date", "birth_date"}, {"BIRTH-DATE:", "birth_date"}, {"出生日期", "birth_date"},
		{"身份证号码", "id_number"}, {"户籍地", "hometown"}, {"籍贯", "hometown"}, {"关押地点", "facility"},
		{"ئىسىم", "name"}, {"ФИО", "name"}, {"Отчество", "father_name"}, {"Ｎａｍｅ", "name"},
		{"№", "record_id"}, {"姓名", "name"}, {"状态", "status"}, {"whatever", ""},
	}
	for _, tt := range tests {
		if got := aliasIndex[headerKey(tt.header)]; got != tt.field {
			t.Errorf("header %q maps to %q, want %q", tt.header, got, tt.field)
		}
	}
	cols, err := mapColumns("f.csv", 1, []string{"姓名", "籍贯", "户籍地", ""}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cols[1].Field != "hometown" || cols[2].Field != "" || !strings.Contains(cols[2].Note, "already read from column 2") || cols[3].Header != "column 4" {
		t.Errorf("columns %+v", cols)
	}
}
