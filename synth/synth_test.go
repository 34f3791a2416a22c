package synth

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
	"github.com/tizim/tizim/names"
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

func TestRecordsPerPersonAreSkewed(t *testing.T) {
	c := sharedCorpus(t)
	hist := c.stats.RecordsPerPerson
	once := float64(hist[1]) / float64(c.stats.People)
	mean := float64(c.stats.Records) / float64(c.stats.People)
	if once < 0.45 || once > 0.65 {
		t.Errorf("%.2f of people have one record, want most (about 0.55)", once)
	}
	if len(hist) <= 15 {
		t.Errorf("no person has more than %d records; want a long tail", len(hist)-1)
	}
	if mean < 2.2 || mean > 2.8 {
		t.Errorf("%.2f records per person, want about 2.5", mean)
	}
}

func TestIDNumbersValidUnlessCorrupted(t *testing.T) {
	c := sharedCorpus(t)
	var masked, invalid, total, fifteen int
	byPerson := map[string]string{}
	for i, r := range c.records[1:] {
		id := r[colIDNumber]
		if id == "" {
			continue
		}
		total++
		if strings.Contains(id, "*") {
			masked++
			continue
		}
		n, err := idcard.Parse(id)
		if err != nil || !n.Valid {
			invalid++
			continue
		}
		if want := map[string]string{"男": "m", "女": "f", "M": "m", "F": "f", "male": "m", "female": "f"}[r[colSex]]; want != "" && want != n.Sex {
			t.Errorf("%s says sex %s, its number %s says %s", r[colName], r[colSex], id, n.Sex)
		}
		if !n.CountyKnown || n.County.Code[:2] != "65" {
			t.Errorf("number %s: county %v is not in Xinjiang", id, n.County)
		}
		if n.Fifteen {
			fifteen++
		}
		person := c.truth[i+1][2]
		if prev, ok := byPerson[person]; ok && prev != n.Normalized {
			t.Errorf("person %s has two valid numbers: %s and %s", person, prev, n.Normalized)
		}
		byPerson[person] = n.Normalized
	}
	if fifteen < 100 {
		t.Errorf("only %d valid numbers in the old 15-digit form", fifteen)
	}
	m, x := c.stats.Noise(IDMasked), c.stats.Noise(IDMistyped)
	if masked != m.Applied || invalid != x.Applied || total != m.Eligible {
		t.Errorf("found %d masked and %d invalid of %d numbers; the generator says it masked %d, mistyped %d of %d",
			masked, invalid, total, m.Applied, x.Applied, m.Eligible)
	}
	if total < 5000 {
		t.Errorf("only %d identity numbers in %d records", total, len(c.records)-1)
	}
}

// TestRetiredCodesBeforeRecoding: people born in Turpan before 2015 carry 6521xx, those born
// after carry 6504xx, as idcard reads them.
func TestRetiredCodesBeforeRecoding(t *testing.T) {
	g := newGenerator(1)
	var turpan *county
	for _, c := range g.counties {
		if c.d.Code == "650402" {
			turpan = c
		}
	}
	if turpan == nil {
		t.Fatal("Gaochang district 650402 is not among the homes")
	}
	for _, tc := range []struct {
		year int
		want string
	}{{1970, "652101"}, {1990, "652101"}, {2014, "652101"}, {2016, "650402"}} {
		if got := turpan.codeAt(tc.year); got != tc.want {
			t.Errorf("Gaochang's code in %d = %s, want %s", tc.year, got, tc.want)
		}
	}
}

func TestScriptShares(t *testing.T) {
	c := sharedCorpus(t)
	got := map[string]int{}
	n, twice := 0, 0
	for _, r := range c.records[1:] {
		first, second, ok := strings.Cut(r[colName], " | ")
		got[string(names.DetectScript(first))]++
		n++
		if ok {
			twice++
			if names.DetectScript(second) == names.DetectScript(first) {
				t.Errorf("name %q gives its second form in the same script", r[colName])
			}
		}
	}
	wantTwice := 0.0
	for _, s := range sources {
		wantTwice += s.weight * s.also
	}
	if share := float64(twice) / float64(n); math.Abs(share-wantTwice) > 0.01 {
		t.Errorf("%.3f of names are given in two writings, want %.3f", share, wantTwice)
	}
	want := map[string]float64{}
	total := 0.0
	for _, s := range sources {
		want[styleScripts[s.style]] += s.weight
		total += s.weight
	}
	for script, w := range want {
		share := float64(got[script]) / float64(n)
		if math.Abs(share-w/total) > 0.015 {
			t.Errorf("%s names: %.3f of records, want %.3f", script, share, w/total)
		}
	}
	if other := n - got["han"] - got["latin"] - got["arabic"] - got["cyrillic"]; other > 0 {
		t.Errorf("%d names are in no expected script (mixed or none)", other)
	}
}

func TestNoiseRates(t *testing.T) {
	c := sharedCorpus(t)
	for _, s := range c.stats.Sources {
		for k := Noise(0); k < noiseKinds; k++ {
			cnt := s.Noise[k]
			if cnt.Eligible < 300 {
				continue
			}
			p := s.Rates[k]
			tol := 4*math.Sqrt(p*(1-p)/float64(cnt.Eligible)) + 0.002
			if math.Abs(cnt.Rate()-p) > tol {
				t.Errorf("%s %s: %.4f of %d, documented %.3f", s.Key, k, cnt.Rate(), cnt.Eligible, p)
			}
		}
	}
	for _, k := range []Noise{Typo, MissingPart, SwappedOrder, Separator, DayMonthSwap, YearOff, IDMasked, IDMistyped, MissingField} {
		if c.stats.Noise(k).Applied == 0 {
			t.Errorf("no %s noise at all in %d records", k, c.stats.Records)
		}
	}
}

func TestConsentShares(t *testing.T) {
	c := sharedCorpus(t)
	total := 0.0
	for _, s := range consentShares {
		total += s.weight
	}
	got := map[string]int{}
	for _, r := range c.records[1:] {
		got[r[colConsent]]++
	}
	for _, s := range consentShares {
		share := float64(got[string(s.level)]) / float64(len(c.records)-1)
		if math.Abs(share-s.weight/total) > 0.01 {
			t.Errorf("consent %s: %.3f of records, want %.3f", s.level, share, s.weight/total)
		}
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

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestDocumentedRates holds docs/SYNTH.md's table of noise rates to the rates the generator uses.
func TestDocumentedRates(t *testing.T) {
	doc, err := os.ReadFile("../docs/SYNTH.md")
	if err != nil {
		t.Fatal(err)
	}
	var header []string
	seen := 0
	for _, line := range strings.Split(string(doc), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) > 1 && cells[0] == "source" && cells[1] == "typo" {
			header = cells
			continue
		}
		if header == nil || len(cells) != len(header) {
			continue
		}
		for _, s := range newGenerator(1).sources {
			if s.key != cells[0] {
				continue
			}
			seen++
			for i, col := range header[1:] {
				k := noiseByName(col)
				got, err := strconv.ParseFloat(cells[i+1], 64)
				if k < 0 || err != nil {
					t.Fatalf("docs/SYNTH.md: cannot read %s %q", col, cells[i+1])
				}
				if math.Abs(got-s.rates[k]) > 1e-9 {
					t.Errorf("docs/SYNTH.md says %s %s = %v, the generator uses %v", s.key, col, got, s.rates[k])
				}
			}
		}
	}
	if seen != len(sources) {
		t.Errorf("docs/SYNTH.md gives rates for %d of %d sources", seen, len(sources))
	}
}

func noiseByName(s string) Noise {
	for k := Noise(0); k < noiseKinds; k++ {
		if k.String() == s {
			return k
		}
	}
	return -1
}
