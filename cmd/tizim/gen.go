package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/synth"
)

func init() { register("gen", "synthetic corpus with ground truth", runGen) }

// runGen writes a synthetic corpus: DIR/records.csv, DIR/truth.csv and DIR/facilities.csv. The
// files are written under temporary names and renamed at the end, so that an interrupted run
// leaves no half corpus behind.
func runGen(ctx context.Context, e *env, args []string) error {
	fs := e.flags("gen")
	persons := fs.Int("persons", 0, "number of people to generate (about 2.5 records each)")
	seed := fs.Int64("seed", 1, "random seed: the same seed gives the same files")
	out := fs.String("out", "", "directory to write records.csv, truth.csv and facilities.csv into")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) > 0:
		return tizim.Errorf(tizim.EINVALID, "gen takes no arguments, got %q", pos[0])
	case *out == "":
		return tizim.Errorf(tizim.EINVALID, "gen needs --out DIR")
	case *persons <= 0 || *persons > synth.MaxPersons:
		return tizim.Errorf(tizim.EINVALID, "gen needs --persons between 1 and %d", synth.MaxPersons)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return tizim.Errorf(tizim.EINVALID, "cannot create %s: %v", *out, err)
	}
	// The generator's live heap is small and fixed (tens of MB), so collecting less often
	// saves a sixth of the CPU at the price of about 60 MB more (docs/PERFORMANCE.md).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	start := time.Now()
	files := []string{"records.csv", "truth.csv", "facilities.csv"}
	var fhs []*os.File
	defer func() {
		for _, f := range fhs {
			f.Close()
			os.Remove(f.Name()) // a no-op after the rename
		}
	}()
	for _, name := range files {
		f, err := os.CreateTemp(*out, "."+name+".*")
		if err != nil {
			return tizim.Errorf(tizim.EINVALID, "cannot write in %s: %v", *out, err)
		}
		fhs = append(fhs, f)
		if err := f.Chmod(0o644); err != nil {
			return tizim.Errorf(tizim.EINTERNAL, "writing %s: %v", name, err)
		}
	}
	var st synth.Stats
	done := make(chan error, 1)
	go func() {
		done <- synth.Generate(synth.Config{Persons: *persons, Seed: *seed, Stats: &st},
			synth.Writers{Records: fhs[0], Truth: fhs[1], Facilities: fhs[2]})
	}()
	select {
	case <-ctx.Done():
		return tizim.Errorf(tizim.EINVALID, "gen interrupted; nothing written")
	case err := <-done:
		if err != nil {
			return err
		}
	}
	for i, f := range fhs {
		if err := f.Sync(); err != nil {
			return tizim.Errorf(tizim.EINTERNAL, "writing %s: %v", files[i], err)
		}
		if err := f.Close(); err != nil {
			return tizim.Errorf(tizim.EINTERNAL, "writing %s: %v", files[i], err)
		}
		if err := os.Rename(f.Name(), filepath.Join(*out, files[i])); err != nil {
			return tizim.Errorf(tizim.EINTERNAL, "writing %s: %v", files[i], err)
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stderr, "gen: %d people, %d records, %d facilities in %s (%.1fs)\n",
		st.People, st.Records, st.Facilities, *out, secs)
	if e.json {
		return json.NewEncoder(e.stdout).Encode(map[string]any{"people": st.People, "records": st.Records,
			"facilities": st.Facilities, "out": *out, "seconds": secs})
	}
	return nil
}
