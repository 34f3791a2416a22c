package ingest

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestJSONL(t *testing.T) {
	in := `{"source":"ngo","record_id":7,"name":["Ilham Tohti","ئىلھام توختى"],"sex":"M","birth_date":"1969-10-25","consent":"public"}
{"source":"ngo","name":"Gulbahar | گۈلباھار","birth_date":"c. 1970","status":"released","notes":null,"extra":true}

{"source":"ngo","name":"A B","sex":"x"}
{"source":"ngo","name":"A B","sex":
{"source":"ngo","name":{"text":"A"}}
["not","an","object"]
{"source":"ngo","sex":"f"}
{"source":"ngo","name":"C D","consent":"everyone"}
`
	rows, err := readAll(t, "people.jsonl", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		line    int
		invalid bool
		problem string
	}
	wants := []want{
		{1, false, ""},
		{2, false, ""},
		{4, false, `people.jsonl line 4, column sex: unknown sex "x"`},
		{5, true, "people.jsonl line 5: broken JSON"},
		{6, true, `key "name": an object`},
		{7, true, "not a JSON object"},
		{8, true, "nothing identifies a person"},
		{9, true, `unknown consent level "everyone"`},
	}
	if len(rows) != len(wants) {
		t.Fatalf("got %d rows, want %d", len(rows), len(wants))
	}
	for i, w := range wants {
		row := rows[i]
		if row.Line != w.line || row.Invalid != w.invalid || !strings.Contains(problems(row), w.problem) || (w.problem == "" && len(row.Problems) > 0) {
			t.Errorf("row %d: line %d invalid %v problems:\n%s\nwant line %d invalid %v %q", i, row.Line, row.Invalid, problems(row), w.line, w.invalid, w.problem)
		}
	}
	a := rows[0].Record
	if a.RecordID != "7" || len(a.Names) != 2 || a.Names[1].Script != "arabic" || a.Sex != tizim.Male || a.Consent != tizim.Public {
		t.Errorf("first record %+v", a)
	}
	b := rows[1].Record
	if b.BirthDate.String() != "1970~" || b.Status() != tizim.Released || len(b.Names) != 2 || !strings.HasPrefix(b.RecordID, "h-") {
		t.Errorf("second record %+v", b)
	}
	if got := b.Raw[len(b.Raw)-1]; got != (tizim.Field{Column: "extra", Value: "true"}) {
		t.Errorf("unmapped key must stay in raw: %+v", got)
	}
}

func TestJSONLTooLong(t *testing.T) {
	in := `{"source":"s","name":"A"}` + "\n" + `{"name":"` + strings.Repeat("x", MaxRecordBytes) + `"}` + "\n"
	_, err := readAll(t, "p.jsonl", []byte(in), Options{})
	if err == nil || !strings.Contains(err.Error(), "p.jsonl line 2: the line is longer than") {
		t.Errorf("error %v", err)
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a.csv", "name,sex", "csv"},
		{"a.txt", "name\tsex", "csv"},
		{"a.XLSX", "PK\x03\x04", "xlsx"},
		{"download", "PK\x03\x04", "xlsx"},
		{"a.csv", "PK\x03\x04", "xlsx"},
		{"a.ndjson", "{}", "jsonl"},
		{"stdin", "\ufeff {\"name\":1}", "jsonl"},
		{"stdin", "name,sex", "csv"},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %s, want %s", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestJSONLColumnsBeforeFirstRow(t *testing.T) {
	r, err := Open("p.jsonl", strings.NewReader("\n{\"姓名\":\"A\",\"x\":1}\n"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cols := r.Columns()
	if len(cols) != 2 || cols[0].Field != "name" || cols[1].Field != "" {
		t.Errorf("columns %+v", cols)
	}
	row, err := r.Next()
	if err != nil || row.Line != 2 || row.Record.DisplayName() != "A" {
		t.Errorf("first row %+v, %v", row, err)
	}
	if _, err := Open("p.jsonl", strings.NewReader("\n \n"), Options{}); err == nil || !strings.Contains(err.Error(), "p.jsonl is empty") {
		t.Errorf("empty file: %v", err)
	}
}
