package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/export"
	"github.com/tizim/tizim/store"
)

func init() {
	register("export", "write records or people as CSV, XLSX, JSON Lines or FollowTheMoney", runExport)
}

// exportPage is how many records or people are read from the store at a time.
const exportPage = 2000

func runExport(ctx context.Context, e *env, args []string) error {
	fs := e.flags("export")
	var opt export.Options
	fs.StringVar(&opt.Format, "format", "jsonl", "csv, xlsx, jsonl or ftm")
	fs.BoolVar(&opt.People, "people", false, "one line or row per person (with its records) instead of per record")
	fs.BoolVar(&opt.Public, "public", false, "only what consent allows the public to see")
	out := fs.String("o", "", "output file (default: standard output)")
	var pf tizim.PersonFilter
	bindPersonFilter(fs, &pf)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return tizim.Errorf(tizim.EINVALID, "export takes no arguments (got %q); filters are flags", pos[0])
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	// The public may see public records, and anonymised ones without what identifies the
	// person; the export package removes those fields.
	pf.Clearance = tizim.Sealed
	if opt.Public {
		pf.Clearance = tizim.Anonymised
		if opt.PublicSources, err = publicSources(ctx, st); err != nil {
			return err
		}
	}
	filtered := fs.NFlag() > countSet(fs, "format", "people", "public", "o", "db", "json")
	var recs iter.Seq2[*tizim.Record, error]
	if opt.People || filtered {
		recs = peopleRecords(ctx, st, pf)
	} else {
		recs = allRecords(ctx, st, pf.Clearance)
	}
	w, commit, err := outputFile(e, *out)
	if err != nil {
		return err
	}
	opt.TmpDir = exportTmpDir(e, *out)
	if err := export.Write(ctx, w, recs, opt); err != nil {
		return err
	}
	return commit()
}

// publicSources returns the keys of the sources whose own consent level is public.
func publicSources(ctx context.Context, st *store.Store) (map[string]bool, error) {
	srcs, _, err := st.FindSources(ctx, tizim.Public, tizim.Page{})
	if err != nil {
		return nil, err
	}
	keys := make(map[string]bool, len(srcs))
	for _, src := range srcs {
		keys[src.Key] = true
	}
	return keys, nil
}

// allRecords yields every record the clearance allows, by id.
func allRecords(ctx context.Context, st *store.Store, clearance tizim.Consent) iter.Seq2[*tizim.Record, error] {
	return paged(func(p tizim.Page) ([]*tizim.Record, int, error) {
		rs, _, err := st.FindRecords(ctx, tizim.RecordFilter{Clearance: clearance, Page: p})
		return rs, len(rs), err
	})
}

// peopleRecords yields the visible records of every person the filter selects, person by person.
func peopleRecords(ctx context.Context, st *store.Store, f tizim.PersonFilter) iter.Seq2[*tizim.Record, error] {
	return paged(func(p tizim.Page) ([]*tizim.Record, int, error) {
		f.Page = p
		people, _, err := st.FindPeople(ctx, f)
		if err != nil {
			return nil, 0, err
		}
		var out []*tizim.Record
		for _, person := range people {
			id := person.ID
			rs, _, err := st.FindRecords(ctx, tizim.RecordFilter{PersonID: &id, Clearance: f.Clearance})
			if err != nil {
				return nil, 0, err
			}
			out = append(out, rs...)
		}
		return out, len(people), nil
	})
}

// paged yields the records of successive pages of exportPage rows; fetch returns a page's records
// and how many rows (records or people) the page held, so a short page ends the walk.
func paged(fetch func(tizim.Page) ([]*tizim.Record, int, error)) iter.Seq2[*tizim.Record, error] {
	return func(yield func(*tizim.Record, error) bool) {
		for off := 0; ; off += exportPage {
			rs, rows, err := fetch(tizim.Page{Offset: off, Limit: exportPage})
			if err != nil {
				yield(nil, err)
				return
			}
			for _, r := range rs {
				if !yield(r, nil) {
					return
				}
			}
			if rows < exportPage {
				return
			}
		}
	}
}

// outputFile returns where to write: standard output, or a temporary file beside name that
// commit renames into place, so that a failed export never leaves half a file under its name.
func outputFile(e *env, name string) (io.Writer, func() error, error) {
	if name == "" || name == "-" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return nil, nil, tizim.Errorf(tizim.EINVALID, "cannot write %s: %v", name, pathError(err))
	}
	done := false
	commit := func() error {
		if done {
			return nil
		}
		done = true
		if err := f.Close(); err != nil {
			os.Remove(f.Name())
			return err
		}
		if err := os.Rename(f.Name(), name); err != nil {
			os.Remove(f.Name())
			return tizim.Errorf(tizim.EINVALID, "cannot write %s: %v", name, err)
		}
		return nil
	}
	// A failed export leaves the temporary file; remove it when the process ends early.
	e.cleanup = append(e.cleanup, func() {
		if !done {
			f.Close()
			os.Remove(f.Name())
		}
	})
	return f, commit, nil
}

// exportTmpDir is where an XLSX export keeps its temporary rows: beside the output file, else
// beside a SQLite database, so that copies of the data stay where the data already is.
func exportTmpDir(e *env, out string) string {
	switch {
	case out != "" && out != "-":
		return filepath.Dir(out)
	case !strings.Contains(e.db, "://"):
		return filepath.Dir(e.db)
	}
	return ""
}

// countSet counts how many of the named flags were set on the command line.
func countSet(fs *flag.FlagSet, names ...string) int {
	n := 0
	fs.Visit(func(f *flag.Flag) {
		for _, name := range names {
			if f.Name == name {
				n++
			}
		}
	})
	return n
}

// bindPersonFilter binds the list filters that the web list offers to flags.
func bindPersonFilter(fs *flag.FlagSet, f *tizim.PersonFilter) {
	fs.StringVar(&f.Query, "q", "", "only people with a name containing this text")
	fs.Func("status", "only people with this status", func(s string) error {
		st, err := tizim.ParseStatus(s)
		f.Status = &st
		return err
	})
	fs.Func("sex", "only people of this sex (m or f)", func(s string) error {
		sx, err := tizim.ParseSex(s)
		f.Sex = &sx
		return err
	})
	fs.Func("home", "only people whose home division code starts with this (65 = Xinjiang)", func(s string) error { f.HomeCode = &s; return nil })
	fs.Func("facility", "only people held in a facility whose name contains this", func(s string) error { f.Facility = &s; return nil })
	fs.Func("source", "only people named by this source", func(s string) error { f.Source = &s; return nil })
	fs.Func("ethnicity", "only people of this ethnicity", func(s string) error { f.Ethnicity = &s; return nil })
	fs.Func("consent", "only records at this consent level", func(s string) error {
		c, err := tizim.ParseConsent(s, "")
		f.Consent = &c
		return err
	})
	fs.Func("born-from", "only people born in or after this year", yearFlag(&f.BornFrom))
	fs.Func("born-to", "only people born in or before this year", yearFlag(&f.BornTo))
}

func yearFlag(p **int) func(string) error {
	return func(s string) error {
		var y int
		if _, err := fmt.Sscanf(s, "%d", &y); err != nil || y < 1 || y > 9999 {
			return fmt.Errorf("%q is not a year", s)
		}
		*p = &y
		return nil
	}
}
