package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

func init() {
	register("import", "read CSV, XLSX or JSON Lines files into the database", runImport)
}

// importOptions are the flags of `tizim import`.
type importOptions struct {
	ingest      ingest.Options
	dryRun      bool
	skipInvalid bool
	rejects     string
	maxWarnings int
}

// fileSummary is what an import did with one file; with --json it is printed as one object.
type fileSummary struct {
	File      string   `json:"file"`
	Rows      int      `json:"rows"`
	Created   int      `json:"created"`
	Updated   int      `json:"updated"`
	Unchanged int      `json:"unchanged"`
	Invalid   int      `json:"invalid"`
	Warnings  int      `json:"warnings"`
	DryRun    bool     `json:"dry_run,omitempty"`
	Written   bool     `json:"written"`
	Rejects   string   `json:"rejects,omitempty"`
	Problems  []string `json:"problems,omitempty"`
	Columns   []string `json:"columns,omitempty"`
	shown     int      // warnings listed in Problems
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := e.flags("import")
	var o importOptions
	var consent, mapFile string
	fs.StringVar(&o.ingest.Source, "source", "", "source key for files without a source column")
	fs.StringVar(&consent, "consent", "", "consent level for rows without one (default internal)")
	fs.StringVar(&mapFile, "map", "", "column mapping file")
	fs.StringVar(&o.ingest.Format, "format", "", "csv, xlsx or jsonl (default: detected)")
	fs.BoolVar(&o.dryRun, "dry-run", false, "read and check everything, write nothing")
	fs.BoolVar(&o.skipInvalid, "skip-invalid", false, "write the valid rows and put the invalid ones in a rejects file")
	fs.StringVar(&o.rejects, "rejects", "", "rejects file for --skip-invalid (default FILE.rejects.csv)")
	fs.IntVar(&o.maxWarnings, "max-warnings", 100, "how many warnings to print per file (all are kept on the records)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim import [--source NAME] [--consent LEVEL] [--map FILE] [--dry-run] [--skip-invalid] FILE...")
	}
	if o.ingest.Consent, err = tizim.ParseConsent(consent, tizim.DefaultConsent); err != nil {
		return err
	}
	if mapFile != "" {
		if o.ingest.Mapping, err = ingest.LoadMapping(mapFile); err != nil {
			return err
		}
	}
	if o.skipInvalid && o.rejects != "" && len(files) > 1 {
		return tizim.Errorf(tizim.EINVALID, "--rejects names one file; with several input files leave it out")
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var failed error
	for _, name := range files {
		sum, err := importFile(ctx, e, st, name, o)
		if sum != nil {
			printSummary(e, sum)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "tizim: %s\n", tizim.ErrorMessage(err))
			if tizim.ErrorCode(err) == tizim.EINTERNAL {
				fmt.Fprintf(e.stderr, "tizim: detail: %v\n", err)
			}
			failed = err
		}
	}
	if failed != nil {
		return tizim.Errorf(tizim.ErrorCode(failed), "import failed: files that had errors were not written")
	}
	return nil
}

// importFile reads one file and writes it in one transaction: whole, or (when a row is invalid
// and --skip-invalid is not given) not at all. A dry run does the same work and rolls back, so
// its counts are exact.
func importFile(ctx context.Context, e *env, st tizim.RecordService, name string, o importOptions) (*fileSummary, error) {
	in, size, err := openInput(e, name)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	prog := newProgress(e.stderr, name, size)
	r, err := ingest.Open(name, prog.reader(in), o.ingest)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sum := &fileSummary{File: name, DryRun: o.dryRun}
	for _, c := range r.Columns() {
		sum.Columns = append(sum.Columns, fmt.Sprintf("%s → %s", c.Header, orDash(c.Field)))
	}
	w, err := st.BeginWrite(ctx)
	if err != nil {
		return sum, err
	}
	defer w.Rollback()
	var rejects rejectWriter
	defer rejects.close()
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		} else if err != nil {
			return sum, err
		}
		sum.Rows++
		prog.tick(sum.Rows)
		for _, p := range row.Problems {
			switch {
			case p.Fatal:
				sum.Problems = append(sum.Problems, p.String())
			case sum.shown < o.maxWarnings:
				sum.Problems = append(sum.Problems, "warning: "+p.String())
				sum.shown++
			}
			if !p.Fatal {
				sum.Warnings++
			}
		}
		if row.Invalid {
			sum.Invalid++
			if o.skipInvalid {
				if err := rejects.write(rejectsPath(name, o.rejects), row); err != nil {
					return sum, err
				}
			}
			continue
		}
		if sum.Invalid > 0 && !o.skipInvalid {
			continue // keep reading to list every bad row, but write nothing
		}
		out, err := w.Put(ctx, row.Record)
		if err != nil {
			return sum, fmt.Errorf("%s line %d: %w", name, row.Line, err)
		}
		count(sum, out)
	}
	prog.done(sum.Rows)
	sum.Rejects = rejects.path
	if sum.Invalid > 0 && !o.skipInvalid {
		sum.Created, sum.Updated, sum.Unchanged = 0, 0, 0
		return sum, tizim.Errorf(tizim.EINVALID, "%s: %d invalid rows; nothing from this file was written (use --skip-invalid to write the valid rows)", name, sum.Invalid)
	}
	if o.dryRun {
		return sum, nil
	}
	if err := rejects.close(); err != nil {
		return sum, err
	}
	if err := w.Commit(); err != nil {
		return sum, fmt.Errorf("%s: commit: %w", name, err)
	}
	sum.Written = true
	return sum, nil
}

func count(sum *fileSummary, out tizim.PutOutcome) {
	switch out {
	case tizim.Created:
		sum.Created++
	case tizim.Updated:
		sum.Updated++
	case tizim.Unchanged:
		sum.Unchanged++
	}
}

// openInput opens a file, or standard input for "-", and returns its size when known.
func openInput(e *env, name string) (io.ReadCloser, int64, error) {
	if name == "-" {
		return io.NopCloser(e.stdin), -1, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, tizim.Errorf(tizim.EINVALID, "cannot open %s: %v", name, pathError(err))
	}
	var size int64 = -1
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			f.Close()
			return nil, 0, tizim.Errorf(tizim.EINVALID, "%s is a directory", name)
		}
		size = fi.Size()
	}
	return f, size, nil
}

// pathError returns the reason of an *os.PathError without repeating the path.
func pathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func rejectsPath(name, flag string) string {
	if flag != "" {
		return flag
	}
	if name == "-" {
		return "stdin.rejects.csv"
	}
	return filepath.Base(name) + ".rejects.csv"
}

func printSummary(e *env, s *fileSummary) {
	if e.json {
		json.NewEncoder(e.stdout).Encode(s)
		return
	}
	for _, p := range s.Problems {
		fmt.Fprintln(e.stderr, p)
	}
	if s.Warnings > s.shown {
		fmt.Fprintf(e.stderr, "%s: %d more warnings not shown (each is kept on its record)\n", s.File, s.Warnings-s.shown)
	}
	verb := "imported"
	switch {
	case s.DryRun:
		verb = "dry run, nothing written"
	case !s.Written:
		verb = "NOT imported"
	}
	fmt.Fprintf(e.stdout, "%s: %s: %d rows, %d created, %d updated, %d unchanged, %d invalid, %d warnings\n",
		s.File, verb, s.Rows, s.Created, s.Updated, s.Unchanged, s.Invalid, s.Warnings)
	if s.DryRun {
		fmt.Fprintf(e.stdout, "columns: %v\n", s.Columns)
	}
	if s.Rejects != "" {
		fmt.Fprintf(e.stdout, "%s: invalid rows written to %s\n", s.File, s.Rejects)
	}
}
