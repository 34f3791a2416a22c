//go:build loadsearch

package web

import (
	"context"
	"math/rand/v2"
	"net/url"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/search"
	"github.com/tizim/tizim/store"
)

// With the tag loadsearch, BenchmarkLoad's name searches go to the search package's index, as
// they do in the server: the tag keeps the web package's ordinary tests independent of it.
func init() {
	loadSearch = func(b *testing.B, st *store.Store) SearchFunc {
		ix := loadIndex(b, st)
		return func(ctx context.Context, f tizim.PersonFilter, limit int) ([]*tizim.Person, error) {
			var people []*tizim.Person
			for _, h := range ix.Search(f.Query, f.Clearance, limit) {
				people = append(people, &tizim.Person{ID: h.Person, Name: h.Name, RecordCount: len(h.Records)})
			}
			return people, nil
		}
	}
}

var loadIndexOnce struct {
	sync.Once
	ix *search.Index
}

// loadIndex builds the search index from the store once per process.
func loadIndex(b *testing.B, st *store.Store) *search.Index {
	loadIndexOnce.Do(func() {
		ix := search.New()
		start := time.Now()
		n, err := ix.Load(context.Background(), st)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("search index of %d records built in %v", n, time.Since(start))
		loadIndexOnce.ix = ix
	})
	return loadIndexOnce.ix
}

// BenchmarkLoadSearchIndex measures the search index alone on BenchmarkLoad's queries, one at a
// time, for the search page's clearances and limits: the part of a search page the web does not
// control. It reports CPU time per query and the median and 99th percentile of the wall time.
//
//	TIZIM_BENCH_PEOPLE=1000000 TIZIM_BENCH_DB=/tmp/load.db go test -tags loadsearch -run X -bench LoadSearchIndex -benchtime 2000x ./web/
func BenchmarkLoadSearchIndex(b *testing.B) {
	people := 20000
	if s := os.Getenv("TIZIM_BENCH_PEOPLE"); s != "" {
		people, _ = strconv.Atoi(s)
	}
	ix := loadIndex(b, loadStore(b, people))
	for _, clearance := range []tizim.Consent{tizim.Public, tizim.Internal} {
		for _, limit := range []int{51, 101} { // the first and second page of 50, each with one more
			b.Run(string(clearance)+"/"+strconv.Itoa(limit), func(b *testing.B) {
				r := rand.New(rand.NewPCG(1, 7))
				var lat []time.Duration
				cpu := cpuTime()
				for b.Loop() {
					q, _ := url.QueryUnescape(loadQuery(r))
					t0 := time.Now()
					ix.Search(q, clearance, limit)
					lat = append(lat, time.Since(t0))
				}
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
				slices.Sort(lat)
				b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
				b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
			})
		}
	}
}
