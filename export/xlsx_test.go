package export

import (
	"bytes"
	"context"
	"os"
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

// tmpWatch notes, when the workbook starts to be written out, which files its directory holds.
type tmpWatch struct {
	t    *testing.T
	dir  string
	seen []string
	n    int
}

func (w *tmpWatch) Write(p []byte) (int, error) {
	if w.n == 0 {
		entries, err := os.ReadDir(w.dir)
		if err != nil {
			w.t.Fatal(err)
		}
		for _, e := range entries {
			w.seen = append(w.seen, e.Name())
		}
	}
	w.n += len(p)
	return len(p), nil
}

// A workbook past excelize's 16 MB keeps its rows in a temporary file: in Options.TmpDir, and
// removed once written.
func TestXLSXTemporaryRowsStayInTmpDir(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 20 MB")
	}
	dir := t.TempDir()
	notes := strings.Repeat("ئەسلىمە ", 1300) // about 20 KB of text per record
	recs := make([]*tizim.Record, 1000)
	for i := range recs {
		recs[i] = everything(int64(i+1), int64(i+1), tizim.Internal)
		recs[i].Notes = notes
	}
	w := &tmpWatch{t: t, dir: dir}
	if err := Write(context.Background(), w, Slice(recs), Options{Format: "xlsx", TmpDir: dir}); err != nil {
		t.Fatal(err)
	}
	if len(w.seen) == 0 {
		t.Error("no temporary file in TmpDir while the workbook was written: the rows went elsewhere")
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
