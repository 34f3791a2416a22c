package store

import (
	"context"
	"testing"
)

// TestBulkTxSettings: a bulk transaction's SQLite connection has the settings of bulkPragmas
// while it lasts (the large page cache, the statement journal in memory, no foreign-key checks)
// and the pool's own afterwards, so that the server's connections do not keep 128 MiB each and
// every other writer has its foreign keys checked.
func TestBulkTxSettings(t *testing.T) {
	s := openSQLite(t)
	s.db.SetMaxOpenConns(1) // the same connection every time
	ctx := context.Background()
	read := func(q querier, name string) string {
		t.Helper()
		rows, err := q.QueryContext(ctx, "PRAGMA "+name)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var v string
		if !rows.Next() {
			t.Fatalf("PRAGMA %s gave no row", name)
		}
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := map[string]string{}
	for _, p := range bulkPragmas {
		before[p.name] = read(s.db, p.name)
	}
	if before["foreign_keys"] != "1" {
		t.Fatalf("the pool's connections have foreign_keys %s, want 1", before["foreign_keys"])
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	during := map[string]string{}
	for _, p := range bulkPragmas {
		during[p.name] = read(tx, p.name)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	release()
	for _, p := range bulkPragmas {
		if after := read(s.db, p.name); during[p.name] != p.value || after != before[p.name] {
			t.Errorf("%s before %s, during %s, after %s; want %s during and the pool's after",
				p.name, before[p.name], during[p.name], after, p.value)
		}
	}
}
