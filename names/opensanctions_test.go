package names

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"testing"
)

// benchCases is OpenSanctions' name-matching benchmark (826 labelled pairs), and benchFrozen
// their own matcher's scores on it (logic_v2, threshold 0.7); see /work/shared/data/README.md.
const (
	benchCases  = "../../shared/data/names/nomenklatura_name_bench_cases.csv"
	benchFrozen = "../../shared/data/names/nomenklatura_name_bench_logicv2_frozen.csv"
)

// confusion counts the outcomes of match decisions against labels.
type confusion struct{ tp, fp, fn, tn int }

func (c *confusion) add(predicted, actual bool) {
	switch {
	case predicted && actual:
		c.tp++
	case predicted:
		c.fp++
	case actual:
		c.fn++
	default:
		c.tn++
	}
}

func (c confusion) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c confusion) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c confusion) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// readCSV reads a CSV file with a header into maps, skipping the test if the shared data is
// absent (failing instead in CI).
func readCSV(t testing.TB, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("benchmark data missing in CI: %v", err)
		}
		t.Skipf("benchmark data not available: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			if i < len(row) {
				m[h] = row[i]
			}
		}
		out = append(out, m)
	}
	return out
}

// crossScript reports whether one name is in Latin letters and the other is not.
func crossScript(a, b string) bool {
	return (DetectScript(a) == Latin) != (DetectScript(b) == Latin)
}

// TestOpenSanctionsBenchmark measures the matcher on OpenSanctions' benchmark, beside their own
// matcher's frozen scores, and holds the targets: F1 >= 0.85 overall, >= 0.95 on Latin vs
// non-Latin pairs.
func TestOpenSanctionsBenchmark(t *testing.T) {
	cases := readCSV(t, benchCases)
	frozen := readCSV(t, benchFrozen)
	var freq Frequencies
	for _, c := range cases {
		freq.Add(c["name1"])
		freq.Add(c["name2"])
	}
	var ours, oursX, theirs, theirsX confusion
	var sweep [20]confusion
	for _, c := range cases {
		actual := c["is_match"] == "true"
		r := Compare(c["name1"], c["name2"], &freq)
		for i := range sweep {
			sweep[i].add(r.Score >= 0.5+float64(i)*0.025, actual)
		}
		ours.add(r.Match, actual)
		x := crossScript(c["name1"], c["name2"])
		if x {
			oursX.add(r.Match, actual)
		}
		if testing.Verbose() && r.Match != actual {
			t.Logf("miss %s: %q %q score %.3f want %v %v", c["case_group"], c["name1"], c["name2"], r.Score, actual, r.Alignment)
		}
	}
	for _, c := range frozen {
		s, err := strconv.ParseFloat(c["score"], 64)
		if err != nil {
			t.Fatalf("frozen score %q: %v", c["score"], err)
		}
		actual := c["is_match"] == "true"
		theirs.add(s >= 0.7, actual)
		if crossScript(c["name1"], c["name2"]) {
			theirsX.add(s >= 0.7, actual)
		}
	}
	report := func(name string, c confusion) {
		t.Logf("%-28s pairs %4d  P %.3f  R %.3f  F1 %.3f", name, c.tp+c.fp+c.fn+c.tn, c.precision(), c.recall(), c.f1())
	}
	if testing.Verbose() {
		for i, c := range sweep {
			report(fmt.Sprintf("threshold %.3f", 0.5+float64(i)*0.025), c)
		}
	}
	report("tizim names (all)", ours)
	report("tizim names (Latin×other)", oursX)
	report("nomenklatura logic_v2 (all)", theirs)
	report("nomenklatura (Latin×other)", theirsX)
	if ours.f1() < 0.85 {
		t.Errorf("F1 %.3f on the OpenSanctions benchmark, want >= 0.85", ours.f1())
	}
	if oursX.f1() < 0.95 {
		t.Errorf("F1 %.3f on Latin vs non-Latin pairs, want >= 0.95", oursX.f1())
	}
}
