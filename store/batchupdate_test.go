package store

import (
	"fmt"
	"testing"

	"github.com/tizim/tizim"
)

// corrected is record i of synthetic's source as a corrected copy of the file would have it:
// the same key with other content when changed, else the same record.
func corrected(source string, i int, changed bool) *tizim.Record {
	r := synthetic(source, i)
	if changed {
		r.Notes = fmt.Sprintf("corrected %d", i)
		r.Names[0].Text = fmt.Sprintf("Qayta%d Tohti", i)
	}
	return r
}

// updateN imports records 0..n-1 of source again, those for which change says so changed,
// and counts the outcomes.
func updateN(tb testing.TB, s *Store, source string, n int, change func(i int) bool) map[tizim.PutOutcome]int {
	return putN(tb, s, n, func(i int) *tizim.Record { return corrected(source, i, change(i)) })
}

// BenchmarkUpdate measures the update path of an import: 50,000 stored records imported again
// with other content (every row Updated, each with a history row), as CPU time per row.
func BenchmarkUpdate(b *testing.B) {
	const n = 50000
	for _, db := range []struct {
		name string
		open func(testing.TB) *Store
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}} {
		b.Run(db.name, func(b *testing.B) {
			var cpu int64
			for b.Loop() {
				b.StopTimer()
				s := db.open(b)
				importN(b, s, "bench", n)
				b.StartTimer()
				cpu0 := cpuTime()
				if got := updateN(b, s, "bench", n, func(int) bool { return true }); got[tizim.Updated] != n {
					b.Fatalf("update: %v, want %d updated", got, n)
				}
				cpu += (cpuTime() - cpu0).Nanoseconds()
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu)/1e3/float64(b.N*n), "cpu-µs/row")
		})
	}
}
