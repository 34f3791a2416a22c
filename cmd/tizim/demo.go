package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

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
	_, res, err := resolveAll(ctx, st, true)
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

// importFacilities reads a facilities.csv as the generator writes it: key, kind, name_en,
// name_zh, name_ug, name_ru, division, latitude, longitude.
func importFacilities(ctx context.Context, st tizim.FacilityService, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	get := func(row []string, name string) string {
		if i, ok := col[name]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}
	scripts := []struct{ column, script string }{{"name_en", "latin"}, {"name_zh", "han"}, {"name_ug", "arabic"}, {"name_ru", "cyrillic"}}
	for line := 2; ; line++ {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
		fac := &tizim.Facility{Key: get(row, "key"), Kind: tizim.FacilityKind(get(row, "kind")), DivisionCode: get(row, "division")}
		for _, s := range scripts {
			if v := get(row, s.column); v != "" {
				fac.Names = append(fac.Names, tizim.Name{Text: v, Script: s.script, Role: tizim.FullName})
			}
		}
		fac.Latitude, _ = strconv.ParseFloat(get(row, "latitude"), 64)
		fac.Longitude, _ = strconv.ParseFloat(get(row, "longitude"), 64)
		if err := st.PutFacility(ctx, fac); err != nil {
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
	}
}
