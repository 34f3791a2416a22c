package store

import (
	"context"
	"testing"

	"github.com/tizim/tizim"
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

// TestSetAsideSettings: an index set aside is built again under sortPragmas (sorted in runs on
// worker threads), and the transaction's connection has its own settings back afterwards; the
// index is there, with every row's entry.
func TestSetAsideSettings(t *testing.T) {
	s := openSQLite(t)
	ctx := context.Background()
	put(t, s, rec("list", "1", "Memet Tursun", tizim.Public), rec("list", "2", "Ayshem Tursun", tizim.Public))
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	defer tx.Rollback()
	setting := func(name string) string {
		t.Helper()
		var v string
		if err := tx.QueryRowContext(ctx, "PRAGMA "+name).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := map[string]string{}
	for _, p := range sortPragmas {
		before[p.name] = setting(p.name)
	}
	rebuild, err := s.setAside(ctx, tx, true, personIndexes)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'record_persons_person'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("index set aside: %d, %v; want it gone", n, err)
	}
	if err := rebuild(); err != nil {
		t.Fatal(err)
	}
	for _, p := range sortPragmas {
		if after := setting(p.name); after != before[p.name] {
			t.Errorf("%s: %s before the rebuild, %s after", p.name, before[p.name], after)
		}
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM record_persons INDEXED BY record_persons_person WHERE person_id > 0`).Scan(&n); err != nil || n != 2 {
		t.Errorf("rebuilt index: %d entries, %v; want 2", n, err)
	}
}
