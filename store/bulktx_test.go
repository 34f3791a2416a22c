package store

import (
	"context"
	"strconv"
	"testing"
)

// TestBulkTxCache: a bulk transaction's SQLite connection has the large page cache while it
// lasts and the pool's own afterwards, so that the server's connections do not keep 128 MiB each.
func TestBulkTxCache(t *testing.T) {
	s := openSQLite(t)
	s.db.SetMaxOpenConns(1) // the same connection every time
	ctx := context.Background()
	var before string
	if err := s.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&before); err != nil {
		t.Fatal(err)
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var during string
	if err := tx.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&during); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	release()
	var after string
	if err := s.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&after); err != nil {
		t.Fatal(err)
	}
	if during != strconv.Itoa(-bulkCacheKiB) || after != before {
		t.Errorf("cache_size before %s, during %s, after %s; want %d during and the pool's after", before, during, after, -bulkCacheKiB)
	}
}
