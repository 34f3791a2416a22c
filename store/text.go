package store

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// The writers in this file produce what tizim.PartialDate.String and encoding/json produce, for
// the few shapes a record has, without reflection or fmt: a million-row import spends a
// noticeable part of its time formatting otherwise.

// edtf writes d in EDTF as PartialDate.String does, and fails for a date that ParseEDTF would
// not read back: a day without a month, a day that does not exist, a range that ends before
// it starts.
func edtf(d tizim.PartialDate) (string, error) {
	if d.Year == 0 && d.End == nil {
		return "", nil
	}
	b := make([]byte, 0, 24)
	b, ok := appendPoint(b, d)
	if d.End != nil {
		start := d
		start.End = nil
		b = append(b, '/')
		var endOK bool
		b, endOK = appendPoint(b, *d.End)
		ok = ok && endOK && d.End.End == nil && !d.End.Before(start)
	}
	if !ok {
		return "", errBadDate(d)
	}
	return string(b), nil
}

type errBadDate tizim.PartialDate

func (e errBadDate) Error() string {
	return strconv.Quote(tizim.PartialDate(e).String()) + " is not a valid date"
}

func appendPoint(b []byte, d tizim.PartialDate) ([]byte, bool) {
	switch {
	case d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0:
		return b, false
	case d.Day > 0 && (d.Month == 0 || time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day):
		return b, false
	}
	b = appendPadded(b, d.Year, 4)
	if d.Month > 0 {
		b = appendPadded(append(b, '-'), d.Month, 2)
		if d.Day > 0 {
			b = appendPadded(append(b, '-'), d.Day, 2)
		}
	}
	switch {
	case d.Approximate && d.Uncertain:
		b = append(b, '%')
	case d.Approximate:
		b = append(b, '~')
	case d.Uncertain:
		b = append(b, '?')
	}
	return b, true
}

func appendPadded(b []byte, n, width int) []byte {
	for w := 10; width > 1; width-- {
		if n < w {
			b = append(b, '0')
		}
		w *= 10
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// jsonObject writes one JSON object from key-value pairs; omitEmpty leaves out an empty value
// as the omitempty tag option does.
type jsonObject struct {
	b     []byte
	first bool
}

func (o *jsonObject) begin() { o.b, o.first = append(o.b, '{'), true }
func (o *jsonObject) end()   { o.b = append(o.b, '}') }
func (o *jsonObject) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = appendJSONString(o.b, k)
	o.b = append(o.b, ':')
}

func (o *jsonObject) str(k, v string, omitEmpty bool) {
	if v == "" && omitEmpty {
		return
	}
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

func (o *jsonObject) int(k string, v int64) {
	if v == 0 {
		return
	}
	o.key(k)
	o.b = strconv.AppendInt(o.b, v, 10)
}

// appendJSONString writes s as a JSON string; invalid UTF-8 becomes U+FFFD, as in encoding/json.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	if jsonPlain(s) { // most text: copied as it is
		return append(append(b, s...), '"')
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// jsonPlain reports whether s is valid UTF-8 that a JSON string holds as it is: no control
// character, quote, backslash, U+2028 or U+2029 (which encoding/json escapes).
func jsonPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == '"' || c == '\\':
			return false
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			return false
		}
	}
	return utf8.ValidString(s)
}

// rawJSON writes a record's raw row compactly, as one JSON array of column and value strings
// in turn (["姓名","Ilham Tohti","性别","男"]): the raw row is most of an imported record's
// bytes, and the objects of fieldsJSON ({"column":…,"value":…}) tripled the space each cell's
// framing takes. parseRaw reads both forms.
func rawJSON(fs []tizim.Field) string { return string(appendRaw(nil, fs)) }

func appendRaw(b []byte, fs []tizim.Field) []byte {
	b = append(b, '[')
	for i, f := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, f.Column)
		b = append(b, ',')
		b = appendJSONString(b, f.Value)
	}
	return append(b, ']')
}

// parseRaw reads a raw row written by rawJSON, or by fieldsJSON (databases written before
// migration 0300's time).
func parseRaw(s string) ([]tizim.Field, error) {
	if strings.HasPrefix(s, "[{") {
		var fs []tizim.Field
		err := json.Unmarshal([]byte(s), &fs)
		return fs, err
	}
	var cells []string
	if err := json.Unmarshal([]byte(s), &cells); err != nil {
		return nil, err
	}
	if len(cells)%2 != 0 {
		return nil, errors.New("raw row: a column without a value")
	}
	fs := make([]tizim.Field, len(cells)/2)
	for i := range fs {
		fs[i] = tizim.Field{Column: cells[2*i], Value: cells[2*i+1]}
	}
	return fs, nil
}
