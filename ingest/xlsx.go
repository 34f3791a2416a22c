package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tizim/tizim"
	"github.com/xuri/excelize/v2"
)

// Limits on XLSX workbooks. A workbook is a zip archive whose parts excelize holds in memory
// (worksheets above a few MB stream from a temporary file), so an archive that inflates from
// kilobytes to gigabytes — a zip bomb disguised as a spreadsheet — is refused before excelize
// sees it. The caps leave room for a million-row list (about 100 MB zipped, under 1 GB of XML).
const (
	MaxXLSXBytes   = 256 << 20 // the workbook file
	MaxXLSXEntries = 10_000    // parts in the archive
)

// MaxXLSXUnzipped caps all parts of a workbook, inflated. It is a variable so that tests can
// lower it instead of inflating a gigabyte.
var MaxXLSXUnzipped uint64 = 1 << 30

// xlsxReader reads every worksheet of a workbook in turn. Each sheet's first non-empty row is
// its header; sheets whose header maps to no field (a notes or summary sheet) are skipped.
type xlsxReader struct {
	file   string
	opt    Options
	f      *excelize.File
	sheets []string
	next   int // index of the next sheet to open
	rows   *excelize.Rows
	row    int // row number in the current sheet, 1-based
	label  string
	b      *builder
	first  []ColumnMap
}

func openXLSX(file string, br *bufio.Reader, opt Options) (Reader, error) {
	data, err := io.ReadAll(io.LimitReader(br, MaxXLSXBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	if len(data) > MaxXLSXBytes {
		return nil, tizim.Errorf(tizim.EINVALID, "%s is larger than %d MiB; save it as CSV to import it", file, MaxXLSXBytes>>20)
	}
	if err := checkZip(file, data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: int64(MaxXLSXUnzipped), UnzipXMLSizeLimit: min(16<<20, int64(MaxXLSXUnzipped)),
		// Date cells in the short date format are written as ISO dates, which ParseDate reads.
		ShortDatePattern: "yyyy-mm-dd", LongDatePattern: "yyyy-mm-dd",
	})
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "%s is not a readable XLSX workbook: %v", file, err)
	}
	r := &xlsxReader{file: file, opt: opt, f: f, sheets: f.GetSheetList()}
	if err := r.openSheet(); err != nil {
		f.Close()
		return nil, err
	}
	if r.rows == nil {
		f.Close()
		return nil, tizim.Errorf(tizim.EINVALID, "%s: no sheet has a header row with columns Tizim knows (name, 姓名, sex, ...); use a mapping file", file)
	}
	r.first = r.b.cols
	return r, nil
}

// checkZip refuses what is not a zip archive, and archives with too many parts or too much
// content once inflated. The sizes are those the archive declares; archive/zip (used by
// excelize too) fails a part that inflates to more than it declared.
func checkZip(file string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return tizim.Errorf(tizim.EINVALID, "%s is an old .xls workbook or a password-protected one; save it as .xlsx (without a password) or CSV", file)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return tizim.Errorf(tizim.EINVALID, "%s is not an XLSX workbook: it is not a zip archive (%v)", file, err)
	}
	if len(zr.File) > MaxXLSXEntries {
		return tizim.Errorf(tizim.EINVALID, "%s has %d parts; a workbook of people has far fewer (the limit is %d), so it is refused as a possible zip bomb", file, len(zr.File), MaxXLSXEntries)
	}
	var total uint64
	for _, zf := range zr.File {
		// excelize holds every part in memory except large worksheets, which it streams
		// from a temporary file; so other parts (shared strings, styles) get a tighter cap.
		if zf.UncompressedSize64 > MaxXLSXUnzipped/4 && !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			return tizim.Errorf(tizim.EINVALID, "%s: its part %s would inflate to more than %d MiB; it is refused as a possible zip bomb (save a real list this large as CSV)", file, short(zf.Name), MaxXLSXUnzipped/4>>20)
		}
		total += zf.UncompressedSize64
		if total > MaxXLSXUnzipped {
			return tizim.Errorf(tizim.EINVALID, "%s would inflate to more than %d MiB; it is refused as a possible zip bomb (save a real list this large as CSV)", file, MaxXLSXUnzipped>>20)
		}
	}
	return nil
}

// openSheet opens sheets from r.next on until one has a header that maps; r.rows stays nil
// when none is left.
func (r *xlsxReader) openSheet() error {
	for r.next < len(r.sheets) {
		name := r.sheets[r.next]
		r.next++
		rows, err := r.f.Rows(name)
		if err != nil {
			return tizim.Errorf(tizim.EINVALID, "%s, sheet %s: cannot read the sheet: %v", r.file, name, err)
		}
		r.label = fmt.Sprintf("%s, sheet %s", r.file, name)
		r.rows, r.row = rows, 0
		cols, err := r.readHeader()
		if err != nil {
			r.closeSheet()
			return err
		}
		if cols == nil { // an empty sheet, or one of notes
			r.closeSheet()
			continue
		}
		if err := needSource(r.label, cols, r.opt); err != nil {
			r.closeSheet()
			return err
		}
		r.b = newBuilder(r.label, cols, r.opt)
		return nil
	}
	return nil
}

// readHeader finds the sheet's header: the first row with a column that maps to a field,
// within the first maxTitleRows non-empty rows. It returns nil when there is none.
func (r *xlsxReader) readHeader() ([]ColumnMap, error) {
	for n := 0; n < maxTitleRows; n++ {
		header, err := r.nextCells()
		if err != nil || header == nil {
			return nil, err
		}
		cols, err := mapColumns(r.label, r.row, header, r.opt.Mapping)
		if !errors.Is(err, errNoColumn) {
			return cols, err
		}
	}
	return nil, nil
}

func (r *xlsxReader) closeSheet() {
	if r.rows != nil {
		r.rows.Close()
		r.rows = nil
	}
}

// nextCells returns the next non-blank row of the current sheet, nil at its end.
func (r *xlsxReader) nextCells() ([]string, error) {
	for r.rows.Next() {
		r.row++
		cells, err := r.rows.Columns()
		if err != nil {
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: cannot read the row: %v", r.label, r.row, err)
		}
		if !blank(cells) {
			return cells, nil
		}
	}
	if err := r.rows.Error(); err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: cannot read the sheet further: %v", r.label, r.row+1, err)
	}
	return nil, nil
}

// Columns implements Reader: the mapping of the first sheet read.
func (r *xlsxReader) Columns() []ColumnMap { return r.first }

// Next implements Reader.
func (r *xlsxReader) Next() (*Row, error) {
	for r.rows != nil {
		cells, err := r.nextCells()
		if err != nil {
			r.Close()
			return nil, err
		}
		if cells == nil {
			r.closeSheet()
			if err := r.openSheet(); err != nil {
				r.Close()
				return nil, err
			}
			continue
		}
		// Spreadsheets leave out empty cells at the end of a row.
		for len(cells) < len(r.b.cols) {
			cells = append(cells, "")
		}
		return r.b.build(r.row, cells), nil
	}
	r.Close()
	return nil, io.EOF
}

// Close releases the workbook and its temporary files.
func (r *xlsxReader) Close() error {
	r.closeSheet()
	if r.f == nil {
		return nil
	}
	err := r.f.Close()
	r.f = nil
	return err
}
