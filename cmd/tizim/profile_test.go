package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestProfile: with TIZIM_CPUPROFILE set, a command writes a CPU profile there; a path that
// cannot be written is reported and the command still runs.
func TestProfile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cpu.prof")
	t.Setenv(profileEnv, path)
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut}
	if err := run(t.Context(), e, []string{"translit", "ئىلھام"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s: %v, want a profile written", path, err)
	}
	t.Setenv(profileEnv, filepath.Join(dir, "no", "such", "dir", "cpu.prof"))
	out.Reset()
	errOut.Reset()
	if err := run(t.Context(), e, []string{"translit", "ئىلھام"}); err != nil {
		t.Fatalf("with a profile that cannot be written: %v", err)
	}
	if !bytes.Contains(errOut.Bytes(), []byte(profileEnv)) || out.Len() == 0 {
		t.Errorf("stderr %q, stdout %q: want the profile's failure reported and the command's output", errOut.String(), out.String())
	}
}
