package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/xuri/excelize/v2"
)

// workbook builds an XLSX file: sheet name → rows of cells (strings, or other cell values).
func workbook(t *testing.T, sheets []string, data map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range data[name] {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSX(t *testing.T) {
	data := workbook(t, []string{"说明", "名单", "Empty", "More"}, map[string][][]any{
		"说明": {{"This workbook lists synthetic people."}, {"Compiled 2020"}},
		"名单": {
			{"序号", "姓名", "性别", "出生日期", "籍贯", "状态", "备注"},
			{1, "阿卜杜拉·艾买提", "男", "1984年1月26日", "莎车县", "教培", "=HYPERLINK(\"x\")"},
			{},
			{3, "古丽", "女", "26.01.1990"},
		},
		"More": {{"name", "sex"}, {"Ali Hasan", "m"}},
	})
	rows, err := readAll(t, "list.xlsx", data, Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want 3", len(rows))
	}
	for _, row := range rows {
		if len(row.Problems) > 0 {
			t.Errorf("line %d: %s", row.Line, problems(row))
		}
	}
	a := rows[0].Record
	if rows[0].Line != 2 || a.DisplayName() != "阿卜杜拉·艾买提" || a.HomeCode != "653125" || a.Status() != tizim.Camp ||
		a.BirthDate.String() != "1984-01-26" || a.RecordID != "1" || a.Notes != "=HYPERLINK(\"x\")" {
		t.Errorf("line %d: %+v", rows[0].Line, a)
	}
	if rows[1].Line != 4 || rows[1].Record.BirthDate.String() != "1990-01-26" {
		t.Errorf("line %d: %+v", rows[1].Line, rows[1].Record)
	}
	if rows[2].Record.DisplayName() != "Ali Hasan" {
		t.Errorf("second sheet: %+v", rows[2].Record)
	}
}

func TestXLSXProblemNamesSheet(t *testing.T) {
	data := workbook(t, []string{"People"}, map[string][][]any{
		"People": {{"name", "birth_date"}, {"Ali Hasan", "31.02.1984"}},
	})
	rows, err := readAll(t, "list.xlsx", data, Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	want := `list.xlsx, sheet People line 2, column birth_date: cannot read "31.02.1984" as a date`
	if !strings.Contains(problems(rows[0]), want) {
		t.Errorf("problems:\n%s\nwant %s", problems(rows[0]), want)
	}
}

// zipOf builds a zip archive of n parts of size bytes each (zeros, so they compress well).
func zipOf(t *testing.T, n, size int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zero := make([]byte, size)
	for i := range n {
		w, err := zw.Create(fmt.Sprintf("xl/part%d.xml", i))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(zero)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSXRefused(t *testing.T) {
	defer func(old uint64) { MaxXLSXUnzipped = old }(MaxXLSXUnzipped)
	MaxXLSXUnzipped = 8 << 20
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04 but then nothing"), "bomb.xlsx is not an XLSX workbook: it is not a zip archive"},
		{"text named xlsx", []byte("name,sex\nA,m\n"), "bomb.xlsx is not an XLSX workbook"},
		{"old xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "old .xls workbook"},
		{"many parts", zipOf(t, MaxXLSXEntries+1, 0), "has 10001 parts"},
		{"inflates too much", zipOf(t, 6, 1<<20+1<<19), "would inflate to more than 8 MiB"},
		{"one part too big", zipOf(t, 1, 3<<20), "its part xl/part0.xml would inflate to more than 2 MiB"},
		{"zip without workbook", zipOf(t, 1, 10), "bomb.xlsx is not a readable XLSX workbook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAll(t, "bomb.xlsx", tt.data, Options{Source: "s", Format: "xlsx"})
			if err == nil || !strings.Contains(tizim.ErrorMessage(err), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestXLSXTitleRow(t *testing.T) {
	data := workbook(t, []string{"名单"}, map[string][][]any{
		"名单": {{"莎车县在押人员名单"}, {}, {"姓名", "性别"}, {"古丽", "女"}},
	})
	rows, err := readAll(t, "list.xlsx", data, Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Line != 4 || rows[0].Record.Sex != tizim.Female {
		t.Errorf("rows %+v", rows)
	}
}
