package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tizim/tizim"
)

// The Store keeps the trained resolution model and the records' candidate keys (migration 0300)
// for incremental entity resolution.
var _ tizim.ModelService = (*Store)(nil)

// keptModels is how many model versions are kept; older ones are deleted when a new one is put.
const keptModels = 5

// PutModel stores a new version of the resolution model and returns its version number.
func (s *Store) PutModel(ctx context.Context, model []byte) (int64, error) {
	if !validJSONText(model) {
		return 0, tizim.Errorf(tizim.EINVALID, "a model must be valid UTF-8 text")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: put model: %w", busy(err))
	}
	defer tx.Rollback()
	v, err := s.modelIn(ctx, tx, model)
	if err != nil {
		return 0, fmt.Errorf("store: put model: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: put model: %w", busy(err))
	}
	return v, nil
}

// modelIn stores the checked model as a new version in tx and deletes the versions beyond
// keptModels.
func (s *Store) modelIn(ctx context.Context, tx *sql.Tx, model []byte) (int64, error) {
	var v int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM resolve_models`).Scan(&v); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO resolve_models (version, model, created) VALUES (?, ?, ?)`),
		v, string(model), time.Now().UnixNano()); err != nil {
		return 0, busy(err)
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM resolve_models WHERE version <= ?`), v-keptModels); err != nil {
		return 0, err
	}
	return v, nil
}

// ModelVersion returns the version of the newest model, without reading it; ENOTFOUND when none
// was stored.
func (s *Store) ModelVersion(ctx context.Context) (int64, error) {
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM resolve_models`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: model version: %w", err)
	}
	if !v.Valid {
		return 0, tizim.Errorf(tizim.ENOTFOUND, "no resolution model stored: run tizim dedup")
	}
	return v.Int64, nil
}

// LatestModel returns the newest model and its version; ENOTFOUND when none was stored.
func (s *Store) LatestModel(ctx context.Context) ([]byte, int64, error) {
	var v int64
	var model string
	err := s.db.QueryRowContext(ctx, `SELECT version, model FROM resolve_models ORDER BY version DESC LIMIT 1`).Scan(&v, &model)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, tizim.Errorf(tizim.ENOTFOUND, "no resolution model stored: run tizim dedup")
	} else if err != nil {
		return nil, 0, fmt.Errorf("store: latest model: %w", err)
	}
	return []byte(model), v, nil
}

func validJSONText(b []byte) bool { return len(b) > 0 && checkText(string(b)) == nil }

// FindRecordsByID returns the records with the ids that exist, in id order, whatever their
// consent level, each episode's facility linked to the known facility it names
// (linkFacilities): resolution on import reads the new records through it.
func (s *Store) FindRecordsByID(ctx context.Context, ids []int64) ([]*tizim.Record, error) {
	recs, err := s.recordsByID(ctx, ids, recordColumns+recordFrom, decode, "find records by id")
	if err != nil {
		return nil, err
	}
	return recs, s.linkFacilities(ctx, recs)
}

// recordsByID reads the records with the ids, chunk by chunk, in id order, with the query's
// columns and FROM (selectFrom, its records aliased r) and the decoder that reads them. The
// statements are not prepared and kept: one per IN length would pile up.
func (s *Store) recordsByID(ctx context.Context, ids []int64, selectFrom string, dec func(scanner) (*tizim.Record, error), what string) ([]*tizim.Record, error) {
	out := make([]*tizim.Record, 0, len(ids))
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+selectFrom+` WHERE r.id IN (`+marks(len(part))+`) ORDER BY r.id`), int64s(part)...)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		for rows.Next() {
			r, err := dec(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: %s: %w", what, err)
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
	}
	return out, nil
}
