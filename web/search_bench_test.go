package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/tizim/tizim"
)

// BenchmarkSearchPage measures the web's own share of a ranked search page in process: the
// search answers at once with the hits of a first page and one more (51), so what is measured is the request's
// session, the paging, the redaction and the template, at the default page size of 50. It
// reports the process's CPU time per page (cpu-µs/op, garbage collection included), which a
// shared machine disturbs less than the wall clock.
func BenchmarkSearchPage(b *testing.B) {
	f := newFixture(b)
	hits := make([]*tizim.Person, 51)
	for i := range hits {
		hits[i] = &tizim.Person{ID: int64(1000 + i), Name: "Tursun Tohti " + strconv.Itoa(i), RecordCount: 1 + i%3}
	}
	search := func(context.Context, tizim.PersonFilter, int) ([]*tizim.Person, error) {
		out := make([]*tizim.Person, len(hits))
		for i, h := range hits {
			c := *h
			out[i] = &c
		}
		return out, nil
	}
	srv := New(Config{Records: f.st, Sources: f.st, Facilities: f.st, People: f.st, Users: f.st, Search: search,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: f.clock.now})
	for _, role := range []tizim.Role{tizim.Anonymous, tizim.Editor} {
		tok := ""
		if role != tizim.Anonymous {
			u, err := f.st.FindUser(context.Background(), string(role)+"-user")
			if err != nil {
				b.Fatal(err)
			}
			if tok, err = srv.startSession(context.Background(), u, false); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(string(role), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				req := httptest.NewRequest("GET", "/people?q=Tohti+123", nil)
				if tok != "" {
					req.AddCookie(&http.Cookie{Name: cookieName, Value: tok})
				}
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
		})
	}
}
