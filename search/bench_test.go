package search

import (
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// BenchmarkSearchCorpus builds the index over TIZIM_BENCH_CORPUS, reports the time and memory
// that takes, then answers the sampled queries with the index and, when TIZIM_BENCH_POSTGRES
// names a database, with PostgreSQL's pg_trgm over the same names. Run it once:
//
//	TIZIM_BENCH_CORPUS=/tmp/c1m go test -run XXX -bench SearchCorpus -benchtime 1x -timeout 1h ./search
func BenchmarkSearchCorpus(b *testing.B) {
	dir := corpusDir(b)
	truth, src, err := readTruth(dir)
	if err != nil {
		b.Fatal(err)
	}
	c := &benchCorpus{dir: dir, truth: truth, queries: sampleQueries(truth, src), names: map[int][]string{}, homes: map[int]string{}}
	need := map[int]bool{}
	query := map[int]int{} // row → query: held out of the index
	for i, q := range c.queries {
		query[q.ordinal] = i
		need[q.ordinal] = true
		for _, t := range q.targets {
			need[t] = true
		}
	}
	src = nil
	// How ambiguous the queries are: the other people who have a record written exactly as
	// the query. When ten or more do, no ranking by name can be sure to put the person first ten.
	bearers := map[string]map[int64]bool{}
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	ix := New()
	start, cpu0 := time.Now(), cpuTime()
	l := newLoader(ix) // keys on every core, as Load does
	page := make([]*tizim.Record, 0, PageSize)
	records := 0
	err = eachRecord(dir, truth, func(row int, r *tizim.Record) {
		if need[row] {
			for _, n := range r.Names {
				c.names[row] = append(c.names[row], n.Text)
			}
			c.homes[row] = r.HomeCode
			if i, ok := query[row]; ok {
				if len(r.Names) > 0 {
					c.queries[i].text = r.Names[0].Text
					c.queries[i].script = queryScript(r.Names[0].Text)
				}
				c.queries[i].home = r.HomeCode
				return
			}
		}
		page = append(page, r)
		if len(page) == PageSize {
			l.page(page)
			page = make([]*tizim.Record, 0, PageSize)
		}
		records++
	})
	if err != nil {
		b.Fatal(err)
	}
	l.page(page)
	l.wait()
	page = nil
	wall, cpu := time.Since(start), cpuTime()-cpu0
	runtime.GC()
	runtime.ReadMemStats(&m1)
	b.Logf("index: %d records, %d keys, built in %.1f s wall, %.1f s CPU; heap %.0f MB (Sys %.0f MB)",
		records, len(ix.keys), wall.Seconds(), cpu.Seconds(), float64(m1.HeapAlloc-m0.HeapAlloc)/1e6, float64(m1.Sys)/1e6)
	for _, q := range c.queries {
		for _, w := range c.writings(q) {
			bearers[w] = map[int64]bool{}
		}
	}
	err = eachRecord(dir, truth, func(row int, r *tizim.Record) {
		for _, n := range r.Names {
			if set, ok := bearers[n.Text]; ok && set != nil {
				set[r.PersonID] = true
			}
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	var shared []int
	for i, q := range c.queries {
		if set := bearers[q.text]; set != nil {
			n := len(set)
			if set[q.person] {
				n--
			}
			shared = append(shared, n)
			c.queries[i].namesakes = n
		}
		kin := map[int64]bool{}
		for _, w := range c.writings(q) {
			for p := range bearers[w] {
				kin[p] = true
			}
		}
		delete(kin, q.person)
		c.queries[i].kin = kin
	}
	identified := 0
	for _, q := range c.queries {
		if q.text != "" && len(q.kin) < 10 {
			identified++
		}
	}
	b.Logf("the name identifies the person (fewer than ten other people written exactly as any record of the person): %d of %d queries", identified, len(shared))
	slices.Sort(shared)
	ten := len(shared) - sort.SearchInts(shared, 10)
	b.Logf("ambiguity: other people with a record written exactly as the query: median %d, 90th percentile %d; %d of %d queries (%.0f%%) are written so by 10 or more other people",
		shared[len(shared)/2], shared[len(shared)*9/10], ten, len(shared), 100*float64(ten)/float64(len(shared)))
	b.ReportMetric(wall.Seconds(), "build-s")
	b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/1e6, "heap-MB")

	b.Run("index", func(b *testing.B) {
		freq := ix.freq[tizim.Sealed.Rank()]
		if path := os.Getenv("TIZIM_BENCH_CPUPROFILE"); path != "" {
			// the queries alone, without the build
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				b.Fatal(err)
			}
			defer pprof.StopCPUProfile()
		}
		for b.Loop() {
			evaluate(b, c, func(q benchQuery) []answer {
				hits := ix.Search(q.text, tizim.Sealed, 10)
				out := make([]answer, len(hits))
				for i, h := range hits {
					out[i] = answer{h.Person, h.Score, h.Name}
				}
				return out
			}, func(q string, row int) float64 {
				best := 0.0
				for _, n := range c.names[row] {
					best = max(best, names.Compare(q, n, freq).Score)
				}
				return round3(best)
			}, func(name string, q benchQuery) bool {
				for _, w := range c.writings(q) {
					if names.Compare(name, w, freq).Score >= sameName {
						return true
					}
				}
				return false
			}, func(q benchQuery) string {
				ids := make([]int64, len(q.targets))
				for i, t := range q.targets {
					ids[i] = int64(t + 1)
				}
				return ix.diagnose(q.text, ids)
			})
		}
	})
	// What a family knows besides the name: the home county that the query's record gives
	// (resolved from its hometown as an import resolves it), when it gives one.
	b.Run("index+home", func(b *testing.B) {
		with, elsewhere := 0, 0
		for _, q := range c.queries {
			if q.home == "" {
				continue
			}
			with++
			if !slices.ContainsFunc(q.targets, func(t int) bool { return c.homes[t] == q.home }) {
				elsewhere++ // the family's county is on no other record of the person
			}
		}
		b.Logf("%d of %d queries give a home county; for %d of them no other record of the person gives that county (the filter leaves the person out)", with, len(c.queries), elsewhere)
		for b.Loop() {
			evaluate(b, c, func(q benchQuery) []answer {
				hits := ix.SearchWhere(q.text, Filter{Home: q.home}, tizim.Sealed, 10)
				out := make([]answer, len(hits))
				for i, h := range hits {
					out[i] = answer{h.Person, h.Score, h.Name}
				}
				return out
			}, nil, nil, nil)
		}
	})
	b.Run("pg_trgm", func(b *testing.B) {
		pg := openTrgm(b, c)
		for b.Loop() {
			evaluate(b, c, func(q benchQuery) []answer { return pg.answer(q.text) }, nil, nil, nil)
		}
	})
}

// writings are the person's name forms: the query's and those of the person's other records.
func (c *benchCorpus) writings(q benchQuery) []string {
	if q.text == "" {
		return nil
	}
	out := []string{q.text}
	for _, t := range q.targets {
		out = append(out, c.names[t]...)
	}
	return out
}

// sameName is the names.Compare score at which a hit's name counts as a writing of the
// person's own name: a namesake the exact writings did not show.
const sameName = 0.95
