package resolve

import "testing"

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
