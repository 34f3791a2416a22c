package names

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestUyghurPairs holds the matcher to precision and recall >= 0.95 on attested cross-script
// Uyghur pairs and hard negatives (testdata/uyghur_pairs.tsv).
func TestUyghurPairs(t *testing.T) {
	f, err := os.Open("testdata/uyghur_pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all confusion
	kinds := map[string]*confusion{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		col := strings.Split(text, "\t")
		if len(col) != 5 {
			t.Fatalf("uyghur_pairs.tsv line %d: %d columns, want 5", line, len(col))
		}
		want := col[2] == "1"
		r := Compare(col[0], col[1], nil)
		all.add(r.Match, want)
		if kinds[col[3]] == nil {
			kinds[col[3]] = &confusion{}
		}
		kinds[col[3]].add(r.Match, want)
		if r.Match != want {
			t.Logf("line %d %s: %q %q score %.3f, want match %v; %v", line, col[3], col[0], col[1], r.Score, want, r.Alignment)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("Uyghur pairs: %d positive, %d negative; precision %.3f recall %.3f F1 %.3f",
		all.tp+all.fn, all.fp+all.tn, all.precision(), all.recall(), all.f1())
	if all.precision() < 0.95 || all.recall() < 0.95 {
		t.Errorf("precision %.3f recall %.3f, want both >= 0.95", all.precision(), all.recall())
	}
}
