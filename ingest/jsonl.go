package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tizim/tizim"
)

// jsonlReader reads JSON Lines: one object per line whose keys are interchange columns (or
// headers the aliases and mapping know). A name may be a string with " | " between forms or an
// array of strings. Keys may differ from line to line; each key set gets its column mapping.
type jsonlReader struct {
	file     string
	opt      Options
	br       *bufio.Reader
	line     int
	first    []ColumnMap
	builders map[string]*builder
	buf      []byte
	pending  *Row // the first row, read by Open
}

func openJSONL(file string, br *bufio.Reader, opt Options) (Reader, error) {
	text, _ := decode(br)
	tb, ok := text.(*bufio.Reader)
	if !ok {
		tb = bufio.NewReaderSize(text, 64<<10)
	}
	r := &jsonlReader{file: file, opt: opt, br: tb, builders: map[string]*builder{}}
	// Read the first row now, so that Columns can show the mapping before anything else.
	row, err := r.next()
	switch {
	case err == io.EOF:
		return nil, tizim.Errorf(tizim.EINVALID, "%s is empty: it has no JSON object", file)
	case err != nil:
		return nil, err
	}
	r.pending = row
	for _, b := range r.builders { // the first row's, if it was an object
		r.first = b.cols
	}
	return r, nil
}

// Columns implements Reader: the mapping of the first object's keys (nil when the first line
// is not an object).
func (r *jsonlReader) Columns() []ColumnMap { return r.first }

// readLine returns the next line without its end, refusing lines over MaxRecordBytes.
func (r *jsonlReader) readLine() ([]byte, error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.br.ReadSlice('\n')
		r.buf = append(r.buf, chunk...)
		if len(r.buf) > MaxRecordBytes {
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: the line is longer than %d bytes; nothing after it can be read", r.file, r.line+1, MaxRecordBytes)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(r.buf) > 0:
			r.line++
			return r.buf, nil
		case err != nil:
			return nil, err
		}
		r.line++
		return bytes.TrimRight(r.buf, "\r\n"), nil
	}
}

// Next implements Reader.
func (r *jsonlReader) Next() (*Row, error) {
	if row := r.pending; row != nil {
		r.pending = nil
		return row, nil
	}
	return r.next()
}

func (r *jsonlReader) next() (*Row, error) {
	for {
		line, err := r.readLine()
		if err == io.EOF {
			return nil, io.EOF
		} else if err != nil {
			if tizim.ErrorCode(err) == tizim.EINVALID {
				return nil, err
			}
			return nil, fmt.Errorf("read %s line %d: %w", r.file, r.line+1, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		keys, cells, err := parseObject(line)
		if err != nil {
			return r.invalid(err.Error()), nil
		}
		b, err := r.builder(keys)
		if err != nil {
			return r.invalid(tizim.ErrorMessage(err)), nil
		}
		return b.build(r.line, cells), nil
	}
}

func (r *jsonlReader) invalid(msg string) *Row {
	return &Row{Line: r.line, Invalid: true, Problems: []Problem{{File: r.file, Line: r.line, Message: msg, Fatal: true}}}
}

// builder returns the builder for a key set, mapping it on first sight.
func (r *jsonlReader) builder(keys []string) (*builder, error) {
	id := strings.Join(keys, "\x00")
	if b, ok := r.builders[id]; ok {
		return b, nil
	}
	cols, err := mapColumns(r.file, r.line, keys, r.opt.Mapping)
	if err != nil {
		return nil, errors.New(strings.Replace(tizim.ErrorMessage(err), fmt.Sprintf("%s line %d: ", r.file, r.line), "", 1))
	}
	b := newBuilder(r.file, cols, r.opt)
	if len(r.builders) < 64 {
		r.builders[id] = b
	}
	return b, nil
}

// parseObject reads one JSON object into its keys and values as text, in the order written:
// strings as they are, numbers and booleans as written, null as "", arrays of those joined by
// " | ". Nested objects are refused.
func parseObject(line []byte) (keys, cells []string, err error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, fmt.Errorf("not a JSON object: each line must be one object {\"name\": ..., ...}")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("broken JSON: %v", err)
		}
		key, _ := t.(string)
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, nil, fmt.Errorf("broken JSON in the value of %q: %v", key, err)
		}
		text, err := jsonText(v)
		if err != nil {
			return nil, nil, fmt.Errorf("key %q: %v", key, err)
		}
		keys = append(keys, key)
		cells = append(cells, text)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("broken JSON: %v (a truncated line?)", err)
	}
	if dec.More() {
		return nil, nil, fmt.Errorf("text after the JSON object; put one object on each line")
	}
	return keys, cells, nil
}

func jsonText(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case json.Number:
		return v.String(), nil
	case bool:
		return fmt.Sprint(v), nil
	case []any:
		parts := make([]string, 0, len(v))
		for _, e := range v {
			if _, nested := e.([]any); nested {
				return "", errors.New("an array inside an array; want text or a list of texts")
			}
			s, err := jsonText(e)
			if err != nil {
				return "", err
			}
			if s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " | "), nil
	}
	return "", errors.New("an object; want text, a number or a list of texts")
}

// Close implements Reader; a JSON Lines reader holds nothing to release.
func (r *jsonlReader) Close() error { return nil }
