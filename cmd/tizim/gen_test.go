package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// gen runs `tizim gen` in-process and returns what it printed on stderr.
func gen(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}
	err := run(context.Background(), e, append([]string{"gen"}, args...))
	return errb.String(), err
}

func TestGenWritesCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	msg, err := gen(t, "--persons", "300", "--seed", "3", "--out", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "300 people") || !strings.Contains(msg, "records") {
		t.Errorf("summary = %q, want people and records counted", msg)
	}
	first := map[string][]byte{}
	for _, name := range []string{"records.csv", "truth.csv", "facilities.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		first[name] = b
	}
	header, _, _ := strings.Cut(string(first["records.csv"]), "\n")
	if header != strings.Join(tizim.Columns, ",") {
		t.Errorf("records.csv header = %q", header)
	}
	if lines := strings.Count(string(first["truth.csv"]), "\n"); lines < 301 {
		t.Errorf("truth.csv has %d lines for 300 people", lines)
	}
	// The same seed again, into the same directory: the same bytes, and no stray files.
	if _, err := gen(t, "--out", dir, "--seed", "3", "--persons", "300"); err != nil {
		t.Fatal(err)
	}
	for name, want := range first {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(got, want) {
			t.Errorf("%s differs between two runs with seed 3", name)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 3 {
		t.Errorf("%d files in the output directory, want 3", len(ents))
	}
}

func TestGenJSONSummary(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}
	if err := run(context.Background(), e, []string{"gen", "--persons", "50", "--json", "--out", t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	var sum struct{ People, Records, Facilities int }
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil || sum.People != 50 || sum.Records < 50 || sum.Facilities == 0 {
		t.Errorf("gen --json printed %q (%v), want people 50 and the counts", out.String(), err)
	}
}

func TestGenRejectsBadArguments(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--persons", "10"},                              // no --out
		{"--persons", "0", "--out", dir},                 // nobody
		{"--persons", "-5", "--out", dir},                // negative
		{"--persons", "ten", "--out", dir},               // not a number
		{"--persons", "10", "--out", dir, "extra"},       // stray argument
		{"--persons", "10", "--out", dir, "--seed", "x"}, // bad seed
	} {
		if _, err := gen(t, args...); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("gen %v: err = %v, want EINVALID", args, err)
		}
	}
}
