package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// TestExportRoundTrip exports every record in each format that import reads and imports the
// file into an empty database: the records must come back the same.
func TestExportRoundTrip(t *testing.T) {
	db := tempDB(t)
	genCorpus(t, db, 150, 3)
	want := loadRecords(t, db)
	if len(want) < 150 {
		t.Fatalf("only %d records in the corpus", len(want))
	}
	for _, format := range []string{"csv", "xlsx", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "all."+format)
			if _, _, err := tizimCmd(t, db, "export", "--format", format, "-o", file); err != nil {
				t.Fatal(err)
			}
			db2 := tempDB(t)
			if _, stderr, err := tizimCmd(t, db2, "import", file); err != nil {
				t.Fatalf("re-import: %v\n%s", err, stderr)
			}
			got := loadRecords(t, db2)
			if len(got) != len(want) {
				t.Fatalf("%d records came back, want %d", len(got), len(want))
			}
			for i := range want {
				a, b := comparable(want[i]), comparable(got[i])
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("record %s changed in the round trip:\nwant %+v\ngot  %+v", want[i].Key(), a, b)
				}
			}
		})
	}
}

func TestExportPublicOnlyWhatConsentAllows(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "c.csv", "source,record_id,name,id_number,consent\n"+
		"s,4,Sealed Person,,sealed\n"+
		"s,1,Public Person,,public\n"+
		"s,2,Anonymous Person,653101198401261235,anonymised\n"+
		"s,3,Internal Person,,internal\n")
	if _, _, err := tizimCmd(t, db, "import", file); err != nil {
		t.Fatal(err)
	}
	out, _, err := tizimCmd(t, db, "export", "--public", "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Public Person") {
		t.Errorf("public export lacks the public record:\n%s", out)
	}
	// The source took the level of its first row (sealed): its key stays out.
	for _, secret := range []string{"Anonymous Person", "653101198401261235", "Internal Person", "Sealed Person", `"source":"s"`} {
		if strings.Contains(out, secret) {
			t.Errorf("public export contains %q:\n%s", secret, out)
		}
	}
}

func TestExportFailureLeavesNoFile(t *testing.T) {
	db := tempDB(t)
	file := filepath.Join(t.TempDir(), "out.csv")
	if _, _, err := tizimCmd(t, db, "export", "--format", "pdf", "-o", file); err == nil {
		t.Fatal("an unknown format was accepted")
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	if len(entries) != 0 {
		t.Errorf("a failed export left %v behind", entries)
	}
}

func loadRecords(t *testing.T, db string) []*tizim.Record {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rs, _, err := st.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed})
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// comparable keeps what a round trip must preserve: everything the source said, not the
// database's own ids, times or the raw row (whose headers depend on the file).
func comparable(r *tizim.Record) tizim.Record {
	c := *r
	c.ID, c.PersonID, c.Raw, c.Warnings = 0, 0, nil, nil
	c.Created, c.Updated = time.Time{}, time.Time{}
	return c
}
