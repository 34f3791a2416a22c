package store

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// synthetic returns record i of a synthetic leak: the shape of an interchange row (two names,
// sex, birth date, identity number, home code, one episode, the raw row), with made-up values.
func synthetic(source string, i int) *tizim.Record {
	given := []string{"Abdulla", "Memet", "Tursun", "Aygul", "Patigul", "Ehmet", "Rabiye", "Nurmemet"}
	father := []string{"Tohti", "Qurban", "Niyaz", "Rozi", "Hoshur", "Emet", "Yasin"}
	name := given[i%len(given)] + " " + father[(i/7)%len(father)]
	year := 1950 + i%50
	birth := tizim.PartialDate{Year: year, Month: 1 + i%12, Day: 1 + i%28}
	start := tizim.PartialDate{Year: 2017 + i%3, Month: 1 + i%12}
	sex := tizim.Male
	if i%2 == 1 {
		sex = tizim.Female
	}
	id := fmt.Sprintf("6531%02d%04d%02d%02d%04d", i%30, year, birth.Month, birth.Day, i%10000)
	return &tizim.Record{
		Source: source, RecordID: fmt.Sprint(i), Consent: tizim.Internal, Sex: sex,
		Names:     []tizim.Name{{Text: name, Script: "latin", Role: tizim.FullName}, {Text: "名字" + fmt.Sprint(i%1000), Script: "han", Role: tizim.Alias}},
		BirthDate: birth, IDNumber: id, Ethnicity: "Uyghur", HomeCode: id[:6], HomePlace: "Kashgar",
		Episodes: []tizim.Episode{{Status: tizim.Camp, Start: start, Facility: "Facility " + fmt.Sprint(i%40)}},
		Raw: []tizim.Field{{Column: "name", Value: name}, {Column: "sex", Value: string(sex)},
			{Column: "birth_date", Value: birth.String()}, {Column: "id_number", Value: id},
			{Column: "status", Value: "教培"}, {Column: "detained_on", Value: start.String()}},
	}
}

// importN writes records 0..n-1 of source in one transaction and counts the outcomes.
func importN(tb testing.TB, s *Store, source string, n int) map[tizim.PutOutcome]int {
	return putN(tb, s, n, func(i int) *tizim.Record { return synthetic(source, i) })
}

// putN writes rec(0) to rec(n-1) in one transaction and counts the outcomes.
func putN(tb testing.TB, s *Store, n int, rec func(i int) *tizim.Record) map[tizim.PutOutcome]int {
	tb.Helper()
	ctx := context.Background()
	w, err := s.BeginWrite(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	defer w.Rollback()
	out := map[tizim.PutOutcome]int{}
	for i := range n {
		o, err := w.Put(ctx, rec(i))
		if err != nil {
			tb.Fatal(err)
		}
		out[o]++
	}
	t0 := time.Now()
	if err := w.Commit(); err != nil {
		tb.Fatal(err)
	}
	if n >= 100000 {
		tb.Logf("commit of %d records: %v", n, time.Since(t0))
	}
	return out
}

// TestReimport imports 100,000 records twice: the second time nothing changes and there are
// still 100,000. With -short it uses 10,000.
func TestReimport(t *testing.T) {
	n := 100000
	if testing.Short() {
		n = 10000
	}
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		start := time.Now()
		if got := importN(t, s, "leak", n); got[tizim.Created] != n {
			t.Fatalf("first import: %v, want %d created", got, n)
		}
		first := time.Since(start)
		start = time.Now()
		if got := importN(t, s, "leak", n); got[tizim.Unchanged] != n {
			t.Fatalf("second import: %v, want %d unchanged", got, n)
		}
		t.Logf("%d records: first import %v, second %v", n, first, time.Since(start))
		c, err := s.Counts(ctx, tizim.Sealed)
		if err != nil || c.Records != n || c.People != n || c.Sources != 1 {
			t.Errorf("counts after two imports = %+v, %v; want %d records and people, 1 source", c, err, n)
		}
		// a third import with one changed record updates only that one
		w, _ := s.BeginWrite(ctx)
		r := synthetic("leak", 42)
		r.Notes = "new information"
		if o, err := w.Put(ctx, r); err != nil || o != tizim.Updated {
			t.Fatalf("changed record: %v, %v", o, err)
		}
		w.Commit()
		if c, _ := s.Counts(ctx, tizim.Sealed); c.Records != n {
			t.Errorf("after update %d records, want %d", c.Records, n)
		}
	})
}

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPut measures records written per second in one transaction of b.N records.
func BenchmarkPut(b *testing.B) {
	for _, db := range []struct {
		name string
		open func(testing.TB) *Store
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}} {
		b.Run(db.name, func(b *testing.B) {
			s := db.open(b)
			b.ReportAllocs()
			cpu0 := cpuTime()
			b.ResetTimer()
			importN(b, s, "bench", b.N)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
			// the machine is shared: CPU time used by this process is steadier than wall time
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/record")
			var ru syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
			b.ReportMetric(float64(ru.Stime.Nano())/1e3/float64(b.N), "sys-µs/record")
		})
	}
}

// BenchmarkJudge measures a resolver's bulk Judge: b.N matcher judgements, each merging two
// records, in one call, over 2·b.N records.
func BenchmarkJudge(b *testing.B) {
	for _, db := range []struct {
		name string
		open func(testing.TB) *Store
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}} {
		b.Run(db.name, func(b *testing.B) {
			s := db.open(b)
			importN(b, s, "bench", 2*b.N)
			rs, _, err := s.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed})
			if err != nil {
				b.Fatal(err)
			}
			js := make([]tizim.Judgement, b.N)
			for i := range js {
				js[i] = tizim.Judgement{A: rs[2*i].ID, B: rs[2*i+1].ID, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9}
			}
			b.ResetTimer()
			if err := s.Judge(context.Background(), js...); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			if c, _ := s.Counts(context.Background(), tizim.Sealed); c.People != b.N {
				b.Fatalf("%d people after merging pairs of %d records", c.People, 2*b.N)
			}
		})
	}
}

// BenchmarkFindPeople measures the reads of the people list on 100,000 records: a page of 50
// with its total, a name search, a filter on a column without an index, and the counts.
func BenchmarkFindPeople(b *testing.B) {
	for _, db := range []struct {
		name string
		open func(testing.TB) *Store
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}} {
		b.Run(db.name, func(b *testing.B) {
			s := db.open(b)
			importN(b, s, "bench", 100000)
			ctx := context.Background()
			female := tizim.Female
			for _, c := range []struct {
				name string
				f    tizim.PersonFilter
			}{
				{"page", tizim.PersonFilter{Clearance: tizim.Internal, Page: tizim.Page{Offset: 50000, Limit: 50}}},
				{"name", tizim.PersonFilter{Query: "aygul qurban", Clearance: tizim.Internal, Page: tizim.Page{Limit: 50}}},
				{"sex", tizim.PersonFilter{Sex: &female, Clearance: tizim.Internal, Page: tizim.Page{Limit: 50}}},
			} {
				b.Run(c.name, func(b *testing.B) {
					for b.Loop() {
						if _, total, err := s.FindPeople(ctx, c.f); err != nil || total == 0 {
							b.Fatal(total, err)
						}
					}
				})
			}
			b.Run("counts", func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Counts(ctx, tizim.Internal); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
