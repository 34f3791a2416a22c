package resolve

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkSnapshot measures what a full resolution adds to keep incremental ones possible:
// reading every record's phonetic keys again as text, counting the terms and computing the
// candidate keys (per op: 20,000 synthetic people, about 40,000 records).
func BenchmarkSnapshot(b *testing.B) {
	recs, _ := fixture(20000, 5)
	bt, err := newBatch(recs, Options{})
	if err != nil {
		b.Fatal(err)
	}
	m := DefaultModel(Options{})
	b.ResetTimer()
	for b.Loop() {
		bt.snapshot(m)
	}
	b.ReportMetric(float64(len(recs)), "records")
}

// BenchmarkDecodeSnapshot measures reading a stored snapshot, which every import does before
// it resolves anything (per op: the snapshot of 20,000 synthetic people, about 40,000 records).
func BenchmarkDecodeSnapshot(b *testing.B) {
	recs, _ := fixture(20000, 5)
	bt, err := newBatch(recs, Options{})
	if err != nil {
		b.Fatal(err)
	}
	snap, _ := bt.snapshot(DefaultModel(Options{}))
	data, err := snap.Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := DecodeSnapshot(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data)), "bytes")
}

// BenchmarkDecide measures incremental resolution's decisions without the database: 1,000
// records of a synthetic corpus of 20,000 people decided one by one against the other 40,000
// and added to the index. It reports the process's CPU per record (user and system,
// getrusage), since on a shared machine the wall time says little.
func BenchmarkDecide(b *testing.B) {
	recs, _ := fixture(20000, 5)
	base, fresh := recs[:len(recs)-1000], recs[len(recs)-1000:]
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		r, err := NewResolver(DefaultModel(Options{}), base)
		if err != nil {
			b.Fatal(err)
		}
		es := make([]*entry, len(fresh))
		for i, rec := range fresh {
			es[i] = prepare(rec)
		}
		mc := newMemo()
		b.StartTimer()
		start := processCPU()
		for i, rec := range fresh {
			d := r.decide(es[i], mc)
			person := d.Person
			if person == 0 {
				person = personOf(rec)
			}
			r.addEntry(es[i], person)
		}
		cpu += processCPU() - start
	}
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*len(fresh)), "cpu-µs/record")
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
