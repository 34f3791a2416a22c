package search

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tizim/tizim"
)

// The pg_trgm side of BenchmarkSearchCorpus: PostgreSQL's trigram similarity over the same
// names (one row per name form, with its person), with a GIN trigram index, asked for the
// names similar to the query (the % operator at the default threshold 0.3), best first, and
// the first ten people among them. The database
// is TIZIM_BENCH_POSTGRES, a URL; the table is reused when it was loaded from the same corpus.

// trgm is a connection to the benchmark database.
type trgm struct {
	conn *pgx.Conn
}

func openTrgm(b *testing.B, c *benchCorpus) *trgm {
	url := os.Getenv("TIZIM_BENCH_POSTGRES")
	if url == "" {
		b.Skip("set TIZIM_BENCH_POSTGRES to a postgres:// URL to measure pg_trgm beside the index")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close(ctx) })
	exec := func(sql string, args ...any) {
		if _, err := conn.Exec(ctx, sql, args...); err != nil {
			b.Fatalf("%s: %v", sql, err)
		}
	}
	exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
	exec(`CREATE TABLE IF NOT EXISTS search_bench_meta (dir text PRIMARY KEY, rows bigint)`)
	var rows int64
	err = conn.QueryRow(ctx, `SELECT rows FROM search_bench_meta WHERE dir = $1`, c.dir).Scan(&rows)
	if err == nil {
		b.Logf("pg_trgm: reusing search_names (%d rows)", rows)
		return &trgm{conn}
	}
	exec(`DROP TABLE IF EXISTS search_names`)
	exec(`DELETE FROM search_bench_meta`)
	exec(`CREATE UNLOGGED TABLE search_names (person integer NOT NULL, name text NOT NULL)`)
	start := time.Now()
	var batch [][]any
	flush := func() {
		n, err := conn.CopyFrom(ctx, pgx.Identifier{"search_names"}, []string{"person", "name"}, pgx.CopyFromRows(batch))
		if err != nil {
			b.Fatal(err)
		}
		rows += n
		batch = batch[:0]
	}
	held := map[int]bool{}
	for _, q := range c.queries {
		held[q.ordinal] = true
	}
	err = eachRecord(c.dir, c.truth, func(row int, r *tizim.Record) {
		if held[row] {
			return
		}
		for _, n := range r.Names {
			batch = append(batch, []any{int32(r.PersonID), n.Text})
		}
		if len(batch) >= 50000 {
			flush()
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	flush()
	copied := time.Since(start)
	exec(`CREATE INDEX search_names_trgm ON search_names USING gin (name gin_trgm_ops)`)
	exec(`ANALYZE search_names`)
	b.Logf("pg_trgm: %d rows copied in %.1f s, GIN index and ANALYZE in %.1f s", rows, copied.Seconds(), (time.Since(start) - copied).Seconds())
	exec(`INSERT INTO search_bench_meta VALUES ($1, $2)`, c.dir, rows)
	return &trgm{conn}
}

// answer returns the people with the names most similar to q, best first, each once.
func (t *trgm) answer(q string) []answer {
	rows, err := t.conn.Query(context.Background(),
		`SELECT person, similarity(name, $1) AS s FROM search_names WHERE name % $1 ORDER BY s DESC LIMIT 50`, q)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []answer
	seen := map[int64]bool{}
	for rows.Next() {
		var person int32
		var s float32
		if rows.Scan(&person, &s) != nil {
			return out
		}
		if !seen[int64(person)] && len(out) < 10 {
			seen[int64(person)] = true
			out = append(out, answer{int64(person), float64(s), ""})
		}
	}
	return out
}
