package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/tizim/tizim"
	"golang.org/x/text/unicode/norm"
)

// ColumnMap says what one column of a file is read as.
type ColumnMap struct {
	Index  int    // 0-based position in the row
	Header string // the header as it appears in the file
	// Field is the field the column fills ("name", "birth_date", ...), or "" when the column is
	// kept in the raw row only.
	Field string
	// Note explains a column that is not read, e.g. a second column for a field.
	Note string
}

// aliasIndex maps folded headers to fields.
var aliasIndex = func() map[string]string {
	m := map[string]string{}
	for field, names := range aliases {
		for _, n := range names {
			k := headerKey(n)
			if other, dup := m[k]; dup && other != field {
				panic(fmt.Sprintf("ingest: alias %q names both %s and %s", n, other, field))
			}
			m[k] = field
		}
	}
	return m
}()

// headerKey folds a header for lookup: compatibility forms (full-width letters), lower case,
// and no spaces, underscores, hyphens, dots, colons, BOMs or other punctuation, so that
// "Birth Date:" and "birth_date" agree. A header of punctuation only keeps its text ("#", "№").
func headerKey(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return strings.TrimSpace(s)
	}
	return b.String()
}

// mapColumns maps a header row to fields: the mapping file first, then the aliases. A header
// repeated for a field it reads is an error (which of the two is the birth date?); a second,
// different header for the same field (籍贯 and 户籍地) is kept in the raw row with a note.
func mapColumns(file string, line int, headers []string, m *Mapping) ([]ColumnMap, error) {
	cols := make([]ColumnMap, len(headers))
	taken := map[string]int{}
	seen := map[string]int{}
	for i, h := range headers {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		c := ColumnMap{Index: i, Header: h}
		if h == "" {
			c.Header = fmt.Sprintf("column %d", i+1)
		}
		k := headerKey(h)
		field, ok := m.lookup(k)
		if !ok {
			field = aliasIndex[k]
		}
		if j, dup := seen[k]; dup && k != "" && (field != "" || cols[j].Field != "") {
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: columns %d and %d have the same header %q; rename one or map it in a mapping file", file, line, j+1, i+1, h)
		}
		seen[k] = i
		if j, dup := taken[field]; dup && field != "" {
			c.Note = fmt.Sprintf("%s is already read from column %d (%s); kept in the raw row only", field, j+1, cols[j].Header)
			field = ""
		}
		if field != "" {
			taken[field] = i
		}
		c.Field = field
		cols[i] = c
	}
	if !slices.ContainsFunc(cols, func(c ColumnMap) bool { return c.Field != "" }) {
		return nil, &noColumnError{tizim.Errorf(tizim.EINVALID, "%s line %d: no column could be mapped to a field (headers %s); use a mapping file", file, line, quoteList(headers, 8))}
	}
	return cols, nil
}

// maxTitleRows is how many rows a header may be preceded by: spreadsheets often carry a title
// ("XX县在押人员名单"), a date or Excel's "sep=;" line above it. Such rows, which map to no
// field, are skipped.
const maxTitleRows = 10

// errNoColumn is what mapColumns's error wraps when no header maps to a field.
var errNoColumn = errors.New("no column maps to a field")

type noColumnError struct{ err *tizim.Error }

func (e *noColumnError) Error() string        { return e.err.Error() }
func (e *noColumnError) Is(target error) bool { return target == errNoColumn }
func (e *noColumnError) Unwrap() error        { return e.err }

// quoteList writes up to n strings quoted and comma-separated.
func quoteList(ss []string, n int) string {
	var parts []string
	for i, s := range ss {
		if i == n {
			parts = append(parts, "…")
			break
		}
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		parts = append(parts, fmt.Sprintf("%q", s))
	}
	return strings.Join(parts, ", ")
}
