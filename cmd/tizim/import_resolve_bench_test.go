package main

import (
	"context"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// BenchmarkImportResolve measures resolution on import over a generated corpus of
// TIZIM_BENCH_RESOLVE_PEOPLE people (default 2,000; the numbers in docs/PERFORMANCE.md are for
// 100,000): 1,000 records, spread over the corpus, are held out; the rest are imported with
// --no-resolve and resolved in full as a first import's resolution does (it is what `tizim import`
// adds to a first import), then the 1,000 are imported and resolved against them as `tizim
// import` resolves them (resolveImported). Run it with
// -benchtime 1x (or Nx with TIZIM_BENCH_RESOLVE_CACHE, to take the least CPU of N runs on a
// shared machine); it reports seconds per phase, and how many of the 1,000 were linked, and
// linked right, against the generator's truth.
func BenchmarkImportResolve(b *testing.B) {
	people := 2000
	if v, err := strconv.Atoi(os.Getenv("TIZIM_BENCH_RESOLVE_PEOPLE")); err == nil && v > 0 {
		people = v
	}
	ctx := context.Background()
	dir := b.TempDir()
	db := filepath.Join(dir, "tizim.db")
	e := &env{stdout: &discard{}, stderr: &discard{}}
	if err := run(ctx, e, []string{"gen", "--persons", strconv.Itoa(people), "--seed", "11", "--out", dir}); err != nil {
		b.Fatal(err)
	}
	rows := readCSV(b, filepath.Join(dir, "records.csv"))
	const held = 1000
	step := max(1, (len(rows)-1)/held)
	rest, fresh := [][]string{rows[0]}, [][]string{rows[0]}
	for i, r := range rows[1:] {
		if i%step == step/2 && len(fresh) <= held {
			fresh = append(fresh, r)
		} else {
			rest = append(rest, r)
		}
	}
	mainCSV, freshCSV := writeCSV(b, dir, "main.csv", rest), writeCSV(b, dir, "fresh.csv", fresh)
	truth := map[string]string{} // source:record_id → person
	for _, r := range readCSV(b, filepath.Join(dir, "truth.csv"))[1:] {
		truth[r[0]+":"+r[1]] = r[2]
	}
	least := math.Inf(1) // the least CPU over the runs: others' load only adds to it
	b.ResetTimer()
	for range b.N {
		os.Remove(db)
		st := benchBase(b, db, mainCSV, people)
		written := &collector{RecordService: st}
		start := time.Now()
		if _, err := importFile(ctx, e, written, freshCSV, importOptions{}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "s-1000-import")
		// what the setup left (the full resolution's heap) is not the import's to collect
		runtime.GC()
		stop := profileCPU(b, os.Getenv("TIZIM_BENCH_RESOLVE_CPUPROFILE"))
		start, cpu := time.Now(), cpuSeconds()
		out, err := resolveImported(ctx, e, st, freshCSV, written.written())
		if err != nil {
			b.Fatal(err)
		}
		used, wall := cpuSeconds()-cpu, time.Since(start)
		stop()
		b.ReportMetric(wall.Seconds(), "s-1000-resolve")
		least = min(least, used)
		b.ReportMetric(least, "cpu-s-1000-resolve")
		b.ReportMetric(1000*least/float64(max(1, out.Records)), "cpu-ms/record")
		if out.Full {
			b.Fatal("the 1,000 records were resolved in full, not incrementally")
		}
		b.ReportMetric(float64(out.Candidates), "candidates")
		b.ReportMetric(float64(out.Linked), "linked")
		b.ReportMetric(float64(out.Review), "review")
		right, linkable := linkedRight(b, st, fresh[1:], truth)
		b.ReportMetric(float64(right), "linked-right")
		b.ReportMetric(float64(linkable), "linkable")
		st.Close()
	}
}

// benchBase makes the database the 1,000 records are imported into: the rest of the corpus
// imported with --no-resolve and resolved in full, with its model and candidate keys stored.
// With TIZIM_BENCH_RESOLVE_CACHE set to a directory, the database is kept there after it is
// made and copied from there on the next run with the same number of people, so that the
// resolution of the 1,000 can be measured again without the minutes of the full one (delete the
// directory when resolution's keys or model change: a stale snapshot makes the 1,000 resolve in
// full, which fails the benchmark).
func benchBase(b *testing.B, db, mainCSV string, people int) *store.Store {
	ctx := context.Background()
	var cached string
	if dir := os.Getenv("TIZIM_BENCH_RESOLVE_CACHE"); dir != "" {
		cached = filepath.Join(dir, "base-"+strconv.Itoa(people)+".db")
		if copyFile(b, cached, db) {
			b.Logf("base database copied from %s", cached)
			st, err := store.Open(ctx, db)
			if err != nil {
				b.Fatal(err)
			}
			return st
		}
	}
	e := &env{stdout: &discard{}, stderr: &discard{}}
	start := time.Now()
	if err := run(ctx, e, []string{"import", "--db", db, "--no-resolve", mainCSV}); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(time.Since(start).Seconds(), "s-bulk-import")
	st, err := store.Open(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	start, cpu := time.Now(), cpuSeconds()
	_, full, err := resolveAll(ctx, st, true, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(time.Since(start).Seconds(), "s-bulk-resolve")
	b.ReportMetric(cpuSeconds()-cpu, "cpu-s-bulk-resolve")
	start = time.Now()
	if err := st.PutCandidateKeys(ctx, full.Keys, true); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(time.Since(start).Seconds(), "s-bulk-keys")
	if cached == "" {
		return st
	}
	st.Close()
	if err := os.MkdirAll(filepath.Dir(cached), 0o755); err != nil {
		b.Fatal(err)
	}
	copyFile(b, db, cached)
	if st, err = store.Open(ctx, db); err != nil {
		b.Fatal(err)
	}
	return st
}

// copyFile copies a closed database file (with its -wal file, if any) and reports whether from
// existed.
func copyFile(b *testing.B, from, to string) bool {
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(from + suffix)
		if os.IsNotExist(err) {
			if suffix == "" {
				return false
			}
			os.Remove(to + suffix)
			continue
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(to+suffix, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return true
}

// profileCPU writes a CPU profile of what runs until the returned function is called into
// path, when path is not empty.
func profileCPU(b *testing.B, path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// linkedRight counts the matcher's links from a held-out record to a record of its true person
// (the person the link joins may hold other records: the full resolution before is not
// perfect), and the held-out records whose true person has a record in the rest of the corpus.
func linkedRight(b *testing.B, st *store.Store, fresh [][]string, truth map[string]string) (right, linkable int) {
	ctx := context.Background()
	has := map[string]int{} // true person → records in the database
	recs, _, err := st.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
	if err != nil {
		b.Fatal(err)
	}
	truthOf := map[int64]string{}
	for _, r := range recs {
		truthOf[r.ID] = truth[r.Key().String()]
		has[truthOf[r.ID]]++
	}
	mine := map[int64]bool{}
	for _, row := range fresh {
		r, err := st.FindRecord(ctx, tizim.RecordKey{Source: row[0], RecordID: row[1]})
		if err != nil {
			b.Fatal(err)
		}
		mine[r.ID] = true
		if has[truthOf[r.ID]] > 1 {
			linkable++
		}
	}
	js, err := st.AllJudgements(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, j := range tizim.Effective(js) {
		if j.Automatic() && j.Verdict == tizim.Same && (mine[j.A] || mine[j.B]) && truthOf[j.A] == truthOf[j.B] {
			right++
		}
	}
	return right, linkable
}

// cpuSeconds is the CPU time (user and system) the process has used, so that phases can be
// measured on a machine others share.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func readCSV(b *testing.B, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	return rows
}

func writeCSV(b *testing.B, dir, name string, rows [][]string) string {
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}
