package synth

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim/idcard"
	"github.com/tizim/tizim/names"
)

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
	for k := Noise(0); k < noiseKinds; k++ {
		if c.stats.Noise(k).Applied == 0 {
			t.Errorf("no %s noise at all in %d records", k, c.stats.Records)
		}
	}
	// Every source writes detention dates: each must meet both kinds of date noise often enough
	// for the check above to hold it to its rate.
	for _, s := range c.stats.Sources {
		for _, k := range []Noise{DetainedOff, LaterEpisode} {
			if s.Noise[k].Eligible < 300 {
				t.Errorf("%s: only %d opportunities for %s", s.Key, s.Noise[k].Eligible, k)
			}
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
