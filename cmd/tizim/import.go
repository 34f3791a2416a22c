package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
	"github.com/tizim/tizim/resolve"
	"github.com/tizim/tizim/store"
)

func init() {
	register("import", "read CSV, XLSX or JSON Lines files into the database", runImport)
}

// importOptions are the flags of `tizim import`.
type importOptions struct {
	opt       tizim.ImportOptions
	rejects   string
	noResolve bool
}

// fileSummary is what an import did with one file; with --json it is printed as one object.
type fileSummary struct {
	*tizim.ImportSummary
	Rejects string `json:"rejects,omitempty"`
	// Resolved says what resolving the file's records against the people already stored did;
	// nil when nothing was resolved (--no-resolve, a dry run, nothing written).
	Resolved *resolve.Outcome `json:"resolved,omitempty"`
	shown    int              // warnings listed in Problems
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := e.flags("import")
	var o importOptions
	var consent, mapFile string
	fs.StringVar(&o.opt.Source, "source", "", "source key for files without a source column")
	fs.StringVar(&consent, "consent", "", "consent level for rows without one (default internal)")
	fs.StringVar(&mapFile, "map", "", "column mapping file")
	fs.StringVar(&o.opt.Format, "format", "", "csv, xlsx or jsonl (default: detected)")
	fs.BoolVar(&o.opt.DryRun, "dry-run", false, "read and check everything, write nothing")
	fs.BoolVar(&o.opt.SkipInvalid, "skip-invalid", false, "write the valid rows and put the invalid ones in a rejects file")
	fs.StringVar(&o.rejects, "rejects", "", "rejects file for --skip-invalid (default FILE.rejects.csv)")
	fs.IntVar(&o.opt.MaxWarnings, "max-warnings", 100, "how many warnings to print per file (all are kept on the records)")
	fs.BoolVar(&o.noResolve, "no-resolve", false, "do not resolve the imported records against the people already stored")
	facilities := fs.Bool("facilities", false, "the files list known facilities (key, kind, name_en, name_zh, name_ug, name_ru, division, latitude, longitude), not records")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim import [--source NAME] [--consent LEVEL] [--map FILE] [--dry-run] [--skip-invalid] [--no-resolve] FILE..., or tizim import --facilities [--dry-run] FILE...")
	}
	if *facilities {
		return importFacilityFiles(ctx, e, files, o.opt.DryRun)
	}
	if o.opt.Consent, err = tizim.ParseConsent(consent, tizim.DefaultConsent); err != nil {
		return err
	}
	if mapFile != "" {
		if o.opt.Mapping, err = loadMapping(mapFile); err != nil {
			return err
		}
	}
	if o.opt.SkipInvalid && o.rejects != "" && len(files) > 1 {
		return tizim.Errorf(tizim.EINVALID, "--rejects names one file; with several input files leave it out")
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var failed, unresolved error
	for _, name := range files {
		written := &collector{RecordService: st}
		sum, err := importFile(ctx, e, written, name, o)
		if sum != nil && err == nil && sum.Written && !o.noResolve {
			if sum.Resolved, unresolved = resolveImported(ctx, e, st, name, written.written()); unresolved != nil {
				fmt.Fprintf(e.stderr, "tizim: %s: the records are imported, but resolving them against the people already stored failed (run tizim dedup): %s\n",
					name, tizim.ErrorMessage(unresolved))
				if tizim.ErrorCode(unresolved) == tizim.EINTERNAL {
					fmt.Fprintf(e.stderr, "tizim: detail: %v\n", unresolved)
				}
			}
		}
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
	if unresolved != nil {
		return tizim.Errorf(tizim.ErrorCode(unresolved), "records imported, but not all were resolved against the people already stored: run tizim dedup")
	}
	return nil
}

// resolveImported resolves the records a file's import wrote, drawing a progress line on a
// terminal.
func resolveImported(ctx context.Context, e *env, st *store.Store, name string, ids []int64) (*resolve.Outcome, error) {
	prog := newProgress(e.stderr, name+": resolving", -1)
	// Not under importMemory: resolveNew may resolve the whole database, whose live heap is far
	// above the import's heap limit, and the collector would then run back to back (a full
	// resolution of 122,000 records took 93 CPU-s under it, 49.5 without).
	out, err := resolveNew(ctx, st, &snapshots{}, ids, func(done, _ int) { prog.tick(done, 0) }, e.stderr)
	prog.done()
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// importFile imports one file through the shared pipeline, which may take the database for itself
// (store.Exclusive), with a progress line on a terminal and the rejects file of --skip-invalid.
func importFile(ctx context.Context, e *env, st tizim.RecordService, name string, o importOptions) (*fileSummary, error) {
	in, size, err := openInput(e, name)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	var rejects *rejectWriter
	if o.opt.SkipInvalid {
		// Created before anything is written, so that a rejects file that cannot be made stops
		// the import instead of losing the rejected rows after the commit.
		if rejects, err = createRejects(rejectsPath(name, o.rejects)); err != nil {
			return nil, err
		}
		defer rejects.discard()
	}
	prog := newProgress(e.stderr, name, size)
	opt := o.opt
	opt.Progress = prog.tick
	defer importMemory()()
	s, err := ingest.NewImporter(st).Import(store.Exclusive(ctx), name, in, opt)
	prog.done()
	if s == nil {
		return nil, err
	}
	sum := &fileSummary{ImportSummary: s, shown: min(s.Warnings, max(opt.MaxWarnings, 0))}
	if rejects != nil && len(s.Rejected) > 0 {
		for _, rr := range s.Rejected {
			if werr := rejects.write(rr); werr != nil {
				return sum, werr
			}
		}
		if cerr := rejects.close(); cerr != nil {
			return sum, cerr
		}
		sum.Rejects = rejects.path
	}
	return sum, err
}

// loadMapping reads a column mapping file and checks its fields.
func loadMapping(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "cannot read mapping file %s: %v", path, pathError(err))
	}
	m, err := tizim.ParseMapping(string(data))
	if err == nil {
		_, err = ingest.NewMapping(m)
	}
	if err != nil {
		return nil, fmt.Errorf("mapping file %s: %w", path, err)
	}
	return m, nil
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
	line := fmt.Sprintf("%s: %s: %d rows, %d created, %d updated, %d unchanged, %d invalid, %d warnings",
		s.File, verb, s.Rows, s.Created, s.Updated, s.Unchanged, s.Invalid, s.Warnings)
	if s.Resolved != nil {
		line += fmt.Sprintf(", %d linked, %d for review", s.Resolved.Linked, s.Resolved.Review)
	}
	fmt.Fprintln(e.stdout, line)
	if s.DryRun {
		fmt.Fprintf(e.stdout, "columns: %v\n", s.Columns)
	}
	if s.Rejects != "" {
		fmt.Fprintf(e.stdout, "%s: invalid rows written to %s\n", s.File, s.Rejects)
	}
}

// collector is a RecordService whose write transactions remember the records they created or
// updated, so that exactly those are resolved once the transaction has committed. onCommit, when
// set, is called with them after each commit.
type collector struct {
	tizim.RecordService
	onCommit func(ids []int64)
	mu       sync.Mutex
	ids      []int64
}

// BeginWrite starts a write transaction that remembers what it writes.
func (c *collector) BeginWrite(ctx context.Context) (tizim.RecordWriter, error) {
	w, err := c.RecordService.BeginWrite(ctx)
	if err != nil {
		return nil, err
	}
	return &collectingWriter{RecordWriter: w, c: c}, nil
}

// written returns the ids of the records created or updated by committed transactions.
func (c *collector) written() []int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.ids)
}

type collectingWriter struct {
	tizim.RecordWriter
	c   *collector
	ids []int64
}

func (w *collectingWriter) Put(ctx context.Context, r *tizim.Record) (tizim.PutOutcome, error) {
	o, err := w.RecordWriter.Put(ctx, r)
	if err == nil && (o == tizim.Created || o == tizim.Updated) {
		w.ids = append(w.ids, r.ID)
	}
	return o, err
}

func (w *collectingWriter) Commit() error {
	if err := w.RecordWriter.Commit(); err != nil {
		return err
	}
	w.c.mu.Lock()
	w.c.ids = append(w.c.ids, w.ids...)
	w.c.mu.Unlock()
	if w.c.onCommit != nil && len(w.ids) > 0 {
		w.c.onCommit(w.ids)
	}
	return nil
}
