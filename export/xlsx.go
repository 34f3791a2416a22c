package export

import (
	"fmt"
	"io"

	"github.com/tizim/tizim"
	"github.com/xuri/excelize/v2"
)

// xlsxSink writes a workbook through excelize's stream writer, which keeps rows in a
// temporary file rather than in memory. Every cell is a text cell, so nothing in it runs as a
// formula and no apostrophe is needed. A sheet holds at most 1,048,576 rows; more records go
// on to further sheets ("records 2", ...), each with the header.
type xlsxSink struct {
	w      io.Writer
	f      *excelize.File
	sw     *excelize.StreamWriter
	people bool
	sheets int
	row    int
	err    error
}

func newXLSX(w io.Writer, opt Options) *xlsxSink {
	s := &xlsxSink{w: w, f: excelize.NewFile(excelize.Options{TmpDir: opt.TmpDir}), people: opt.People}
	s.err = s.newSheet()
	return s
}

func (s *xlsxSink) sheetName() string {
	name := "records"
	if s.people {
		name = "people"
	}
	if s.sheets > 1 {
		name = fmt.Sprintf("%s %d", name, s.sheets)
	}
	return name
}

func (s *xlsxSink) newSheet() error {
	if s.sw != nil {
		if err := s.sw.Flush(); err != nil {
			return err
		}
	}
	s.sheets++
	name := s.sheetName()
	if s.sheets == 1 {
		if err := s.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := s.f.NewSheet(name); err != nil {
		return err
	}
	sw, err := s.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	s.sw, s.row = sw, 0
	return s.write(header(s.people))
}

func (s *xlsxSink) write(values []string) error {
	s.row++
	row := make([]any, len(values))
	for i, v := range values {
		row[i] = v
	}
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, row)
}

func (s *xlsxSink) record(r *tizim.Record, person int64) error {
	if s.err == nil && s.row >= excelize.TotalRows {
		s.err = s.newSheet()
	}
	if s.err == nil {
		s.err = s.write(cells(r, s.people, person))
	}
	return s.err
}

func (s *xlsxSink) person(int64, []*tizim.Record) error { panic("xlsx does not nest people") }
func (s *xlsxSink) nests() bool                         { return false }

func (s *xlsxSink) close() error {
	defer s.f.Close()
	if s.err != nil {
		return s.err
	}
	if err := s.sw.Flush(); err != nil {
		return err
	}
	_, err := s.f.WriteTo(s.w)
	return err
}

func (s *xlsxSink) discard() { s.f.Close() }
