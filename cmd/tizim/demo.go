package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
	"github.com/tizim/tizim/synth"
)

// loadDemo fills an empty database with a synthetic corpus: it generates the files with the
// synth package and imports them through the same path as `tizim import`, so the demo shows
// what a real import gives. A database that already holds records is left alone.
func loadDemo(ctx context.Context, e *env, st *store.Store, persons int) error {
	c, err := st.Counts(ctx, tizim.Sealed)
	if err != nil {
		return err
	}
	if c.Records > 0 {
		fmt.Fprintf(e.stderr, "demo: the database already holds %d records; not adding the demo corpus\n", c.Records)
		return nil
	}
	dir, err := os.MkdirTemp("", "tizim-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := writeDemo(dir, persons); err != nil {
		return err
	}
	if err := importFacilities(ctx, st, filepath.Join(dir, "facilities.csv")); err != nil {
		return err
	}
	quiet := *e
	quiet.stdout = io.Discard
	sum, err := importFile(ctx, &quiet, st, filepath.Join(dir, "records.csv"), importOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: imported %d synthetic records of %d made-up people; resolving them\n", sum.Created, persons)
	_, res, err := resolveAll(ctx, st, true, nil, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: %d merges, %d pairs for review\n", res.Stats.Merged, len(res.Review))
	return nil
}

// writeDemo writes the synthetic corpus files into dir.
func writeDemo(dir string, persons int) error {
	var ws []*os.File
	defer func() {
		for _, f := range ws {
			f.Close()
		}
	}()
	for _, name := range []string{"records.csv", "truth.csv", "facilities.csv"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		ws = append(ws, f)
	}
	return synth.Generate(synth.Config{Persons: persons, Seed: 1}, synth.Writers{Records: ws[0], Truth: ws[1], Facilities: ws[2]})
}

// importFacilities stores the facilities of a generated facilities.csv, as tizim import
// --facilities does.
func importFacilities(ctx context.Context, st tizim.FacilityService, path string) error {
	fs, err := readFacilityFile(path)
	if err != nil {
		return err
	}
	return putFacilities(ctx, st, path, fs)
}
