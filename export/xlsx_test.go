package export

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/xuri/excelize/v2"
)

// xlsxText returns every cell of every sheet, one row per line, and fails on a formula.
func xlsxText(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s is a formula: %s", sheet, cell, formula)
				}
				b.WriteString(v + "\t")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestXLSXCellsAreText(t *testing.T) {
	r := everything(1, 1, tizim.Internal)
	r.Notes = `=HYPERLINK("http://evil","x")`
	r.Names = []tizim.Name{{Text: "-gül", Role: tizim.FullName}}
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, Slice([]*tizim.Record{r}), Options{Format: "xlsx", People: true}); err != nil {
		t.Fatal(err)
	}
	text := xlsxText(t, buf.Bytes())
	if !strings.HasPrefix(text, "person\tsource\trecord_id\tname\t") || !strings.Contains(text, "\t-gül\t") || !strings.Contains(text, r.Notes) {
		t.Errorf("workbook:\n%s", text)
	}
}
