package synth

import (
	"io"
	"runtime"
	"testing"
)

// BenchmarkGenerate measures generating 100,000 people (about 246,000 records) into discarding
// writers, and reports the records per second and the heap in use at the end, which must not
// grow with the number of people (docs/PERFORMANCE.md, "Synthetic corpus").
func BenchmarkGenerate(b *testing.B) {
	const persons = 100_000
	var st Stats
	var peak uint64
	for b.Loop() {
		if err := Generate(Config{Persons: persons, Seed: 1, Stats: &st},
			Writers{Records: io.Discard, Truth: io.Discard, Facilities: io.Discard}); err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	b.ReportMetric(float64(st.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "heap-MiB")
}
