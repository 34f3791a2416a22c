package resolve

import (
	"runtime"
	"testing"
	"time"
)

// historicalOptions are historical_50k's. Its sources write nicknames (Bill, Will, Ted) for one
// person's given name, and a figure has up to dozens of records, so a record keeps more
// candidate pairs than by default; the records of one figure disagree mildly on many fields,
// so a merge needs a mean weight of -5.3 bits only (MinLinkage 0.025; 0.22 when the linkage
// was the mean probability).
var historicalOptions = Options{LooseNames: true, Upper: 0.7, MinLinkage: 0.025, MaxBlock: 100, MaxPairs: 32}

// TestHistorical50k holds the quality bar on Splink's historical figures with errors: pairwise
// precision at least 0.95 and recall at least 0.90.
func TestHistorical50k(t *testing.T) {
	if testing.Short() {
		t.Skip("the 50k benchmark takes tens of seconds; run without -short")
	}
	recs, truth := loadSplink(t, "historical_figures_with_errors_50k.csv")
	start := time.Now()
	res, err := Dedup(recs, nil, historicalOptions)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	q := pairwise(res.Clusters, truth)
	t.Logf("historical_50k: %d records, %d candidate pairs, skipped %v; precision %.4f recall %.4f F1 %.4f (tp %d fp %d fn %d); review %d; %v, heap %d MB",
		len(recs), res.Stats.Blocking.Pairs, res.Stats.Blocking.Skipped, q.precision, q.recall, q.f1, q.tp, q.fp, q.fn, len(res.Review), took.Round(time.Millisecond), ms.HeapAlloc>>20)
	if q.precision < 0.95 || q.recall < 0.90 {
		t.Errorf("precision %.4f recall %.4f, want at least 0.95 and 0.90", q.precision, q.recall)
	}
}

// BenchmarkHistorical50k trains and resolves Splink's historical_50k, reporting precision and
// recall with the time.
func BenchmarkHistorical50k(b *testing.B) {
	recs, truth := loadSplink(b, "historical_figures_with_errors_50k.csv")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Dedup(recs, nil, historicalOptions)
		if err != nil {
			b.Fatal(err)
		}
		q := pairwise(res.Clusters, truth)
		b.ReportMetric(q.precision, "precision")
		b.ReportMetric(q.recall, "recall")
	}
}
