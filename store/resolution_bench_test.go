package store

import (
	"context"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// benchResolution makes a resolution of the records with the ids shaped as `tizim dedup`'s at
// 200,000 people (492,814 records): 0.55 matcher judgements a record, each joining two records
// anywhere in the database (a person's records come from different sources, imported apart),
// 0.36 review pairs a record with six items of evidence, 3.5 candidate keys a record.
func benchResolution(ids []int64, seed uint64) Resolution {
	r := rand.New(rand.NewPCG(seed, 11))
	n := len(ids)
	pick := func() int64 { return ids[r.IntN(n)] }
	res := Resolution{Model: []byte(`{"bench":` + strconv.FormatUint(seed, 10) + `}`), Keys: make(map[int64]tizim.CandidateKeys, n)}
	for range n * 55 / 100 {
		a, b := pick(), pick()
		if a != b {
			res.Judgements = append(res.Judgements, tizim.Judgement{A: a, B: b, Verdict: tizim.Same, By: tizim.Matcher, Score: 12 + r.Float64()})
		}
	}
	fields := []string{"name", "birth", "id_number", "place", "facility", "father"}
	for range n * 36 / 100 {
		a, b := pick(), pick()
		if a == b {
			continue
		}
		p := tizim.ReviewPair{A: a, B: b, Prob: r.Float64(), Weight: 10 * r.NormFloat64()}
		for _, f := range fields {
			p.Evidence = append(p.Evidence, tizim.Evidence{Field: f, Level: "similar", Weight: r.NormFloat64()})
		}
		res.Review = append(res.Review, p)
	}
	for _, id := range ids {
		ks := tizim.CandidateKeys{Born: int32(r.IntN(30000))}
		for range 1 + r.IntN(6) {
			ks.Keys = append(ks.Keys, r.Uint64())
		}
		res.Keys[id] = ks
	}
	return res
}

// copyFile copies the file at from to to.
func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	in, err := os.Open(from)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
}

// dedupCtx is the context `tizim dedup` stores its resolution under: Exclusive, unless
// TIZIM_BENCH_WAL is set (to measure the transaction in WAL mode, as the web server's would be).
func dedupCtx(ctx context.Context) context.Context {
	if os.Getenv("TIZIM_BENCH_WAL") != "" {
		return ctx
	}
	return Exclusive(ctx)
}

// BenchmarkPutResolution measures storing a full resolution (benchResolution), on a fresh
// database ("first") and over the one it left ("again", a second `tizim dedup`: a new
// resolution of the same shape, whose queue shares most of its pairs with the first). On
// SQLite the records are TIZIM_BENCH_DB's, a database of `tizim import --no-resolve` copied for
// each round (say /tmp/d200k-fresh.db, 492,814 records), or else 20,000 synthetic ones; on
// PostgreSQL (TIZIM_TEST_POSTGRES), 20,000 synthetic ones (or TIZIM_BENCH_PG_RECORDS) imported
// for each round. It reports
// this process's CPU seconds (on PostgreSQL the server's are not counted) and the wall seconds
// of the PutResolution call.
func BenchmarkPutResolution(b *testing.B) {
	ctx := context.Background()
	const synthetic20k = 20000
	top := b
	src := os.Getenv("TIZIM_BENCH_DB")
	dbs := []struct {
		name  string
		fresh func(b *testing.B) *Store
	}{
		{"sqlite", func(b *testing.B) *Store {
			if src == "" { // made once, in the top benchmark's directory, for every round
				s := openSQLite(top)
				putN(top, s, synthetic20k, func(i int) *tizim.Record { return synthetic("bench", i) })
				src = filepath.Join(top.TempDir(), "src.db")
				if _, err := s.db.ExecContext(ctx, `VACUUM INTO '`+src+`'`); err != nil {
					b.Fatal(err)
				}
			}
			path := filepath.Join(b.TempDir(), "bench.db")
			copyFile(b, src, path)
			s, err := Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { s.Close() })
			return s
		}},
		{"postgres", func(b *testing.B) *Store {
			n := synthetic20k
			if v, err := strconv.Atoi(os.Getenv("TIZIM_BENCH_PG_RECORDS")); err == nil && v > 0 {
				n = v
			}
			s := openPostgres(b)
			putN(b, s, n, func(i int) *tizim.Record { return synthetic("bench", i) })
			return s
		}},
	}
	for _, db := range dbs {
		for _, again := range []bool{false, true} {
			name := db.name + "/first"
			if again {
				name = db.name + "/again"
			}
			b.Run(name, func(b *testing.B) {
				var cpu, wall time.Duration
				for i := range b.N {
					b.StopTimer()
					s := db.fresh(b)
					var ids []int64
					rows, err := s.db.QueryContext(ctx, `SELECT id FROM records ORDER BY id`)
					if err != nil {
						b.Fatal(err)
					}
					for rows.Next() {
						var id int64
						rows.Scan(&id)
						ids = append(ids, id)
					}
					rows.Close()
					res := benchResolution(ids, uint64(i))
					if again {
						if _, err := s.PutResolution(dedupCtx(ctx), res); err != nil {
							b.Fatal(err)
						}
						next := benchResolution(ids, uint64(i)+1000)
						next.Review = append(res.Review[len(res.Review)/5:], next.Review[:len(res.Review)/5]...)
						next.Judgements = nil // already judged: a second dedup adds none
						res = next
					}
					cpu0, wall0 := cpuTime(), time.Now()
					b.StartTimer()
					if _, err := s.PutResolution(dedupCtx(ctx), res); err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					cpu += cpuTime() - cpu0
					wall += time.Since(wall0)
				}
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
				b.ReportMetric(wall.Seconds()/float64(b.N), "wall-s/op")
			})
		}
	}
}
