package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMain lets a test run the real binary: the test binary re-executed with TIZIM_TEST_MAIN=1
// behaves as `tizim` (see runChild), so tests can kill it mid-import.
func TestMain(m *testing.M) {
	if os.Getenv("TIZIM_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// tizimCmd runs a command in-process against db and returns what it printed.
func tizimCmd(t *testing.T, db string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}
	full := append([]string{args[0], "--db", db}, args[1:]...)
	err = run(context.Background(), e, full)
	return out.String(), errb.String(), err
}

// tempDB returns the path of a fresh SQLite database file.
func tempDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "tizim.db")
}

// genCorpus generates a corpus of persons made-up people with seed into a new directory,
// imports its records into db with the extra import flags, and returns the directory.
func genCorpus(t *testing.T, db string, persons, seed int, flags ...string) string {
	t.Helper()
	dir := t.TempDir()
	if _, _, err := tizimCmd(t, db, "gen", "--persons", strconv.Itoa(persons), "--seed", strconv.Itoa(seed), "--out", dir); err != nil {
		t.Fatal(err)
	}
	if _, _, err := tizimCmd(t, db, append(append([]string{"import"}, flags...), filepath.Join(dir, "records.csv"))...); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeFile writes a file in a temporary directory and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUnknownCommand(t *testing.T) {
	_, _, err := tizimCmd(t, tempDB(t), "frobnicate")
	if err == nil || !strings.Contains(err.Error(), "unknown command") {
		t.Fatalf("unknown command: err = %v", err)
	}
}

func TestVersion(t *testing.T) {
	out, _, err := tizimCmd(t, tempDB(t), "version", "--json")
	if err != nil || !strings.Contains(out, `"version"`) {
		t.Fatalf("version --json = %q, %v", out, err)
	}
}
