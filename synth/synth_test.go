package synth

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// corpus is one generated corpus, read back from its CSV files.
type corpus struct {
	stats      Stats
	raw        [3][]byte // records, truth, facilities
	records    [][]string
	truth      [][]string
	facilities [][]string
}

func generate(t testing.TB, persons int, seed int64) *corpus {
	t.Helper()
	c, err := generateCorpus(persons, seed)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func generateCorpus(persons int, seed int64) (*corpus, error) {
	var bufs [3]bytes.Buffer
	c := &corpus{}
	err := Generate(Config{Persons: persons, Seed: seed, Stats: &c.stats},
		Writers{Records: &bufs[0], Truth: &bufs[1], Facilities: &bufs[2]})
	if err != nil {
		return nil, err
	}
	for i := range bufs {
		c.raw[i] = bufs[i].Bytes()
	}
	for i, dst := range []*[][]string{&c.records, &c.truth, &c.facilities} {
		if *dst, err = csv.NewReader(bytes.NewReader(c.raw[i])).ReadAll(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// sharedCorpus is the corpus most tests read: big enough for rates to be measured within a per
// cent or two, small enough to generate in about a second.
func sharedCorpus(t *testing.T) *corpus {
	t.Helper()
	c, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var shared = sync.OnceValues(func() (*corpus, error) { return generateCorpus(20000, 42) })

func TestSameSeedSameBytes(t *testing.T) {
	a, b, c := generate(t, 3000, 7), generate(t, 3000, 7), generate(t, 3000, 8)
	for i, file := range []string{"records", "truth", "facilities"} {
		if !bytes.Equal(a.raw[i], b.raw[i]) {
			t.Errorf("%s.csv differs between two runs with seed 7", file)
		}
		if i < 2 && bytes.Equal(a.raw[i], c.raw[i]) {
			t.Errorf("%s.csv is the same for seeds 7 and 8", file)
		}
	}
}

func TestHeaders(t *testing.T) {
	c := sharedCorpus(t)
	if !slices.Equal(c.records[0], tizim.Columns) {
		t.Errorf("records.csv header = %v, want tizim.Columns %v", c.records[0], tizim.Columns)
	}
	if len(tizim.Columns) != numColumns {
		t.Fatalf("the package writes %d columns, tizim.Columns has %d", numColumns, len(tizim.Columns))
	}
	for col, want := range map[int]string{colSource: "source", colRecordID: "record_id", colName: "name", colSex: "sex",
		colBirthDate: "birth_date", colIDNumber: "id_number", colEthnicity: "ethnicity", colHometown: "hometown",
		colStatus: "status", colDetainedOn: "detained_on", colFacility: "facility", colSentence: "sentence",
		colCharges: "charges", colNotes: "notes", colConsent: "consent"} {
		if tizim.Columns[col] != want {
			t.Errorf("column %d is %q in tizim.Columns, the generator writes %q there", col, tizim.Columns[col], want)
		}
	}
	if !slices.Equal(c.truth[0], []string{"source", "record_id", "person"}) {
		t.Errorf("truth.csv header = %v", c.truth[0])
	}
	if !slices.Equal(c.facilities[0], facilityHeader) {
		t.Errorf("facilities.csv header = %v", c.facilities[0])
	}
}

func TestTruthMatchesRecords(t *testing.T) {
	c := sharedCorpus(t)
	recs, truth := c.records[1:], c.truth[1:]
	if len(recs) != len(truth) || len(recs) != c.stats.Records {
		t.Fatalf("%d records, %d truth rows, stats say %d", len(recs), len(truth), c.stats.Records)
	}
	keys := map[[2]string]bool{}
	people := map[int]int{}
	for i, r := range recs {
		k := [2]string{r[colSource], r[colRecordID]}
		if keys[k] {
			t.Fatalf("record %v appears twice", k)
		}
		keys[k] = true
		if truth[i][0] != k[0] || truth[i][1] != k[1] {
			t.Fatalf("line %d: truth names %v, the record is %v", i+2, truth[i][:2], k)
		}
		p, err := strconv.Atoi(truth[i][2])
		if err != nil || p < 1 || p > c.stats.People {
			t.Fatalf("line %d: person %q is not one of 1..%d", i+2, truth[i][2], c.stats.People)
		}
		people[p]++
	}
	if len(people) != 20000 || c.stats.People != 20000 {
		t.Errorf("%d people have records, stats say %d people; want 20000", len(people), c.stats.People)
	}
}

func TestGenerateRejects(t *testing.T) {
	var b bytes.Buffer
	ok := Writers{Records: &b, Truth: &b, Facilities: &b}
	for _, tc := range []struct {
		name string
		cfg  Config
		w    Writers
	}{
		{"negative", Config{Persons: -1}, ok},
		{"too many", Config{Persons: MaxPersons + 1}, ok},
		{"no writer", Config{Persons: 1}, Writers{Records: &b}},
	} {
		if err := Generate(tc.cfg, tc.w); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("%s: err = %v, want EINVALID", tc.name, err)
		}
	}
	if err := Generate(Config{Persons: 10}, Writers{Records: failing{}, Truth: &b, Facilities: &b}); err == nil {
		t.Error("a failing records writer gave no error")
	}
}

func TestNobodyGivesHeadersOnly(t *testing.T) {
	c := generate(t, 0, 1)
	if len(c.records) != 1 || len(c.truth) != 1 || c.stats.People != 0 || c.stats.Records != 0 {
		t.Errorf("0 persons gave %d record rows, %d truth rows, stats %+v", len(c.records)-1, len(c.truth)-1, c.stats)
	}
	if len(c.facilities) < 100 {
		t.Errorf("0 persons gave %d facilities; the facilities do not depend on the people", len(c.facilities)-1)
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// BenchmarkGenerate measures generating 100,000 people (about 246,000 records) into discarding
// writers, and reports the records per second and the heap in use at the end, which must not
// grow with the number of people (docs/PERFORMANCE.md, "Synthetic corpus").
func BenchmarkGenerate(b *testing.B) {
	const persons = 100_000
	var st Stats
	var peak uint64
	for b.Loop() {
		if err := Generate(Config{Persons: persons, Seed: 1, Stats: &st},
			Writers{Records: io.Discard, Truth: io.Discard, Facilities: io.Discard}); err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	b.ReportMetric(float64(st.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "heap-MiB")
}

// TestCellsAreClean: every generated value is valid UTF-8 without control or bidi characters,
// trimmed, and every record can identify someone (a name or an identity number).
func TestCellsAreClean(t *testing.T) {
	c := sharedCorpus(t)
	for i, r := range c.records[1:] {
		for col, v := range r {
			if !utf8.ValidString(v) || strings.TrimSpace(v) != v || strings.ContainsFunc(v, func(r rune) bool {
				return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
			}) {
				t.Fatalf("line %d, %s: %q", i+2, tizim.Columns[col], v)
			}
		}
		if r[colName] == "" && r[colIDNumber] == "" {
			t.Fatalf("line %d has neither a name nor an identity number", i+2)
		}
	}
}
