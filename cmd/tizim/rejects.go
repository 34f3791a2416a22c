package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// rejectWriter writes the invalid rows of an import with --skip-invalid to a CSV file: the
// line, the reasons, and the row's cells as they arrived. The file is created before the import
// starts and removed again when no row was rejected.
type rejectWriter struct {
	path string
	f    *os.File
	w    *csv.Writer
	kept bool
}

// createRejects creates the rejects file; an existing file is never overwritten.
func createRejects(path string) (*rejectWriter, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "cannot create rejects file %s: %v (remove it or name another with --rejects)", path, pathError(err))
	}
	r := &rejectWriter{path: path, f: f, w: csv.NewWriter(f)}
	if err := r.w.Write([]string{"line", "reason", "row"}); err != nil {
		r.discard()
		return nil, err
	}
	return r, nil
}

func (r *rejectWriter) write(row tizim.RejectedRow) error {
	r.kept = true
	var cells []string
	for _, f := range row.Raw {
		cells = append(cells, fmt.Sprintf("%s=%s", f.Column, f.Value))
	}
	return r.w.Write([]string{strconv.Itoa(row.Line), strings.Join(row.Reasons, "; "), strings.Join(cells, "\t")})
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

// discard closes the file and removes it unless a row was written to it.
func (r *rejectWriter) discard() {
	r.close()
	if !r.kept {
		os.Remove(r.path)
	}
}
