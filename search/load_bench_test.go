package search

import (
	"context"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/tizim/tizim/store"
)

// BenchmarkLoadStore loads the index from the store named by TIZIM_BENCH_DB (a SQLite file or
// a postgres:// URL, filled with `tizim import`) and reports the time and the heap it takes.
func BenchmarkLoadStore(b *testing.B) {
	dsn := os.Getenv("TIZIM_BENCH_DB")
	if dsn == "" {
		b.Skip("set TIZIM_BENCH_DB to a database filled by `tizim import` to measure Load")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for b.Loop() {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ix := New()
		start, cpu0 := time.Now(), cpuTime()
		n, err := ix.Load(ctx, st)
		if err != nil {
			b.Fatal(err)
		}
		wall, cpu := time.Since(start), cpuTime()-cpu0
		runtime.GC()
		runtime.ReadMemStats(&m1)
		b.Logf("Load: %d records in %.1f s wall, %.1f s CPU (this process; the database's own work is not counted for PostgreSQL); heap %.0f MB",
			n, wall.Seconds(), cpu.Seconds(), float64(m1.HeapAlloc-m0.HeapAlloc)/1e6)
		b.ReportMetric(wall.Seconds(), "load-s")
		runtime.KeepAlive(ix)
	}
}
