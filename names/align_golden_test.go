package names_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/tizim/tizim/names"
)

var updateAlign = flag.Bool("update-align", false, "rewrite testdata/align_golden.tsv from a synthetic corpus")

const alignPath = "testdata/align_golden.tsv"

// TestAlignGolden holds CompareNames to the exact results (score bits, match, every aligned
// pair's texts and score bits) recorded in testdata/align_golden.tsv, so that speed work on the
// alignment cannot change what entity resolution reads from it. The file lists name pairs of a
// synthetic corpus (crossPairs: 600 people, seed 3) with at least one name not in Latin script,
// each with a hash of its result without and with frequencies; its first line holds one hash of
// the results of every pair of testdata/score_golden.tsv.
func TestAlignGolden(t *testing.T) {
	if *updateAlign {
		writeAlignGolden(t)
	}
	data, err := os.ReadFile(alignPath)
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	var want [][2]string
	wantScoreGolden := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if h, ok := strings.CutPrefix(text, "# score_golden.tsv\t"); ok {
			wantScoreGolden = h
			continue
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		col := strings.Split(text, "\t")
		if len(col) != 4 {
			t.Fatalf("%s line %d: %d columns, want 4", alignPath, line, len(col))
		}
		pairs = append(pairs, [2]string{col[0], col[1]})
		want = append(want, [2]string{col[2], col[3]})
	}
	if len(pairs) < 1000 || wantScoreGolden == "" {
		t.Fatalf("%s: %d pairs and score golden hash %q, want at least 1000 and a hash", alignPath, len(pairs), wantScoreGolden)
	}
	f := goldenFrequencies(func(yield func(string, string)) {
		for _, p := range pairs {
			yield(p[0], p[1])
		}
	})
	bad := 0
	for i, p := range pairs {
		a, b := names.Prepare(p[0]), names.Prepare(p[1])
		plain, freq := alignHash(names.CompareNames(a, b, nil)), alignHash(names.CompareNames(a, b, f))
		if plain != want[i][0] || freq != want[i][1] {
			bad++
			if bad <= 10 {
				t.Errorf("%q %q: results %s %s, golden %s %s (%+v)", p[0], p[1], plain, freq,
					want[i][0], want[i][1], names.CompareNames(a, b, nil))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pairs align differently from %s", bad, len(pairs), alignPath)
	}
	if got := scoreGoldenAlignHash(t); got != wantScoreGolden {
		t.Errorf("the pairs of %s align differently: hash %s, golden %s", goldenPath, got, wantScoreGolden)
	}
}

// alignHash is a hash of everything in r, scores to the bit.
func alignHash(r names.Result) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%x %v", math.Float64bits(r.Score), r.Match)
	for _, al := range r.Alignment {
		fmt.Fprintf(h, "|%s\x00%s\x00%x", al.A, al.B, math.Float64bits(al.Score))
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// scoreGoldenAlignHash is one hash of the CompareNames results of every pair of
// testdata/score_golden.tsv, without and with the frequencies of its names.
func scoreGoldenAlignHash(t *testing.T) string {
	data, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	for _, line := range strings.Split(string(data), "\n") {
		if c := strings.Split(line, "\t"); len(c) == 4 && !strings.HasPrefix(line, "#") {
			pairs = append(pairs, [2]string{c[0], c[1]})
		}
	}
	f := goldenFrequencies(func(yield func(string, string)) {
		for _, p := range pairs {
			yield(p[0], p[1])
		}
	})
	h := fnv.New64a()
	for _, p := range pairs {
		a, b := names.Prepare(p[0]), names.Prepare(p[1])
		fmt.Fprintf(h, "%s %s\n", alignHash(names.CompareNames(a, b, nil)), alignHash(names.CompareNames(a, b, f)))
	}
	return fmt.Sprintf("%d pairs %016x", len(pairs), h.Sum64())
}

// writeAlignGolden draws the pairs and records their results.
func writeAlignGolden(t *testing.T) {
	pairs := crossPairs(t, 600, 3, 1000)
	f := goldenFrequencies(func(yield func(string, string)) {
		for _, p := range pairs {
			yield(p[0], p[1])
		}
	})
	var out bytes.Buffer
	out.WriteString("# CompareNames results of name pairs from synth.Generate(Persons: 600, Seed: 3) (crossPairs): a, b, and a\n")
	out.WriteString("# hash of the result without frequencies and with the frequencies of all names here.\n")
	out.WriteString("# Rewrite with: go test ./names/ -run TestAlignGolden -update-align\n")
	fmt.Fprintf(&out, "# score_golden.tsv\t%s\n", scoreGoldenAlignHash(t))
	for _, p := range pairs {
		a, b := names.Prepare(p[0]), names.Prepare(p[1])
		fmt.Fprintf(&out, "%s\t%s\t%s\t%s\n", p[0], p[1],
			alignHash(names.CompareNames(a, b, nil)), alignHash(names.CompareNames(a, b, f)))
	}
	if err := os.WriteFile(alignPath, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
