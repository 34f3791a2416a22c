package names_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tizim/tizim/names"
	"github.com/tizim/tizim/synth"
)

// The generator writes about one Uyghur name in five in Chinese characters as one run, without
// the mark between given name and father's name. It does not say where the cut lies, but the
// same person's other Chinese records that keep the mark (卡尤木·尼亚孜买买提) do: they are the
// oracle here. A run whose person has no such record, or whose parts are spelled otherwise
// there, is counted as unknown.

// hanRunTally counts how names.Parts cuts the run-together Chinese names of a corpus.
type hanRunTally struct {
	runs       int // Chinese-character names written as one run
	right      int // two names, cut where the oracle cuts
	wrong      int // two names, cut elsewhere
	missed     int // two names, left whole
	whole      int // one name, left whole
	cutSingle  int // one name, cut
	unknown    int // the oracle cannot tell
	unknownCut int
	wrongs     []string // examples of wrong cuts
	misses     []string
}

// TestHanRunCorpus measures the cutting of run-together names on a generated corpus (20,000
// people with -short, 200,000 without) or on the corpus in $TIZIM_HANRUN_CORPUS (records.csv and
// truth.csv), and holds the wrong cuts rare and the right ones common.
func TestHanRunCorpus(t *testing.T) {
	records, truth := hanRunCorpus(t)
	var tl hanRunTally
	tl.measure(records, truth)
	t.Logf("%d runs: two names %d (cut right %d, cut wrong %d, left whole %d); one name %d (whole %d, cut %d); unknown %d (cut %d)",
		tl.runs, tl.right+tl.wrong+tl.missed, tl.right, tl.wrong, tl.missed,
		tl.whole+tl.cutSingle, tl.whole, tl.cutSingle, tl.unknown, tl.unknownCut)
	for _, w := range tl.wrongs[:min(len(tl.wrongs), 40)] {
		t.Logf("wrong: %s", w)
	}
	for _, w := range tl.misses[:min(len(tl.misses), 60)] {
		t.Logf("left whole: %s", w)
	}
	two := tl.right + tl.wrong + tl.missed
	if two == 0 {
		t.Fatal("no run-together names of two parts in the corpus")
	}
	if got := float64(tl.wrong+tl.cutSingle) / float64(tl.runs); got > hanRunMaxWrong {
		t.Errorf("%.4f of runs cut wrongly (a name cut that is one, or two cut in the wrong place), want <= %.4f", got, hanRunMaxWrong)
	}
	if got := float64(tl.right) / float64(two); got < hanRunMinRight {
		t.Errorf("%.4f of two-name runs cut right, want >= %.4f", got, hanRunMinRight)
	}
}

// The bounds of TestHanRunCorpus, set a little past what the cutting measured (200,000 people,
// seed 11: 8,791 of 10,230 two-name runs cut right, 35 cut wrongly, 9 of 6,117 single names
// cut; before the unit table, 5,080 right, 165 wrong and 241).
const (
	hanRunMaxWrong = 0.002
	hanRunMinRight = 0.85
)

// hanRunCorpus returns the records (source, record_id, name) and truth (source:record_id →
// person) of the corpus TestHanRunCorpus measures.
func hanRunCorpus(t *testing.T) (records [][3]string, truth map[string]string) {
	var rec, tru io.Reader
	if dir := os.Getenv("TIZIM_HANRUN_CORPUS"); dir != "" {
		rf, err := os.Open(filepath.Join(dir, "records.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer rf.Close()
		tf, err := os.Open(filepath.Join(dir, "truth.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer tf.Close()
		rec, tru = rf, tf
	} else {
		persons := 200_000
		if testing.Short() {
			persons = 20_000
		}
		var rb, tb bytes.Buffer
		err := synth.Generate(synth.Config{Persons: persons, Seed: 11},
			synth.Writers{Records: &rb, Truth: &tb, Facilities: io.Discard})
		if err != nil {
			t.Fatal(err)
		}
		rec, tru = &rb, &tb
	}
	rows := readCSV(t, rec)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		records = append(records, [3]string{r[col["source"]], r[col["record_id"]], r[col["name"]]})
	}
	truth = map[string]string{}
	for _, r := range readCSV(t, tru)[1:] {
		truth[r[0]+":"+r[1]] = r[2]
	}
	return records, truth
}

func readCSV(t *testing.T, r io.Reader) [][]string {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// hanMarks are the marks the generator writes between two names in Chinese characters.
const hanMarks = "·・•．.-"

// measure counts how names.Parts cuts each run-together Chinese name of records.
func (tl *hanRunTally) measure(records [][3]string, truth map[string]string) {
	han := map[string]map[string]bool{} // person → the parts its marked Chinese names show
	lat := map[string]map[string]bool{} // person → the words of its names in Latin letters
	add := func(m map[string]map[string]bool, p string, words []string) {
		if m[p] == nil {
			m[p] = map[string]bool{}
		}
		for _, w := range words {
			m[p][w] = true
		}
	}
	for _, r := range records {
		p := truth[r[0]+":"+r[1]]
		switch {
		case isASCII(r[2]):
			add(lat, p, strings.Fields(strings.ToLower(r[2])))
		case strings.ContainsAny(r[2], hanMarks) && allHan(strings.Map(dropMarks, r[2])):
			add(han, p, strings.FieldsFunc(r[2], func(c rune) bool { return strings.ContainsRune(hanMarks, c) }))
		}
	}
	for _, r := range records {
		name := r[2]
		if !allHan(name) || utf8.RuneCountInString(name) < 2 {
			continue
		}
		tl.runs++
		p := truth[r[0]+":"+r[1]]
		got := names.Parts(name)
		cut := 0
		if len(got) > 1 {
			cut = len(got[0])
		}
		cuts, single := oracleCuts(name, han[p])
		if len(cuts) == 0 && !single {
			cuts, single = pinyinCuts(name, lat[p])
		}
		switch {
		case len(cuts) > 0 && cut == 0:
			tl.missed++
			tl.misses = append(tl.misses, name)
		case len(cuts) > 0 && cuts[cut]:
			tl.right++
		case len(cuts) > 0:
			tl.wrong++
			tl.wrongs = append(tl.wrongs, name+" → "+strings.Join(got, " "))
		case single && cut == 0:
			tl.whole++
		case single:
			tl.cutSingle++
			tl.wrongs = append(tl.wrongs, name+" → "+strings.Join(got, " ")+" (one name)")
		default:
			tl.unknown++
			if cut > 0 {
				tl.unknownCut++
			}
		}
	}
}

// oracleCuts returns the byte offsets where run splits into two of the known parts (one of
// them may carry one typo), and whether run is one known part.
func oracleCuts(run string, known map[string]bool) (cuts map[int]bool, single bool) {
	if known[run] {
		return nil, true
	}
	cuts = map[int]bool{}
	for i := range run {
		if i == 0 {
			continue
		}
		a, b := run[:i], run[i:]
		if known[a] && near(b, known) || known[b] && near(a, known) {
			cuts[i] = true
		}
	}
	if len(cuts) == 0 {
		for k := range known {
			if oneEdit(run, k) {
				return nil, true
			}
		}
	}
	return cuts, false
}

// pinyinCuts is oracleCuts for a person whose names are known only in pinyin (MA CHENG for
// 马成, as Chinese names always are): run's characters are read in pinyin and cut where the
// syllables before and after spell two known words exactly.
func pinyinCuts(run string, known map[string]bool) (cuts map[int]bool, single bool) {
	syl := strings.Fields(names.Pinyin(run))
	if len(syl) != utf8.RuneCountInString(run) || len(known) == 0 {
		return nil, false
	}
	if known[strings.Join(syl, "")] {
		return nil, true
	}
	cuts = map[int]bool{}
	at := 0
	for k := 1; k < len(syl); k++ {
		_, size := utf8.DecodeRuneInString(run[at:])
		at += size
		if known[strings.Join(syl[:k], "")] && known[strings.Join(syl[k:], "")] {
			cuts[at] = true
		}
	}
	return cuts, false
}

func isASCII(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) < 0
}

// near reports whether s is a known part or one typo from one.
func near(s string, known map[string]bool) bool {
	if known[s] {
		return true
	}
	for k := range known {
		if oneEdit(s, k) {
			return true
		}
	}
	return false
}

// oneEdit reports whether a and b differ by one inserted, dropped, replaced or swapped rune.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if i == len(y) {
		return len(x) != len(y)
	}
	if len(x) > len(y) {
		return string(x[i+1:]) == string(y[i:])
	}
	if string(x[i+1:]) == string(y[i+1:]) {
		return true
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

func dropMarks(r rune) rune {
	if strings.ContainsRune(hanMarks, r) {
		return -1
	}
	return r
}
