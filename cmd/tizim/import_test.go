package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
	_ "modernc.org/sqlite"
)

// syntheticCSV writes n interchange rows of made-up people.
func syntheticCSV(t *testing.T, n int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "list.csv")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "source,record_id,name,sex,birth_date,id_number,hometown,status,detained_on,consent")
	given := []string{"Memet", "Tursun", "Ayshem", "Abdurehim", "Gulnar", "Ilham", "Rahile", "Erkin"}
	for i := 0; i < n; i++ {
		sex := []string{"男", "女"}[i%2]
		fmt.Fprintf(f, "list-a,%d,%s Testov%d,%s,%d年%d月%d日,,Kashgar,在押,2017-05,internal\n",
			i, given[i%len(given)], i, sex, 1950+i%50, 1+i%12, 1+i%28)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func countRecords(t *testing.T, db string) int {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, n, err := st.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportTwiceUpdatesInsteadOfDuplicating(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 5_000
	}
	db, file := tempDB(t), syntheticCSV(t, n)
	out, _, err := tizimCmd(t, db, "import", file)
	if err != nil {
		t.Fatalf("first import: %v", err)
	}
	if want := fmt.Sprintf("%d rows, %d created", n, n); !strings.Contains(out, want) {
		t.Errorf("first import said %q, want %q", out, want)
	}
	out, _, err = tizimCmd(t, db, "import", file)
	if err != nil {
		t.Fatalf("second import: %v", err)
	}
	if want := fmt.Sprintf("0 created, 0 updated, %d unchanged", n); !strings.Contains(out, want) {
		t.Errorf("second import said %q, want %q", out, want)
	}
	if got := countRecords(t, db); got != n {
		t.Errorf("after importing twice: %d records, want %d", got, n)
	}
}

func TestImportBadRowsWriteNothing(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "bad.csv", "source,record_id,name,sex,birth_date,id_number\n"+
		"s,1,Ilham Tohti,m,1969-10-25,\n"+
		"s,2,,,1970,\n"+ // no name and no identity number
		"s,3,Rahile Dawut,f,31.02.1966,\n"+ // warning only: impossible date
		"s,4,\"broken,quote,,\n")
	_, stderr, err := tizimCmd(t, db, "import", file)
	if err == nil {
		t.Fatal("import of a file with invalid rows succeeded")
	}
	for _, want := range []string{"line 3", "line 5", "line 4, column birth_date"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("problems do not name %q:\n%s", want, stderr)
		}
	}
	if got := countRecords(t, db); got != 0 {
		t.Errorf("%d records written from a file with invalid rows, want 0", got)
	}

	out, _, err := tizimCmd(t, db, "import", "--skip-invalid", "--rejects", filepath.Join(t.TempDir(), "rej.csv"), file)
	if err != nil {
		t.Fatalf("--skip-invalid: %v", err)
	}
	if !strings.Contains(out, "2 created") {
		t.Errorf("--skip-invalid said %q, want 2 created", out)
	}
	if got := countRecords(t, db); got != 2 {
		t.Errorf("%d records after --skip-invalid, want 2", got)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	db, file := tempDB(t), syntheticCSV(t, 50)
	out, _, err := tizimCmd(t, db, "import", "--dry-run", file)
	if err != nil || !strings.Contains(out, "50 created") || !strings.Contains(out, "dry run") {
		t.Fatalf("dry run = %q, %v", out, err)
	}
	if got := countRecords(t, db); got != 0 {
		t.Errorf("dry run wrote %d records", got)
	}
}

func TestImportConsentDefault(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "c.csv", "source,record_id,name\ns,1,Ilham Tohti\n")
	if _, _, err := tizimCmd(t, db, "import", file); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.FindRecord(context.Background(), tizim.RecordKey{Source: "s", RecordID: "1"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Consent != tizim.Internal {
		t.Errorf("consent = %q, want internal when neither file nor flag says", r.Consent)
	}
	if _, _, err := tizimCmd(t, db, "import", "--consent", "everyone", file); err == nil {
		t.Error("an unknown --consent level was accepted")
	}
}

// TestImportKilled kills an import midway with SIGKILL: the database must pass its integrity
// check and hold none or all of the file's rows.
func TestImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a 200,000-row import; skipped with -short")
	}
	n := 200_000
	db, file := tempDB(t), syntheticCSV(t, n)
	for _, delay := range []time.Duration{300 * time.Millisecond, 1500 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "import", "--db", db, file)
		cmd.Env = append(os.Environ(), "TIZIM_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()

		conn, err := sql.Open("sqlite", db)
		if err != nil {
			t.Fatal(err)
		}
		var check string
		if err := conn.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
			t.Fatalf("integrity check after kill -9 at %v: %q, %v", delay, check, err)
		}
		conn.Close()
		if got := countRecords(t, db); got != 0 && got != n {
			t.Fatalf("after kill -9 at %v: %d records, want 0 or %d", delay, got, n)
		}
	}
	if _, _, err := tizimCmd(t, db, "import", file); err != nil {
		t.Fatalf("import after the kills: %v", err)
	}
	if got := countRecords(t, db); got != n {
		t.Errorf("after re-running the import: %d records, want %d", got, n)
	}
}
