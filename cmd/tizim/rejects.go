package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

// rejectWriter writes the invalid rows of an import with --skip-invalid to a CSV file: the
// line, the reasons, and the row's cells as they arrived. It creates the file on the first row.
type rejectWriter struct {
	path string
	f    *os.File
	w    *csv.Writer
}

func (r *rejectWriter) write(path string, row *ingest.Row) error {
	if r.w == nil {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return tizim.Errorf(tizim.EINVALID, "cannot create rejects file %s: %v (remove it or name another with --rejects)", path, pathError(err))
		}
		r.path, r.f, r.w = path, f, csv.NewWriter(f)
		if err := r.w.Write([]string{"line", "reason", "row"}); err != nil {
			return err
		}
	}
	var reasons []string
	for _, p := range row.Problems {
		if p.Fatal {
			reasons = append(reasons, p.String())
		}
	}
	var cells []string
	if row.Record != nil {
		for _, f := range row.Record.Raw {
			cells = append(cells, fmt.Sprintf("%s=%s", f.Column, f.Value))
		}
	}
	return r.w.Write([]string{strconv.Itoa(row.Line), strings.Join(reasons, "; "), strings.Join(cells, "\t")})
}

// close flushes and closes the file; it is safe to call twice.
func (r *rejectWriter) close() error {
	if r.f == nil {
		return nil
	}
	r.w.Flush()
	err := r.w.Error()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	r.f = nil
	return err
}
