package search

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/divisions"
	"github.com/tizim/tizim/names"
)

// The search benchmarks run over a corpus written by `tizim gen --persons N --out DIR`, named
// by TIZIM_BENCH_CORPUS=DIR: records.csv and truth.csv (same rows, same order). The queries are
// the names of sampled records whose person has a record in another source too; those records
// are held out, and every other record is indexed under its true person, as after a perfect
// deduplication. A query is answered when its person is among the ten best hits: another
// source's writing of the name found the person.

// benchQueries is how many queries are sampled.
const benchQueries = 2000

// queryCount is benchQueries, or TIZIM_BENCH_QUERIES when set: fewer queries for a quick look.
func queryCount() int {
	if n, err := strconv.Atoi(os.Getenv("TIZIM_BENCH_QUERIES")); err == nil && n > 0 {
		return n
	}
	return benchQueries
}

// benchQuery is one sampled query with what answers it.
type benchQuery struct {
	ordinal int    // the row of the record whose name is the query
	text    string // the query: that record's first name form
	script  string // han, pinyin (capitals), latin, arabic or cyrillic
	home    string // the county code of the record's hometown, "" when it names none
	person  int64  // the true person, as indexed
	targets []int  // rows of the person's other records
	// namesakes is how many other people have a record written exactly as the query.
	namesakes int
	// kin are the other people with a record written exactly as any record of the person,
	// the query included: namesakes in every script and spelling the person was written in,
	// the generator's same given and father name. When fewer than ten, the name identifies
	// the person and a search by name alone can put the person in the first ten.
	kin map[int64]bool
}

// benchCorpus is what the benchmarks share: the query set and the names of their targets.
type benchCorpus struct {
	dir     string
	truth   []int32 // row → person
	queries []benchQuery
	names   map[int][]string // row → name forms, for the rows the queries need
	homes   map[int]string   // row → county code, for the rows the queries need
}

// readTruth reads truth.csv into a person per row and a source per row.
func readTruth(dir string) ([]int32, []uint8, error) {
	f, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return nil, nil, err
	}
	var truth []int32
	var src []uint8
	sources := map[string]uint8{}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return truth, src, nil
		} else if err != nil {
			return nil, nil, err
		}
		var p int32
		fmt.Sscan(row[2], &p)
		s, ok := sources[row[0]]
		if !ok {
			s = uint8(len(sources))
			sources[strings.Clone(row[0])] = s
		}
		truth = append(truth, p)
		src = append(src, s)
	}
}

// sampleQueries picks rows whose person has records in other sources.
func sampleQueries(truth []int32, src []uint8) []benchQuery {
	rows := make([]int32, len(truth))
	for i := range rows {
		rows[i] = int32(i)
	}
	sort.Slice(rows, func(a, b int) bool { return truth[rows[a]] < truth[rows[b]] })
	group := map[int32][]int32{} // only for the sampled people
	rng := rand.New(rand.NewPCG(1, 2))
	var picked []int
	held := map[int]bool{}
	for tries := 0; len(picked) < queryCount() && tries < 50*queryCount(); tries++ {
		x := rng.IntN(len(truth))
		if held[x] {
			continue
		}
		p := truth[x]
		if _, ok := group[p]; !ok {
			i := sort.Search(len(rows), func(i int) bool { return truth[rows[i]] >= p })
			for ; i < len(rows) && truth[rows[i]] == p; i++ {
				group[p] = append(group[p], rows[i])
			}
		}
		// The person must keep a record of another source that is not held out itself.
		for _, y := range group[p] {
			if !held[int(y)] && src[y] != src[x] {
				held[x] = true
				picked = append(picked, x)
				break
			}
		}
	}
	var qs []benchQuery
	for _, x := range picked {
		q := benchQuery{ordinal: x, person: int64(truth[x]) + 1}
		other := false
		for _, y := range group[truth[x]] {
			if !held[int(y)] {
				q.targets = append(q.targets, int(y))
				other = other || src[y] != src[x]
			}
		}
		if other {
			qs = append(qs, q)
		}
	}
	return qs
}

// eachRecord streams records.csv as records, row by row; each record's id is its row + 1, its
// person the true person + 1, its home code the county its hometown names (homeCode).
func eachRecord(dir string, truth []int32, fn func(row int, r *tizim.Record)) error {
	homes := map[string]string{}
	f, err := os.Open(filepath.Join(dir, "records.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for row := 0; ; row++ {
		cells, err := cr.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		consent, _ := tizim.ParseConsent(cells[col["consent"]], tizim.Internal)
		r := &tizim.Record{ID: int64(row + 1), PersonID: int64(truth[row]) + 1, Source: cells[col["source"]],
			RecordID: cells[col["record_id"]], Consent: consent}
		if i, ok := col["hometown"]; ok && i < len(cells) {
			r.HomeCode = homeCode(homes, cells[i])
		}
		for _, n := range strings.Split(cells[col["name"]], "|") {
			if n = strings.TrimSpace(n); n != "" {
				r.Names = append(r.Names, tizim.Name{Text: n, Role: tizim.FullName})
			}
		}
		fn(row, r)
	}
}

// queryScript names the writing of a query for the per-script table.
func queryScript(q string) string {
	s := string(names.DetectScript(q))
	if s == string(names.Latin) && strings.IndexFunc(q, unicode.IsLower) < 0 {
		return "pinyin"
	}
	return s
}

// corpusDir returns TIZIM_BENCH_CORPUS or skips.
func corpusDir(b *testing.B) string {
	dir := os.Getenv("TIZIM_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set TIZIM_BENCH_CORPUS to a directory written by `tizim gen` to run the search benchmarks")
	}
	return dir
}

// percentile returns the p-th percentile of sorted durations in ns.
func percentile(sorted []int64, p float64) int64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p * float64(len(sorted)-1))
	return sorted[i]
}

// homeCode returns the code of the one county a hometown names, as `tizim import` resolves it
// (ingest/home.go, for a place that is a county's name in any script), cached in homes.
func homeCode(homes map[string]string, place string) string {
	if code, ok := homes[place]; ok {
		return code
	}
	code := ""
	for _, d := range divisions.Find(place) {
		if d.Level != divisions.County || !d.InUse() {
			continue
		}
		if code != "" && d.Code != code {
			code = ""
			break
		}
		code = d.Code
	}
	homes[strings.Clone(place)] = code
	return code
}
