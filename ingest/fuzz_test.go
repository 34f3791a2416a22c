package ingest

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// readChecked reads everything from data and checks what must hold for any input: no panic,
// every row placed on a line, invalid rows say why, valid rows make storable records, and no
// name keeps a bidi control.
func readChecked(t *testing.T, name string, data []byte, format string) {
	r, err := Open(name, bytes.NewReader(data), Options{Source: "fuzz", Format: format})
	if err != nil {
		if err.Error() == "" {
			t.Fatal("empty error message")
		}
		return
	}
	defer r.Close()
	for n := 0; ; n++ {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			if !strings.Contains(err.Error(), name) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if row.Line <= 0 {
			t.Fatalf("row %d has line %d", n, row.Line)
		}
		fatal := false
		for _, p := range row.Problems {
			fatal = fatal || p.Fatal
			if p.Line != row.Line || p.Message == "" {
				t.Fatalf("problem %+v of row at line %d", p, row.Line)
			}
		}
		if fatal != row.Invalid {
			t.Fatalf("line %d: invalid %v but problems %v", row.Line, row.Invalid, row.Problems)
		}
		if row.Invalid {
			continue
		}
		if err := row.Record.Validate(); err != nil {
			t.Fatalf("line %d: valid row makes an invalid record: %v", row.Line, err)
		}
		for _, nm := range row.Record.Names {
			if strings.ContainsFunc(nm.Text, isBidiControl) || strings.TrimSpace(nm.Text) == "" {
				t.Fatalf("line %d: name %q", row.Line, nm.Text)
			}
		}
	}
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("name,sex,birth_date\nAli Hasan,m,1984\n"))
	f.Add([]byte("姓名;性别;出生日期;籍贯\n古丽;女;1990年3月;莎车县\n"))
	f.Add([]byte("name\tid_number\tconsent\n\"A \"\"B\"\"\"\t653125198401260011\tpublic\n"))
	f.Add([]byte("\xef\xbb\xbfname|status\n'-gül|在押\n\"broken\n"))
	f.Add([]byte("\xff\xfen\x00a\x00m\x00e\x00\n\x00A\x00\n\x00"))
	f.Add([]byte("name,name\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readChecked(t, "fuzz.csv", data, "csv")
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"name":"Ali Hasan","sex":"m"}` + "\n"))
	f.Add([]byte(`{"name":["A","ئا"],"birth_date":1984,"consent":"public"}` + "\n{}\n[1]\n"))
	f.Add([]byte(`{"name":"\u202eA","x":{"y":1}}`))
	f.Add([]byte("{\"name\":\"A\",\"name\":\"B\"}\n\r\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readChecked(t, "fuzz.jsonl", data, "jsonl")
	})
}

func FuzzXLSX(f *testing.F) {
	t := &testing.T{}
	f.Add(workbook(t, []string{"People"}, map[string][][]any{"People": {{"name", "sex"}, {"Ali Hasan", "m"}, {"", "f"}}}))
	f.Add(zipOf(t, 2, 100))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readChecked(t, "fuzz.xlsx", data, "xlsx")
	})
}
