package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

// BenchmarkImportPage uploads $TIZIM_BENCH_ROWS (default 20,000) synthetic interchange rows
// through the import page, previews them and imports them, reporting the seconds of each step
// and rows a second for the whole. Each iteration uses a new source, so every row is created.
func BenchmarkImportPage(b *testing.B) {
	n := 20_000
	if s := os.Getenv("TIZIM_BENCH_ROWS"); s != "" {
		fmt.Sscan(s, &n)
	}
	f := newFixture(b)
	f.srv.cfg.Importer = ingest.NewImporter(f.st)
	given := []string{"Memet", "Tursun", "Ayshem", "Abdurehim", "Gulnar", "Erkin"}
	i := 0
	for b.Loop() {
		i++
		var csv bytes.Buffer
		csv.WriteString("source,record_id,name,sex,birth_date,hometown,status,detained_on\n")
		for r := range n {
			fmt.Fprintf(&csv, "bench-%d,%d,%s Testov%d,%s,%d年%d月%d日,Kashgar,在押,2017-05\n",
				i, r, given[r%len(given)], r, []string{"男", "女"}[r%2], 1950+r%50, 1+r%12, 1+r%28)
		}
		t0 := time.Now()
		res, body := f.upload(tizim.Editor, "bench.csv", csv.Bytes(), nil)
		m := tokenField.FindStringSubmatch(body)
		if res.StatusCode != http.StatusOK || m == nil {
			b.Fatalf("preview: status %d", res.StatusCode)
		}
		t1 := time.Now()
		res, _ = f.do(tizim.Editor, "POST", "/import/commit", url.Values{"upload": {m[1]}})
		body = f.waitJob(tizim.Editor, res.Header.Get("Location"))
		if !strings.Contains(body, fmt.Sprintf("%d rows: %d new", n, n)) {
			b.Fatalf("import did not create %d records", n)
		}
		t2 := time.Now()
		b.ReportMetric(t1.Sub(t0).Seconds(), "preview-s")
		b.ReportMetric(t2.Sub(t1).Seconds(), "import-s")
		b.ReportMetric(float64(n)/t2.Sub(t0).Seconds(), "rows/s")
	}
}
