package export

import (
	"bufio"
	"encoding/csv"
	"io"

	"github.com/tizim/tizim"
)

// csvSink writes UTF-8 CSV with a byte-order mark (without one, Excel reads UTF-8 as the
// local code page and garbles Uyghur and Chinese; the ingest package skips it) and the
// header of header().
type csvSink struct {
	bw     *bufio.Writer
	w      *csv.Writer
	people bool
	err    error
}

func newCSV(w io.Writer, opt Options) *csvSink {
	bw := bufio.NewWriterSize(w, 64<<10)
	s := &csvSink{bw: bw, w: csv.NewWriter(bw), people: opt.People}
	_, s.err = bw.WriteString("\ufeff")
	if s.err == nil {
		s.err = s.w.Write(header(opt.People))
	}
	return s
}

func (s *csvSink) record(r *tizim.Record, person int64) error {
	if s.err != nil {
		return s.err
	}
	row := cells(r, s.people, person)
	for i, c := range row {
		row[i] = neutralise(c)
	}
	s.err = s.w.Write(row)
	return s.err
}

func (s *csvSink) person(int64, []*tizim.Record) error { panic("csv does not nest people") }
func (s *csvSink) nests() bool                         { return false }

func (s *csvSink) close() error {
	if s.err != nil {
		return s.err
	}
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return err
	}
	return s.bw.Flush()
}

func (s *csvSink) discard() {}
