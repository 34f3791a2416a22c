package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// The load benchmark: the person, search and list pages under many concurrent clients, on a
// store seeded with synthetic people, reporting latency percentiles. Sizes and concurrency come
// from the environment so the same code measures the target (1,000,000 people, 50
// clients):
//
//	TIZIM_BENCH_PEOPLE=1000000 TIZIM_BENCH_DB=/tmp/load.db go test -run X -bench Load -benchtime 60s ./web/
//
// TIZIM_BENCH_DB keeps the seeded database between runs (seeding a million records takes a while);
// TIZIM_BENCH_CLIENTS sets the number of concurrent clients (default 50). Built with the tag
// loadsearch, the server answers name searches from the search package's index, built from the
// store before the clients start (load_search_test.go); without it, from the store's substring
// search. TIZIM_BENCH_SEARCH=canned answers every name search at once with the same hundred
// people: what is left of a search page is the web's and HTTP's share of it.

// loadNames are synthetic name parts; the counts make common names collide, as they do.
var (
	loadGiven  = []string{"Abdulla", "Memet", "Tursun", "Aygul", "Patigul", "Ehmet", "Rabiye", "Nurmemet", "Gulnar", "Ablimit", "Mahire", "Erkin", "Zulpiye", "Qeyser", "Dilnur", "Yasin", "Sajide", "Obul", "Ruqiye", "Perhat"}
	loadFather = []string{"Tohti", "Qurban", "Niyaz", "Rozi", "Hoshur", "Emet", "Yasin", "Kerim", "Sidiq", "Osman", "Islam", "Abliz", "Semet", "Nasir", "Hesen", "Haji", "Mamut", "Turdi", "Sawut", "Ghopur", "Ismayil", "Tahir", "Yusup", "Jappar"}
)

func loadRecord(i int) *tizim.Record {
	name := loadGiven[i%len(loadGiven)] + " " + loadFather[(i/len(loadGiven))%len(loadFather)] + " " + strconv.Itoa(i%997)
	consent := tizim.ConsentLevels[i%len(tizim.ConsentLevels)]
	return &tizim.Record{
		Source: "load-" + strconv.Itoa(i%4), RecordID: strconv.Itoa(i), Consent: consent, Sex: []tizim.Sex{tizim.Male, tizim.Female}[i%2],
		Names:     []tizim.Name{{Text: name, Script: "latin", Role: tizim.FullName}},
		BirthDate: tizim.PartialDate{Year: 1950 + i%50, Month: 1 + i%12, Day: 1 + i%28}, Ethnicity: "uyghur",
		HomeCode: "6531" + fmt.Sprintf("%02d", i%30),
		Episodes: []tizim.Episode{{Status: tizim.Statuses[i%len(tizim.Statuses)], Start: tizim.PartialDate{Year: 2017 + i%3}, Facility: "Facility " + strconv.Itoa(i%40)}},
		Notes:    "synthetic record for the load benchmark",
	}
}

// loadStore opens (and if new, seeds) the benchmark database.
func loadStore(b *testing.B, people int) *store.Store {
	path := os.Getenv("TIZIM_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "load.db")
	}
	ctx := context.Background()
	_, statErr := os.Stat(path)
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if statErr == nil {
		return st // seeded by an earlier run
	}
	start := time.Now()
	const batch = 50000
	for lo := 0; lo < people; lo += batch {
		w, err := st.BeginWrite(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for i := lo; i < min(lo+batch, people); i++ {
			if _, err := w.Put(ctx, loadRecord(i)); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("seeded %d records in %v", people, time.Since(start))
	return st
}

// loadSearch, when set, builds the ranked name search the load benchmark's server uses.
var loadSearch func(b *testing.B, st *store.Store) SearchFunc

// BenchmarkLoad measures pages under concurrent clients over real HTTP on loopback and reports
// p50 and p99 latency in milliseconds and the CPU time per request.
func BenchmarkLoad(b *testing.B) {
	people := 20000
	if s := os.Getenv("TIZIM_BENCH_PEOPLE"); s != "" {
		people, _ = strconv.Atoi(s)
	}
	clients := 50
	if s := os.Getenv("TIZIM_BENCH_CLIENTS"); s != "" {
		clients, _ = strconv.Atoi(s)
	}
	st := loadStore(b, people)
	ctx := context.Background()
	u := &tizim.User{Name: "bench", Role: tizim.Editor, PasswordHash: "$argon2id$unused"}
	if err := st.CreateUser(ctx, u); err != nil && tizim.ErrorCode(err) != tizim.ECONFLICT {
		b.Fatal(err)
	}
	u, _ = st.FindUser(ctx, "bench")
	cfg := Config{Records: st, Sources: st, Facilities: st, People: st, Users: st,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if loadSearch != nil {
		cfg.Search = loadSearch(b, st)
	}
	if os.Getenv("TIZIM_BENCH_SEARCH") == "canned" {
		cfg.Search = cannedSearch
	}
	if s := os.Getenv("TIZIM_BENCH_INFLIGHT"); s != "" { // compare limits on reads in flight
		cfg.MaxInFlight, _ = strconv.Atoi(s)
	}
	srv := New(cfg)
	token, err := srv.startSession(ctx, u, false)
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	b.Cleanup(ts.Close)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients * 2}}
	pages := []struct {
		name string
		path func(r *rand.Rand) string
	}{
		// Record i has consent level i%5 (public first) and record id i+1: ids 1, 6, 11, ... are
		// public, so every client asks for people it may see.
		{"person", func(r *rand.Rand) string { return "/people/" + strconv.Itoa(1+5*r.IntN(people/5)) }},
		{"search", func(r *rand.Rand) string { return "/people?q=" + loadQuery(r) }},
		{"list", func(r *rand.Rand) string { return "/people?page=" + strconv.Itoa(1+r.IntN(max(1, people/50/5))) }},
	}
	for _, role := range []string{"anonymous", "editor"} {
		for _, p := range pages {
			b.Run(p.name+"/"+role, func(b *testing.B) {
				var mu sync.Mutex
				var lat []time.Duration
				var errs int
				b.ResetTimer()
				cpu := cpuTime()
				var next atomic.Int64
				var wg sync.WaitGroup
				for c := range clients {
					wg.Add(1)
					go func() {
						defer wg.Done()
						r := rand.New(rand.NewPCG(uint64(c), 7))
						var mine []time.Duration
						bad := 0
						for next.Add(1) <= int64(b.N) {
							req, _ := http.NewRequest("GET", ts.URL+p.path(r), nil)
							if role == "editor" {
								req.AddCookie(&http.Cookie{Name: cookieName, Value: token})
							}
							t0 := time.Now()
							res, err := client.Do(req)
							if err != nil {
								bad++
								continue
							}
							io.Copy(io.Discard, res.Body)
							res.Body.Close()
							mine = append(mine, time.Since(t0))
							if res.StatusCode != 200 && res.StatusCode != 404 {
								bad++
							}
						}
						mu.Lock()
						lat = append(lat, mine...)
						errs += bad
						mu.Unlock()
					}()
				}
				wg.Wait()
				b.StopTimer()
				slices.Sort(lat)
				if len(lat) > 0 {
					b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
					b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
				}
				b.ReportMetric(float64(errs), "errors")
				// The CPU time of the process (server, clients and garbage collector) per
				// request: with C clients asking again at once on P idle cores, the mean
				// latency can be no lower than C × this / P.
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
			})
		}
	}
}

// cannedSearch is a ranked search that costs nothing: the same hundred hits for every query.
func cannedSearch(_ context.Context, _ tizim.PersonFilter, limit int) ([]*tizim.Person, error) {
	people := make([]*tizim.Person, min(limit, len(cannedHits)))
	for i := range people {
		c := cannedHits[i]
		people[i] = &c
	}
	return people, nil
}

// cannedHits are the first hundred public people of the load benchmark's store.
var cannedHits = func() []tizim.Person {
	hits := make([]tizim.Person, 100)
	for i := range hits {
		hits[i] = tizim.Person{ID: int64(1 + 5*i), Name: loadRecord(5 * i).Names[0].Text, RecordCount: 1}
	}
	return hits
}()

// loadQuery is a name search the load benchmark sends, URL-encoded: a father's name and a
// number, as "Tohti 123".
func loadQuery(r *rand.Rand) string {
	return url.QueryEscape(loadFather[r.IntN(len(loadFather))] + " " + strconv.Itoa(r.IntN(997)))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
