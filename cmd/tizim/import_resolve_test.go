package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
	"github.com/tizim/tizim/store"
)

// Synthetic people for the resolution tests: made-up combinations of common Uyghur given
// names, each with a birth date and a valid identity number of Kashgar city.
var (
	testGiven  = []string{"Memet", "Ayshem", "Abdurehim", "Gulnar", "Erkin", "Rahile", "Tursun", "Patigul", "Nurmemet", "Zulpiye"}
	testFather = []string{"Tohti", "Qasim", "Niyaz", "Yasin", "Hoshur", "Rozi", "Sidiq", "Omer", "Hamut", "Ablet"}
)

type testPerson struct {
	name, sex, id string
	born          time.Time
}

func testPeople(n int) []testPerson {
	out := make([]testPerson, n)
	for i := range out {
		born := time.Date(1960+i%40, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		sex := []string{"男", "女"}[i%2]
		out[i] = testPerson{name: testGiven[i%10] + " " + testFather[(i/10+i)%10], sex: sex, born: born,
			id: idcard.Generate("653101", born, 10+2*i+i%2)}
	}
	return out
}

// listCSV writes the people as a source's list: every field filled in.
func listCSV(t *testing.T, source string, ps []testPerson, note string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("source,record_id,name,sex,birth_date,id_number,hometown,status,notes\n")
	for i, p := range ps {
		fmt.Fprintf(&b, "%s,%d,%s,%s,%s,%s,Kashgar,在押,%s\n", source, i+1, p.name, p.sex, p.born.Format("2006-01-02"), p.id, note)
	}
	return writeFile(t, source+".csv", b.String())
}

// testimonyCSV writes another source's writing of people 0-4 (same name, birth date and identity
// number: clear matches) and of person 10 with only the name and a birth year (ambiguous).
func testimonyCSV(t *testing.T, ps []testPerson, note string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("source,record_id,name,sex,birth_date,id_number,hometown,status,notes\n")
	for i := range 5 {
		p := ps[i]
		fmt.Fprintf(&b, "testimony,t%d,%s,%s,%s,%s,Kashgar,在押,%s\n", i, strings.ToUpper(p.name), p.sex, p.born.Format("02.01.2006"), p.id, note)
	}
	p := ps[10]
	fmt.Fprintf(&b, "testimony,t10,%s,,%d,,,,%s\n", p.name, p.born.Year(), note)
	return writeFile(t, "testimony.csv", b.String())
}

// resolution is what the database holds after imports.
type resolution struct {
	records, people, matcher, review int
	evidence                         bool
}

func resolutionOf(t *testing.T, db string) resolution {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var r resolution
	if _, r.records, err = st.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}}); err != nil {
		t.Fatal(err)
	}
	if _, r.people, err = st.FindPeople(ctx, tizim.PersonFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}}); err != nil {
		t.Fatal(err)
	}
	js, err := st.AllJudgements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range js {
		if j.Automatic() && j.Verdict == tizim.Same {
			r.matcher++
		}
	}
	pairs, n, err := st.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
	if err != nil {
		t.Fatal(err)
	}
	r.review = n
	r.evidence = len(pairs) > 0
	for _, p := range pairs {
		r.evidence = r.evidence && len(p.Evidence) > 1
	}
	return r
}

func TestImportResolvesAgainstPeopleAlreadyThere(t *testing.T) {
	db, ps := tempDB(t), testPeople(60)
	out, errOut, err := tizimCmd(t, db, "import", listCSV(t, "list", ps, ""))
	if err != nil {
		t.Fatal(err, errOut)
	}
	if !strings.Contains(errOut, "nothing to resolve against") || !strings.Contains(out, "60 created, 0 updated, 0 unchanged, 0 invalid, 0 warnings, 0 linked, 0 for review") {
		t.Errorf("first import: stdout %q stderr %q: want no resolution (no people were there) and a hint to run dedup", out, errOut)
	}
	// dedup trains the model that the next import resolves with
	if _, errOut, err := tizimCmd(t, db, "dedup"); err != nil {
		t.Fatal(err, errOut)
	}
	out, errOut, err = tizimCmd(t, db, "import", testimonyCSV(t, ps, ""))
	if err != nil {
		t.Fatal(err, errOut)
	}
	if strings.Contains(errOut, "no model stored") || !strings.Contains(out, "6 created, 0 updated, 0 unchanged, 0 invalid, 0 warnings, 5 linked, 1 for review") {
		t.Errorf("second import: stdout %q stderr %q: want the stored model used, 5 linked and 1 for review", out, errOut)
	}
	got := resolutionOf(t, db)
	want := resolution{records: 66, people: 61, matcher: 5, review: 1, evidence: true}
	if got != want {
		t.Errorf("after the second import: %+v, want %+v", got, want)
	}
	// --json carries the same counts
	out, _, err = tizimCmd(t, db, "import", "--json", testimonyCSV(t, ps, "seen again"))
	if err != nil || !strings.Contains(out, `"resolved":{"records":6,"linked":0,"review":1`) {
		t.Errorf("import --json of updated records = %q, %v: want them resolved, already linked", out, err)
	}
}

func TestImportHonoursReviewersAndNoResolve(t *testing.T) {
	db, ps := tempDB(t), testPeople(60)
	if _, errOut, err := tizimCmd(t, db, "import", listCSV(t, "list", ps, "")); err != nil {
		t.Fatal(err, errOut)
	}
	out, _, err := tizimCmd(t, db, "import", "--no-resolve", testimonyCSV(t, ps, ""))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "linked") {
		t.Errorf("--no-resolve printed %q: want no resolution counts", out)
	}
	if got, want := resolutionOf(t, db), (resolution{records: 66, people: 66}); got != want {
		t.Errorf("after --no-resolve: %+v, want %+v: nothing linked, nothing queued", got, want)
	}
	// a reviewer says the testimony's first record is not the list's first person
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.FindRecord(ctx, tizim.RecordKey{Source: "list", RecordID: "1"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := st.FindRecord(ctx, tizim.RecordKey{Source: "testimony", RecordID: "t0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Judge(ctx, tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Different, By: "reviewer", Reason: "different father"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	// the testimony again, every row changed: its records are resolved now, but not that one
	out, errOut, err := tizimCmd(t, db, "import", testimonyCSV(t, ps, "second reading"))
	if err != nil {
		t.Fatal(err, errOut)
	}
	if !strings.Contains(out, "6 updated") || !strings.Contains(out, "4 linked") {
		t.Errorf("re-import: %q, want 6 updated and 4 linked (the fifth kept apart by the reviewer)", out)
	}
	if got, want := resolutionOf(t, db), (resolution{records: 66, people: 62, matcher: 4, review: 1, evidence: true}); got != want {
		t.Errorf("after the re-import: %+v, want %+v", got, want)
	}
}

func TestImportResolutionFailureKeepsTheImport(t *testing.T) {
	db, ps := tempDB(t), testPeople(60)
	if _, errOut, err := tizimCmd(t, db, "import", listCSV(t, "list", ps, "")); err != nil {
		t.Fatal(err, errOut)
	}
	if _, errOut, err := tizimCmd(t, db, "dedup"); err != nil {
		t.Fatal(err, errOut)
	}
	// break the candidate keys' table under the resolver
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DROP TABLE resolve_key_buckets`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	out, errOut, err := tizimCmd(t, db, "import", testimonyCSV(t, ps, ""))
	if err == nil || !strings.Contains(errOut, "the records are imported, but resolving them") {
		t.Errorf("import with a broken resolver: err %v, stderr %q: want a failure that says the records are kept", err, errOut)
	}
	if !strings.Contains(out, "testimony.csv: imported: 6 rows, 6 created") {
		t.Errorf("summary %q: want the import reported as written", out)
	}
	if got, want := resolutionOf(t, db), (resolution{records: 66, people: 66}); got != want {
		t.Errorf("after the failed resolution: %+v, want %+v: the import whole, nothing half-linked", got, want)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(db), "tizim.db")); err != nil {
		t.Fatal(err)
	}
}
