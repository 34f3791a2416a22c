package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// readAll opens content as the file name and reads every row.
func readAll(t *testing.T, name string, content []byte, opt Options) ([]*Row, error) {
	t.Helper()
	r, err := Open(name, strings.NewReader(string(content)), opt)
	if err != nil {
		return nil, err
	}
	var rows []*Row
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, row)
	}
}

// problems writes a row's problems one per line, for failure messages and substring checks.
func problems(row *Row) string {
	var b strings.Builder
	for _, p := range row.Problems {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}
