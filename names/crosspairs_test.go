package names_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/tizim/tizim/names"
	"github.com/tizim/tizim/synth"
)

// crossPairs draws from a synthetic corpus (synth.Generate with persons and seed) the name pairs
// entity resolution asks the names package to align: pairs in which at least one name is not in
// Latin script. Writings of one person (Chinese characters, pinyin capitals, Arabic script,
// Cyrillic, press Latin) give the pairs that agree; records of different people that share a
// part's key, as blocking brings them together, give the pairs that do not. Each kind is capped
// at limit pairs.
func crossPairs(tb testing.TB, persons int, seed int64, limit int) [][2]string {
	tb.Helper()
	var records, truth bytes.Buffer
	err := synth.Generate(synth.Config{Persons: persons, Seed: seed},
		synth.Writers{Records: &records, Truth: &truth, Facilities: io.Discard})
	if err != nil {
		tb.Fatal(err)
	}
	person := map[string]string{} // source and record id -> person
	tr := csv.NewReader(&truth)
	for {
		rec, err := tr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if len(rec) == 3 {
			person[rec[0]+"\x00"+rec[1]] = rec[2]
		}
	}
	r := csv.NewReader(&records)
	header, err := r.Read()
	if err != nil {
		tb.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	type written struct{ name, person string }
	var all []written
	byPerson := map[string][]int{}
	var order []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		name := strings.NewReplacer("\t", " ", "\n", " ").Replace(rec[col["name"]])
		p := person[rec[col["source"]]+"\x00"+rec[col["record_id"]]]
		if name == "" || p == "" {
			continue
		}
		if byPerson[p] == nil {
			order = append(order, p)
		}
		byPerson[p] = append(byPerson[p], len(all))
		all = append(all, written{name, p})
	}
	latin := func(s string) bool { return names.DetectScript(s) == names.Latin }
	var same, other [][2]string
	for _, p := range order {
		ws := byPerson[p]
		for i := range ws {
			for j := i + 1; j < len(ws) && len(same) < limit; j++ {
				a, b := all[ws[i]].name, all[ws[j]].name
				if a != b && !(latin(a) && latin(b)) {
					same = append(same, [2]string{a, b})
				}
			}
		}
	}
	// Blocking: the records that share a part's first key, each with the few before it.
	last := map[string][]int{}
	for i, w := range all {
		for _, ks := range names.Keys(w.name) {
			if len(ks) == 0 {
				continue
			}
			prev := last[ks[0]]
			for _, j := range prev {
				v := all[j]
				if v.person != w.person && !(latin(v.name) && latin(w.name)) && len(other) < limit {
					other = append(other, [2]string{v.name, w.name})
				}
			}
			if len(prev) == 3 {
				prev = prev[1:]
			}
			last[ks[0]] = append(prev, i)
		}
	}
	return append(same, other...)
}

// preparedPairs prepares both names of each pair once, as entity resolution does.
func preparedPairs(pairs [][2]string) [][2]names.Name {
	out := make([][2]names.Name, len(pairs))
	for i, p := range pairs {
		out[i] = [2]names.Name{names.Prepare(p[0]), names.Prepare(p[1])}
	}
	return out
}

// BenchmarkCompareCross is the comparison entity resolution spends its name time on: two
// prepared names, at least one not in Latin script, aligned with the explanation
// (CompareNames, no frequencies), over about 2,000 pairs of one person's writings and of
// different people's names that blocking brings together. The cache of unit similarities is
// off: this is the cost of a pair whose parts have not been compared before.
func BenchmarkCompareCross(b *testing.B) {
	pairs := preparedPairs(crossPairs(b, 2000, 7, 1000))
	defer names.WithoutSimCache()()
	benchPairs(b, pairs, func(x, y names.Name) { names.CompareNames(x, y, nil) })
}

// BenchmarkScoreCross is BenchmarkCompareCross without the explanation (Score).
func BenchmarkScoreCross(b *testing.B) {
	pairs := preparedPairs(crossPairs(b, 2000, 7, 1000))
	defer names.WithoutSimCache()()
	benchPairs(b, pairs, func(x, y names.Name) { names.Score(x, y, nil) })
}

// BenchmarkCompareCrossCached is BenchmarkCompareCross with the cache of unit similarities on,
// every part pair already in it: the least a pair can cost.
func BenchmarkCompareCrossCached(b *testing.B) {
	pairs := preparedPairs(crossPairs(b, 2000, 7, 1000))
	for _, p := range pairs {
		names.CompareNames(p[0], p[1], nil)
	}
	benchPairs(b, pairs, func(x, y names.Name) { names.CompareNames(x, y, nil) })
}

// benchPairs times compare over the pairs, one pair an iteration, in CPU time as well.
func benchPairs(b *testing.B, pairs [][2]names.Name, compare func(x, y names.Name)) {
	b.ReportAllocs()
	defer names.CPUTimer(b)()
	for i := 0; b.Loop(); i++ {
		p := &pairs[i%len(pairs)]
		compare(p[0], p[1])
	}
}

// BenchmarkCompareReplay replays, in order, name pairs that entity resolution handed to
// CompareNames, one pair per iteration, from a file of tab-separated pairs named by
// TIZIM_NAME_PAIRS (none is checked in: a run of resolve's TestSynth at 100,000 people asks
// for about 1.2 million). Every name is prepared once beforehand, as resolve does, and the
// cache of unit similarities starts empty: run with -benchtime set to the number of pairs
// (for example 1164319x) for the cost of one pass as dedup meets it.
func BenchmarkCompareReplay(b *testing.B) {
	path := os.Getenv("TIZIM_NAME_PAIRS")
	if path == "" {
		b.Skip("TIZIM_NAME_PAIRS names no file of name pairs")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	prepared := map[string]*names.Name{}
	prep := func(s string) *names.Name {
		if n, ok := prepared[s]; ok {
			return n
		}
		n := names.Prepare(s)
		prepared[s] = &n
		return &n
	}
	var pairs [][2]*names.Name
	for _, line := range strings.Split(string(data), "\n") {
		if a, c, ok := strings.Cut(line, "\t"); ok {
			pairs = append(pairs, [2]*names.Name{prep(a), prep(c)})
		}
	}
	names.SetSimCache(true)
	b.ReportAllocs()
	defer names.CPUTimer(b)()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		names.CompareNames(*p[0], *p[1], nil)
	}
}
