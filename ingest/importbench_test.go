package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
	"github.com/tizim/tizim/store"
)

// BenchmarkImportFile imports the file named by $TIZIM_BENCH_FILE (for example records.csv of
// `tizim gen --persons 400000`, about 1,000,000 rows) into an empty SQLite database, then
// imports it again (every row Unchanged): the whole of `tizim import` but the terminal, so that
// it can be profiled with -cpuprofile. $TIZIM_BENCH_UPDATE names a file of the same keys with
// other content (`tizim gen` with another --seed) to import as the second pass instead: every
// row Updated, each with a history row. Like the command, it may take the database for itself
// (store.Exclusive). It reports wall time and CPU time (all goroutines, user
// and system) per row of each pass.
func BenchmarkImportFile(b *testing.B) {
	path := os.Getenv("TIZIM_BENCH_FILE")
	if path == "" {
		b.Skip("set TIZIM_BENCH_FILE to a file to import")
	}
	for b.Loop() {
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "t.db"))
		if err != nil {
			b.Fatal(err)
		}
		for pass, metric := range []string{"first", "again"} {
			update := os.Getenv("TIZIM_BENCH_UPDATE")
			if pass == 1 && os.Getenv("TIZIM_BENCH_AGAIN") == "" && update == "" {
				break
			}
			name := path
			if pass == 1 && update != "" {
				name, metric = update, "update"
			}
			f, err := os.Open(name)
			if err != nil {
				b.Fatal(err)
			}
			cpu0, t0 := cpuTime(), time.Now()
			sum, err := ingest.NewImporter(st).Import(store.Exclusive(context.Background()), name, f, tizim.ImportOptions{})
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
			if pass == 1 && name == path && sum.Unchanged != sum.Rows {
				b.Fatalf("second import: %d of %d rows unchanged", sum.Unchanged, sum.Rows)
			}
			b.ReportMetric(time.Since(t0).Seconds(), metric+"-s")
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(sum.Rows), metric+"-cpu-ns/row")
		}
		st.Close()
	}
}

// cpuTime returns the CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
