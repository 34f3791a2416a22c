package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

// facilitySummary is what `tizim import --facilities` prints for a file.
type facilitySummary struct {
	File       string `json:"file"`
	Facilities int    `json:"facilities"`
	Written    bool   `json:"written"`
}

// importFacilityFiles stores the known facilities of each file (a list such as the generator's
// facilities.csv: key, kind, name_en, name_zh, name_ug, name_ru, division, latitude, longitude).
// A file is read whole before anything of it is written, so a bad line writes nothing; each
// facility replaces the one with its key, so a file can be imported again. Records name
// facilities as their sources write them, and resolution compares two records' facilities by
// the known facility those names are names of.
func importFacilityFiles(ctx context.Context, e *env, files []string, dryRun bool) error {
	var st tizim.FacilityService
	if !dryRun {
		s, err := e.openStore(ctx)
		if err != nil {
			return err
		}
		defer s.Close()
		st = s
	}
	for _, name := range files {
		fs, err := readFacilityFile(name)
		if err != nil {
			return err
		}
		sum := facilitySummary{File: name, Facilities: len(fs)}
		if !dryRun {
			if err := putFacilities(ctx, st, name, fs); err != nil {
				return err
			}
			sum.Written = true
		}
		if e.json {
			json.NewEncoder(e.stdout).Encode(sum)
			continue
		}
		verb := "stored"
		if dryRun {
			verb = "read (dry run: nothing written)"
		}
		fmt.Fprintf(e.stdout, "%s: %d facilities %s\n", name, len(fs), verb)
	}
	return nil
}

// readFacilityFile reads a facilities file whole; an error names the file and line.
func readFacilityFile(name string) ([]*tizim.Facility, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "cannot open %s: %v", name, err)
	}
	defer f.Close()
	var fs []*tizim.Facility
	err = ingest.ReadFacilities(filepath.Base(name), f, func(fac *tizim.Facility) error {
		fs = append(fs, fac)
		return nil
	})
	return fs, err
}

// putFacilities stores the facilities read from the file name.
func putFacilities(ctx context.Context, st tizim.FacilityService, name string, fs []*tizim.Facility) error {
	for _, fac := range fs {
		if err := st.PutFacility(ctx, fac); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}
