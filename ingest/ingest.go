package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/tizim/tizim"
)

// MaxRecordBytes caps the size of one record (a CSV row with its quoted line breaks, or a JSON
// line). A longer record is an error naming its line: a 2 GB "line" is an attack or a broken
// file, never a person.
const MaxRecordBytes = 1 << 20

// Options say how to read a file.
type Options struct {
	// Source is the source key for files without a source column (the --source flag).
	Source string
	// Consent is the level for rows without a consent value; "" means tizim.DefaultConsent.
	Consent tizim.Consent
	// Mapping, when not nil, maps headers explicitly before the built-in aliases.
	Mapping *Mapping
	// Format is "csv", "xlsx" or "jsonl"; "" detects it from the name and the content.
	Format string
}

// Problem is something wrong with one row or cell. A Fatal problem makes the row invalid; the
// others are warnings, and the cell is kept in the record's raw row.
type Problem struct {
	File    string
	Line    int
	Column  string // the header as it appears in the file; "" for the whole row
	Value   string
	Message string
	Fatal   bool
}

// String writes the problem as one line for people: file, line, column and what is wrong.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, " line %d", p.Line)
	}
	if p.Column != "" {
		fmt.Fprintf(&b, ", column %s", p.Column)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// Row is one row of a file as a record. Record is nil only when the row could not be read at
// all; otherwise it holds the raw cells even when the row is Invalid.
type Row struct {
	Line     int
	Record   *tizim.Record
	Problems []Problem
	// Invalid is true when a problem is Fatal: the row must not be stored as it is.
	Invalid bool
}

// Reader reads the rows of one file.
type Reader interface {
	// Next returns the next row, or io.EOF after the last one. Any other error stops reading:
	// the file cannot be read further (a record over MaxRecordBytes, a broken archive).
	Next() (*Row, error)
	// Columns says how the file's headers map to fields, for previews.
	Columns() []ColumnMap
	// Close releases what the reader holds (an XLSX reader's temporary files). Readers close
	// themselves at io.EOF and on errors; call Close when stopping early.
	Close() error
}

// Open returns a Reader for the file called name (used for format detection and messages)
// whose content r holds.
func Open(name string, r io.Reader, opt Options) (Reader, error) {
	if opt.Consent == "" {
		opt.Consent = tizim.DefaultConsent
	}
	if !opt.Consent.Valid() {
		return nil, tizim.Errorf(tizim.EINVALID, "unknown consent level %q", opt.Consent)
	}
	base := filepath.Base(name)
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, fmt.Errorf("read %s: %w", base, err)
	}
	if len(head) == 0 {
		return nil, tizim.Errorf(tizim.EINVALID, "%s is empty", base)
	}
	format := opt.Format
	if format == "" {
		format = detectFormat(name, head)
	}
	var rd Reader
	switch format {
	case "csv":
		rd, err = openCSV(base, br, opt)
	case "jsonl":
		rd, err = openJSONL(base, br, opt)
	case "xlsx":
		rd, err = openXLSX(base, br, opt)
	default:
		return nil, tizim.Errorf(tizim.EINVALID, "%s: unknown format %q (want csv, xlsx or jsonl)", base, format)
	}
	if err != nil {
		return nil, err
	}
	return newPipe(rd), nil
}

// extFormats maps file name extensions to formats.
var extFormats = map[string]string{
	".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "csv",
	".xlsx": "xlsx", ".xlsm": "xlsx",
	".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}

// detectFormat trusts the content where it is unambiguous (a zip archive is a workbook, a first
// character "{" is JSON), then the name's extension, then assumes CSV.
func detectFormat(name string, head []byte) string {
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return "xlsx"
	}
	if f, ok := extFormats[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return "jsonl"
	}
	return "csv"
}
