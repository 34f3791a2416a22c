package export

import (
	"context"
	"fmt"
	"io"
	"iter"
	"syscall"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// records yields n synthetic records, two per person, without holding them all.
func records(n int) iter.Seq2[*tizim.Record, error] {
	return func(yield func(*tizim.Record, error) bool) {
		for i := range n {
			r := everything(int64(i+1), int64(i/2+1), tizim.ConsentLevels[i%len(tizim.ConsentLevels)])
			r.RecordID = fmt.Sprint(i)
			if !yield(r, nil) {
				return
			}
		}
	}
}

// BenchmarkWrite measures records per second for each format, writing to io.Discard.
func BenchmarkWrite(b *testing.B) {
	const n = 100_000
	for _, format := range Formats {
		for _, people := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/people=%v", format, people), func(b *testing.B) {
				cpu0 := cpuTime()
				for b.Loop() {
					if err := Write(context.Background(), io.Discard, records(n), Options{Format: format, People: people}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "records/s")
				b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n*b.N), "cpu-ns/record")
			})
		}
	}
}

// cpuTime returns the CPU time this process has used so far: the machine is shared, so wall
// time says little.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
