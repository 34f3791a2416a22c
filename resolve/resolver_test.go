package resolve

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// resolverFixture trains a model on a synthetic population, resolves it, and indexes every
// record under its person.
func resolverFixture(tb testing.TB, persons int) (*Resolver, []*tizim.Record, map[int64]string) {
	tb.Helper()
	recs, truth := fixture(persons, 3)
	train := recs[:min(len(recs), 20000)]
	m, err := Train(train, nil, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := m.Dedup(train, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for _, r := range recs {
		r.PersonID = res.Clusters[r.ID]
	}
	rs, err := NewResolver(m, recs)
	if err != nil {
		tb.Fatal(err)
	}
	return rs, recs, truth
}

// TestResolver resolves new records one by one against people already known.
func TestResolver(t *testing.T) {
	rs, recs, truth := resolverFixture(t, 1000)
	// A police-list record of a known person: find it by its truth and copy it under a new id.
	var known *tizim.Record
	for _, r := range recs {
		if r.IDNumber != "" && !strings.Contains(r.IDNumber, "*") {
			known = r
			break
		}
	}
	next := int64(len(recs) + 1)
	dup := *known
	dup.ID, dup.RecordID, dup.Source, dup.PersonID = next, "new", "testimony", 0
	dup.Names = []tizim.Name{{Text: strings.ToUpper(known.Names[0].Text)}}

	sibling := *known
	sibling.ID, sibling.RecordID, sibling.IDNumber, sibling.PersonID = next+1, "sibling", "", 0
	parts := strings.Fields(known.Names[0].Text)
	sibling.Names = []tizim.Name{{Text: "Zulpiqar " + parts[len(parts)-1]}}
	sibling.BirthDate = tizim.PartialDate{Year: known.BirthDate.Year + 3, Month: 11, Day: 9}

	hostile := &tizim.Record{ID: next + 2, Names: []tizim.Name{{Text: "\u202eMemet\xff " + strings.Repeat("Tursun", 10000)}},
		IDNumber: strings.Repeat("9", 500), BirthDate: tizim.PartialDate{Year: 1980, Month: 2, Day: 31}}

	cases := []struct {
		name string
		rec  *tizim.Record
		want int64 // the person, 0 for someone new
	}{
		{"a known person in capitals", &dup, known.PersonID},
		{"a brother with the same father", &sibling, 0},
		{"hostile input", hostile, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := rs.Resolve(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			if d.Person != tc.want {
				t.Errorf("person %d, want %d (compared %d, review %d)", d.Person, tc.want, d.Compared, len(d.Review))
			}
			if d.Person != 0 && (d.Judgement == nil || d.Judgement.A != tc.rec.ID || d.Judgement.By != tizim.Matcher) {
				t.Errorf("judgement %+v, want the matcher's link from record %d", d.Judgement, tc.rec.ID)
			}
			for _, p := range d.Review {
				sum := 0.0
				for _, e := range p.Evidence {
					sum += e.Weight
				}
				if diff := sum - p.Weight; diff > 1e-6 || diff < -1e-6 {
					t.Errorf("review pair %d-%d: evidence adds up to %.3f, weight %.3f", p.A, p.B, sum, p.Weight)
				}
			}
		})
	}
	// Once added, the new record is found by the next one.
	if err := rs.Add(&dup); err != nil {
		t.Fatal(err)
	}
	again := dup
	again.ID = next + 3
	d, _ := rs.Resolve(&again)
	if d.Person != known.PersonID {
		t.Errorf("after Add: person %d, want %d", d.Person, known.PersonID)
	}
	if _, err := rs.Resolve(nil); err == nil {
		t.Error("Resolve(nil): no error")
	}
	_ = truth
}

// BenchmarkResolve resolves one new record against an index of TIZIM_BENCH_PEOPLE synthetic
// people (default 1,000,000; about two records each).
func BenchmarkResolve(b *testing.B) {
	people := 1_000_000
	if s := os.Getenv("TIZIM_BENCH_PEOPLE"); s != "" {
		people, _ = strconv.Atoi(s)
	}
	start := time.Now()
	rs, recs, _ := resolverFixture(b, people)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("indexed %d records of %d people in %v, heap %d MB", len(recs), people, time.Since(start).Round(time.Second), ms.HeapAlloc>>20)
	queries := make([]*tizim.Record, 0, 1000)
	for i := 0; i < len(recs) && len(queries) < cap(queries); i += len(recs) / 1000 {
		q := *recs[i]
		q.ID = int64(len(recs) + 1 + len(queries))
		queries = append(queries, &q)
	}
	b.ResetTimer()
	compared := 0
	for i := 0; i < b.N; i++ {
		d, err := rs.Resolve(queries[i%len(queries)])
		if err != nil {
			b.Fatal(err)
		}
		compared += d.Compared
	}
	b.ReportMetric(float64(compared)/float64(b.N), "compared/op")
}
