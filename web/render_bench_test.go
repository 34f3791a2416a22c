package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/tizim/tizim"
)

// BenchmarkPersonPage measures one person page end to end in process (store, profile, template)
// without HTTP, for the cost of the web layer itself, with the process's CPU time per page.
func BenchmarkPersonPage(b *testing.B) {
	f := newFixture(b)
	path := "/people/" + f.id("family:f1")
	for _, role := range []tizim.Role{tizim.Anonymous, tizim.Editor} {
		b.Run(string(role), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				req := httptest.NewRequest("GET", path, nil)
				if tok, ok := f.tokens[role]; ok {
					req.AddCookie(&http.Cookie{Name: cookieName, Value: tok})
				}
				rec := httptest.NewRecorder()
				f.srv.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
		})
	}
}
