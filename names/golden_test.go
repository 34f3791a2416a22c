package names_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim/names"
	"github.com/tizim/tizim/synth"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/score_golden.tsv from a synthetic corpus")

const goldenPath = "testdata/score_golden.tsv"

// TestScoreGolden holds Prepare and Score to the exact scores (to the bit) recorded in
// testdata/score_golden.tsv, so that speed work on the matcher cannot change a result. The
// pairs are names of a small synthetic corpus (synth.Generate, 400 people, seed 1): writings of
// one person in several scripts and spellings, and neighbouring names of different people; then
// the attested pairs of testdata/uyghur_pairs.tsv. Each
// pair is scored without frequencies and with the frequencies of all the file's names.
func TestScoreGolden(t *testing.T) {
	if *updateGolden {
		writeGolden(t)
	}
	data, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		a, b        string
		plain, freq uint64
	}
	var rows []row
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		col := strings.Split(text, "\t")
		if len(col) != 4 {
			t.Fatalf("%s line %d: %d columns, want 4", goldenPath, line, len(col))
		}
		p, err1 := strconv.ParseUint(col[2], 16, 64)
		q, err2 := strconv.ParseUint(col[3], 16, 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s line %d: bad score bits %q %q", goldenPath, line, col[2], col[3])
		}
		rows = append(rows, row{col[0], col[1], p, q})
	}
	if len(rows) < 2000 {
		t.Fatalf("%s: %d pairs, want at least 2000", goldenPath, len(rows))
	}
	f := goldenFrequencies(func(yield func(string, string)) {
		for _, r := range rows {
			yield(r.a, r.b)
		}
	})
	bad := 0
	for _, r := range rows {
		a, b := names.Prepare(r.a), names.Prepare(r.b)
		plain, freq := names.Score(a, b, nil), names.Score(a, b, f)
		if math.Float64bits(plain) != r.plain || math.Float64bits(freq) != r.freq {
			bad++
			if bad <= 10 {
				t.Errorf("%q %q: scores %v %v, golden %v %v", r.a, r.b, plain, freq,
					math.Float64frombits(r.plain), math.Float64frombits(r.freq))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pairs score differently from %s", bad, len(rows), goldenPath)
	}
}

// goldenFrequencies counts every name of the pairs once per occurrence.
func goldenFrequencies(each func(yield func(string, string))) *names.Frequencies {
	f := &names.Frequencies{}
	each(func(a, b string) {
		f.Add(a)
		f.Add(b)
	})
	return f
}

// writeGolden draws the pairs from a synthetic corpus and records their scores.
func writeGolden(t *testing.T) {
	var records bytes.Buffer
	err := synth.Generate(synth.Config{Persons: 400, Seed: 1},
		synth.Writers{Records: &records, Truth: io.Discard, Facilities: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&records)
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	var all []string
	byPerson := map[string][]string{}
	var order []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		name := strings.NewReplacer("\t", " ", "\n", " ").Replace(rec[col["name"]])
		if name == "" {
			continue
		}
		all = append(all, name)
		// The record id is the person's key only through truth.csv; group instead by the
		// person's ID number where there is one, else keep the name alone.
		if id := rec[col["id_number"]]; id != "" {
			if byPerson[id] == nil {
				order = append(order, id)
			}
			byPerson[id] = append(byPerson[id], name)
		}
	}
	var pairs [][2]string
	for _, id := range order {
		ws := byPerson[id]
		for i := range ws {
			for j := i + 1; j < len(ws); j++ {
				pairs = append(pairs, [2]string{ws[i], ws[j]})
			}
		}
	}
	for i := range all {
		for d := 1; d <= 3 && i+d < len(all); d++ {
			pairs = append(pairs, [2]string{all[i], all[i+d]})
		}
	}
	attested, err := os.ReadFile("testdata/uyghur_pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(attested), "\n") {
		if c := strings.Split(line, "\t"); len(c) == 5 && !strings.HasPrefix(line, "#") {
			pairs = append(pairs, [2]string{c[0], c[1]})
		}
	}
	pairs = append(pairs, longPairs...)
	f := goldenFrequencies(func(yield func(string, string)) {
		for _, p := range pairs {
			yield(p[0], p[1])
		}
	})
	var out bytes.Buffer
	out.WriteString("# Scores of name pairs from synth.Generate(Persons: 400, Seed: 1) and uyghur_pairs.tsv: a, b, and the bits (hex\n")
	out.WriteString("# float64) of Score without frequencies and with the frequencies of all names here.\n")
	out.WriteString("# Rewrite with: go test ./names/ -run TestScoreGolden -update-golden\n")
	for _, p := range pairs {
		a, b := names.Prepare(p[0]), names.Prepare(p[1])
		fmt.Fprintf(&out, "%s\t%s\t%016x\t%016x\n", p[0], p[1],
			math.Float64bits(names.Score(a, b, nil)), math.Float64bits(names.Score(a, b, f)))
	}
	if err := os.WriteFile(goldenPath, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// longPairs are names of five and more parts (and one of twelve), which the matcher scores
// with a larger similarity table than short names.
var longPairs = [][2]string{
	{"FABERLIC EUROPE Sp. z o.o.", "faberlic"},
	{"Abdurehim Memet Tursun Qurban Ilham", "Ilham Qurban Tursun Memet Abdurehim"},
	{"Abdurehim Memet Tursun Qurban Ilham", "阿不都热依木·买买提·吐尔逊·库尔班·伊力哈木"},
	{"a b c d e f g h i j k l m n", "Ilham Tohti Memet Tursun Qurban Abdurehim Adil Tursun Perhat Gulnar Ayshem Dilnur"},
	{"Ilham Tohti Memet Tursun Qurban Abdurehim Adil Tursun Perhat Gulnar Ayshem Dilnur",
		"Dilnur Ayshem Gulnar Perhat Tursun Adil Abdurehim Qurban Tursun Memet Tohti Ilham"},
	{"Мемет Турсун Курбан Абдурехим Ильхам", "MAIMAITI TUERXUN KUERBAN ABUDUREHIMU YILIHAMU"},
}
