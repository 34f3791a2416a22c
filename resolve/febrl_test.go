package resolve

import (
	"testing"
)

// TestFEBRL holds the quality bar on the FEBRL data sets: F1 at least 0.995 for deduplication
// (dataset3) and for linkage (dataset4a with dataset4b, resolved together).
func TestFEBRL(t *testing.T) {
	cases := []struct {
		name  string
		files []string
	}{
		{"dataset3", []string{"dataset3.csv"}},
		{"dataset4", []string{"dataset4a.csv", "dataset4b.csv"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			recs, truth := loadFEBRL(t, tc.files...)
			res, err := Dedup(recs, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			q := pairwise(res.Clusters, truth)
			t.Logf("%s: %d records, %d candidate pairs, precision %.4f recall %.4f F1 %.4f (fp %d, fn %d), review %d",
				tc.name, len(recs), res.Stats.Blocking.Pairs, q.precision, q.recall, q.f1, q.fp, q.fn, len(res.Review))
			if q.f1 < 0.995 {
				t.Errorf("%s: F1 %.4f, want at least 0.995 (precision %.4f, recall %.4f)", tc.name, q.f1, q.precision, q.recall)
			}
		})
	}
}

// BenchmarkFEBRL4 trains and resolves FEBRL dataset4a with dataset4b (10,000 records).
func BenchmarkFEBRL4(b *testing.B) {
	recs, truth := loadFEBRL(b, "dataset4a.csv", "dataset4b.csv")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Dedup(recs, nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(pairwise(res.Clusters, truth).f1, "F1")
	}
}
