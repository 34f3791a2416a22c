package ingest

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// csvReader reads delimited text: the first row is the header.
type csvReader struct {
	file     string
	csv      *csv.Reader
	cap      *capReader
	b        *builder
	nextLine int // where the next record starts, for errors before it is read
	// Encoding and Delimiter are what detection found, for previews.
	encoding  string
	delimiter rune
}

// delimiters are the separators detected in the header line, in order of preference on a tie.
var delimiters = []rune{',', ';', '\t', '|'}

func openCSV(file string, br *bufio.Reader, opt Options) (Reader, error) {
	text, enc := decode(br)
	tb := bufio.NewReaderSize(text, 64<<10)
	if head, _ := tb.Peek(64 << 10); bytes.IndexByte(head, '\n') < 0 && bytes.IndexByte(head, '\r') >= 0 {
		// Lines that end in a carriage return alone ("CSV (Macintosh)" of Excel for Mac).
		tb = bufio.NewReaderSize(&crReader{r: tb}, 64<<10)
	}
	delim := detectDelimiter(tb)
	c := &capReader{r: tb}
	cr := csv.NewReader(c)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	r := &csvReader{file: file, csv: cr, cap: c, nextLine: 1, encoding: enc, delimiter: delim}
	cols, err := r.readHeader(opt)
	if err != nil {
		return nil, err
	}
	if err := needSource(file, cols, opt); err != nil {
		return nil, err
	}
	r.b = newBuilder(file, cols, opt)
	r.b.unescape = true
	return r, nil
}

// readHeader finds the header: the first row with a column that maps to a field, within the
// first maxTitleRows rows.
func (r *csvReader) readHeader(opt Options) ([]ColumnMap, error) {
	var first error
	for n := 0; n < maxTitleRows; n++ {
		row, err := r.csv.Read()
		switch {
		case err == io.EOF && first != nil:
			return nil, first
		case err == io.EOF:
			return nil, tizim.Errorf(tizim.EINVALID, "%s is empty: it has no header row", r.file)
		case errors.Is(err, errTooLong):
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: the header row is longer than %d bytes; this is not a list of people", r.file, r.nextLine, MaxRecordBytes)
		case err != nil:
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: cannot read the header row: %v", r.file, r.nextLine, csvMessage(err))
		}
		line, _ := r.csv.FieldPos(0)
		header := append([]string(nil), row...)
		r.advance(header)
		if blank(header) {
			continue
		}
		for i, h := range header {
			if fault := cellFault(h); fault != "" {
				return nil, tizim.Errorf(tizim.EINVALID, "%s line %d, column %d: %s", r.file, line, i+1, fault)
			}
		}
		cols, err := mapColumns(r.file, line, header, opt.Mapping)
		if errors.Is(err, errNoColumn) {
			first = cmp.Or(first, err)
			continue
		}
		return cols, err
	}
	return nil, first
}

// needSource refuses a file whose rows cannot have a source before reading them.
func needSource(file string, cols []ColumnMap, opt Options) error {
	for _, c := range cols {
		if c.Field == "source" {
			return nil
		}
	}
	if strings.TrimSpace(opt.Source) == "" {
		return tizim.Errorf(tizim.EINVALID, "%s has no source column; say which source it is with --source NAME", file)
	}
	return nil
}

// detectDelimiter honours Excel's "sep=;" first line, else picks the separator that occurs
// most often, outside quotes, in the first lines (a title line above the header has none); a
// comma when there is none.
func detectDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(64 << 10)
	if rest, ok := strings.CutPrefix(string(head), "sep="); ok && rest != "" {
		if d := []rune(rest)[0]; slices.Contains(delimiters, d) {
			return d
		}
	}
	counts := map[rune]int{}
	quoted, lines := false, 0
scan:
	for _, r := range string(head) {
		switch {
		case r == '"':
			quoted = !quoted
		case r == '\n' && !quoted:
			if lines++; lines == maxTitleRows {
				break scan
			}
		case !quoted:
			counts[r]++
		}
	}
	best := ','
	for _, d := range delimiters {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}

// Columns implements Reader.
func (r *csvReader) Columns() []ColumnMap { return r.b.cols }

// advance records where the record just read ended, for the size cap and for line numbers.
func (r *csvReader) advance(cells []string) {
	r.cap.next(r.csv.InputOffset())
	if len(cells) > 0 {
		line, _ := r.csv.FieldPos(len(cells) - 1)
		r.nextLine = line + strings.Count(cells[len(cells)-1], "\n") + 1
	}
}

// Next implements Reader.
func (r *csvReader) Next() (*Row, error) {
	for {
		cells, err := r.csv.Read()
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			return nil, io.EOF
		case errors.Is(err, errTooLong):
			return nil, tooLong(r.file, r.nextLine)
		case errors.As(err, &pe):
			r.cap.next(r.csv.InputOffset())
			r.nextLine = pe.Line + 1
			return &Row{Line: pe.StartLine, Invalid: true, Problems: []Problem{{
				File: r.file, Line: pe.StartLine, Fatal: true, Message: csvMessage(err),
			}}}, nil
		case err != nil:
			return nil, fmt.Errorf("read %s line %d: %w", r.file, r.nextLine, err)
		}
		line, _ := r.csv.FieldPos(0)
		if r.csv.InputOffset()-r.cap.mark > MaxRecordBytes {
			return nil, tooLong(r.file, line)
		}
		r.advance(cells)
		if blank(cells) {
			continue
		}
		var pre []Problem
		if len(cells) != len(r.b.cols) {
			pre = append(pre, Problem{Fatal: true, Message: fmt.Sprintf("the row has %d fields but the header has %d (a missing or extra delimiter?)", len(cells), len(r.b.cols))})
		}
		return r.b.build(line, cells, pre...), nil
	}
}

// blank reports whether every cell is empty or spaces: spreadsheets leave such rows at the end.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// csvMessage says in words what encoding/csv found wrong.
func csvMessage(err error) string {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	what := pe.Err.Error()
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		what = `a quote (") inside a field that does not start with one; quote the whole field and double the inner quote`
	case errors.Is(pe.Err, csv.ErrQuote):
		what = `a quoted field is not closed, or has text after its closing quote (a truncated file?)`
	}
	if pe.Line != pe.StartLine {
		return fmt.Sprintf("broken quoting at line %d, byte %d, in the row starting at line %d: %s", pe.Line, pe.Column, pe.StartLine, what)
	}
	return fmt.Sprintf("broken quoting at byte %d of the line: %s", pe.Column, what)
}

func tooLong(file string, line int) error {
	return tizim.Errorf(tizim.EINVALID, "%s line %d: the record starting here is longer than %d bytes (a quote that is never closed, or not a list of people); nothing after it can be read", file, line, MaxRecordBytes)
}

// Close implements Reader; a CSV reader holds nothing to release.
func (r *csvReader) Close() error { return nil }
