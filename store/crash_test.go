package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// crashEnv tells a re-executed test binary to be the child that gets killed: its value is
// "path|records|point", and the child writes that many records to the SQLite file at path,
// printing "at N" every 1,000 records and "commit" just before it commits.
const crashEnv = "TIZIM_STORE_CRASH_CHILD"

// TestKillDuringImport kills an importing process with SIGKILL, midway through its writes and
// again as it commits, and checks that the database passes its integrity check and holds none
// or all of the import, that earlier data is intact, and that the import can simply be rerun.
func TestKillDuringImport(t *testing.T) {
	if spec := os.Getenv(crashEnv); spec != "" {
		crashChild(spec, leak)
		return
	}
	n := 60000
	if testing.Short() {
		n = 20000
	}
	for _, c := range []struct {
		name  string
		after string // the line of the child's output after which it is killed
	}{
		{"midway", fmt.Sprintf("at %d", n/2)},
		{"at commit", "commit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "tizim.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			put(t, s, rec("earlier", "1", "Ilham Tohti", tizim.Public))
			s.Close()

			if !killChild(t, "TestKillDuringImport", fmt.Sprintf("%s|%d", path, n), c.after, nil) {
				t.Fatalf("the child never reached %q", c.after)
			}

			s = reopenChecked(t, path)
			_, got, err := s.FindRecords(ctx, tizim.RecordFilter{Source: ptr("leak"), Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}})
			if err != nil {
				t.Fatal(err)
			}
			if got != 0 && got != n {
				t.Fatalf("after kill the database holds %d of the import's %d records, want none or all", got, n)
			}
			if _, err := s.FindRecord(ctx, tizim.RecordKey{Source: "earlier", RecordID: "1"}); err != nil {
				t.Fatalf("earlier data lost: %v", err)
			}
			t.Logf("killed %s: %d of %d records present", c.name, got, n)
			importN(t, s, "leak", n)
			if c, _ := s.Counts(ctx, tizim.Sealed); c.Records != n+1 {
				t.Errorf("after rerunning the import %d records, want %d", c.Records, n+1)
			}
		})
	}
}

// killChild runs the test again as a child process with crashEnv set to spec, reads its
// output up to the line after, calls at (when not nil) and kills the child with SIGKILL. It
// reports whether the line came before the child's output ended.
func killChild(t *testing.T, test, spec, after string, at func()) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), crashEnv+"="+spec)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines, seen := bufio.NewScanner(out), false
	for lines.Scan() {
		if strings.TrimSpace(lines.Text()) == after {
			seen = true
			break
		}
	}
	if at != nil {
		at()
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	return seen
}

// crashChild is the process that gets killed: it imports rec(0) to rec(records-1), printing
// "at N" every 1,000 and "commit" before it commits, and never returns on its own before the
// kill arrives. spec is "path|records", and "|exclusive" after them makes the import Exclusive
// (see journal.go).
func crashChild(spec string, rec func(i int) *tizim.Record) {
	parts := strings.Split(spec, "|")
	n, _ := strconv.Atoi(parts[1])
	ctx := context.Background()
	s, err := Open(ctx, parts[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	wctx := ctx
	if len(parts) > 2 && parts[2] == "exclusive" {
		wctx = Exclusive(ctx)
	}
	w, err := s.BeginWrite(wctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for i := range n {
		if _, err := w.Put(ctx, rec(i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if (i+1)%1000 == 0 {
			fmt.Printf("at %d\n", i+1)
		}
	}
	fmt.Println("commit")
	if err := w.Commit(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	time.Sleep(time.Minute) // wait for the kill
	os.Exit(0)
}

// reopenChecked opens the database a killed child left, which must pass its integrity check;
// it is closed when the test ends.
func reopenChecked(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Check(context.Background()); err != nil {
		t.Fatalf("integrity after kill: %v", err)
	}
	return s
}

// leak is the i-th record a crashed child writes.
func leak(i int) *tizim.Record { return synthetic("leak", i) }

func ptr[T any](v T) *T { return &v }
