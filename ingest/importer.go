package ingest

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/tizim/tizim"
)

// progressEvery is how many rows pass between two calls of ImportOptions.Progress: often
// enough for a progress bar, rare enough to cost nothing.
const progressEvery = 1024

// importer is the import pipeline shared by the command line and the web page: a Reader's rows
// written through one RecordWriter transaction.
type importer struct {
	records tizim.RecordService
}

// NewImporter returns the import pipeline writing into records.
func NewImporter(records tizim.RecordService) tizim.Importer {
	return &importer{records: records}
}

// Import reads one file and writes it in one transaction: whole, or (when a row is invalid and
// SkipInvalid is not set) not at all. A dry run does the same work and rolls back, so its
// counts are exact.
func (im *importer) Import(ctx context.Context, name string, in io.Reader, opt tizim.ImportOptions) (*tizim.ImportSummary, error) {
	ropt := Options{Source: opt.Source, Consent: opt.Consent, Format: opt.Format}
	if opt.Mapping != nil {
		m, err := NewMapping(opt.Mapping)
		if err != nil {
			return nil, err
		}
		ropt.Mapping = m
	}
	counted := &countingReader{r: in}
	r, err := Open(name, counted, ropt)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sum := &tizim.ImportSummary{File: name, DryRun: opt.DryRun}
	for _, c := range r.Columns() {
		field := c.Field
		if field == "" {
			field = "-"
		}
		sum.Columns = append(sum.Columns, fmt.Sprintf("%s → %s", c.Header, field))
	}
	w, err := im.records.BeginWrite(ctx)
	if err != nil {
		return sum, err
	}
	defer w.Rollback()
	shown := 0
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		} else if err != nil {
			return sum, err
		}
		sum.Rows++
		if opt.Progress != nil && sum.Rows%progressEvery == 0 {
			opt.Progress(sum.Rows, counted.n.Load())
		}
		for _, p := range row.Problems {
			switch {
			case p.Fatal:
				sum.Problems = append(sum.Problems, p.String())
			case shown < opt.MaxWarnings:
				sum.Problems = append(sum.Problems, "warning: "+p.String())
				shown++
			}
			if !p.Fatal {
				sum.Warnings++
			}
		}
		if len(sum.Sample) < opt.Sample && !row.Invalid {
			sum.Sample = append(sum.Sample, row.Record)
		}
		if row.Invalid {
			sum.Invalid++
			if opt.SkipInvalid {
				sum.Rejected = append(sum.Rejected, rejected(row))
			}
			continue
		}
		if sum.Invalid > 0 && !opt.SkipInvalid {
			continue // keep reading to list every bad row, but write nothing
		}
		out, err := w.Put(ctx, row.Record)
		if err != nil {
			return sum, fmt.Errorf("%s line %d: %w", name, row.Line, err)
		}
		count(sum, out)
	}
	if opt.Progress != nil {
		opt.Progress(sum.Rows, counted.n.Load())
	}
	if sum.Invalid > 0 && !opt.SkipInvalid {
		sum.Created, sum.Updated, sum.Unchanged = 0, 0, 0
		return sum, tizim.Errorf(tizim.EINVALID, "%s: %d invalid rows; nothing from this file was written (use --skip-invalid to write the valid rows)", name, sum.Invalid)
	}
	if opt.DryRun {
		return sum, nil
	}
	if err := w.Commit(); err != nil {
		return sum, fmt.Errorf("%s: commit: %w", name, err)
	}
	sum.Written = true
	return sum, nil
}

// rejected keeps what a rejects file needs of an invalid row.
func rejected(row *Row) tizim.RejectedRow {
	rr := tizim.RejectedRow{Line: row.Line}
	for _, p := range row.Problems {
		if p.Fatal {
			rr.Reasons = append(rr.Reasons, p.String())
		}
	}
	if row.Record != nil {
		rr.Raw = row.Record.Raw
	}
	return rr
}

func count(sum *tizim.ImportSummary, out tizim.PutOutcome) {
	switch out {
	case tizim.Created:
		sum.Created++
	case tizim.Updated:
		sum.Updated++
	case tizim.Unchanged:
		sum.Unchanged++
	}
}

// countingReader counts the bytes read through it; the reading goroutine adds while the
// importer loads, hence the atomic.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}
