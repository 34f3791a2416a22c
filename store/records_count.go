package store

import (
	"context"
	"fmt"
)

// RecordCount returns how many records the database holds, whatever their consent level, in
// one COUNT over record_persons (a narrow row a record): what a resolution of new records
// weighs them against (incremental or everything again), without the id listing that
// FindRecords keeps for paging (a quarter of a second at 245,000 records).
func (s *Store) RecordCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM record_persons`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: record count: %w", err)
	}
	return n, nil
}
