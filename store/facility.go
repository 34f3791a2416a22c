package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/tizim/tizim"
)

// facilityKinds are the kinds a facility may have.
var facilityKinds = func() map[tizim.FacilityKind]bool {
	m := map[tizim.FacilityKind]bool{}
	for _, k := range tizim.FacilityKinds {
		m[k] = true
	}
	return m
}()

// PutFacility creates a facility, or updates the one with the same key, and sets f.ID.
func (s *Store) PutFacility(ctx context.Context, f *tizim.Facility) error {
	if f.Key == "" {
		return tizim.Errorf(tizim.EINVALID, "facility has no key")
	}
	if !facilityKinds[f.Kind] {
		return tizim.Errorf(tizim.EINVALID, "facility %s has unknown kind %q", f.Key, f.Kind)
	}
	if math.IsNaN(f.Latitude) || math.IsInf(f.Latitude, 0) || math.IsNaN(f.Longitude) || math.IsInf(f.Longitude, 0) ||
		math.Abs(f.Latitude) > 90 || math.Abs(f.Longitude) > 180 {
		return tizim.Errorf(tizim.EINVALID, "facility %s has an impossible location", f.Key)
	}
	texts := []string{f.Key, f.DivisionCode, f.Address, f.Notes}
	for _, n := range f.Names {
		texts = append(texts, n.Text)
	}
	texts = append(texts, f.Sources...)
	for _, t := range texts {
		if err := checkText(t); err != nil {
			return tizim.Errorf(tizim.EINVALID, "facility %q: text %v", f.Key, err)
		}
	}
	err := s.db.QueryRowContext(ctx, s.d.rebind(`INSERT INTO facilities (key, kind, names, latitude,
		longitude, division_code, address, sources, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, names = excluded.names,
		latitude = excluded.latitude, longitude = excluded.longitude,
		division_code = excluded.division_code, address = excluded.address,
		sources = excluded.sources, notes = excluded.notes
		RETURNING id`), f.Key, string(f.Kind), jsonList(f.Names), f.Latitude, f.Longitude,
		f.DivisionCode, f.Address, jsonList(f.Sources), f.Notes).Scan(&f.ID)
	if err != nil {
		return fmt.Errorf("store: put facility %s: %w", f.Key, busy(err))
	}
	s.forget() // Counts counts the facilities
	return nil
}

const facilityColumns = `id, key, kind, names, latitude, longitude, division_code, address, sources, notes`

func decodeFacility(sc scanner) (*tizim.Facility, error) {
	var f tizim.Facility
	var names, sources string
	if err := sc.Scan(&f.ID, &f.Key, &f.Kind, &names, &f.Latitude, &f.Longitude, &f.DivisionCode,
		&f.Address, &sources, &f.Notes); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(names), &f.Names); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(sources), &f.Sources); err != nil {
		return nil, err
	}
	if len(f.Names) == 0 {
		f.Names = nil
	}
	if len(f.Sources) == 0 {
		f.Sources = nil
	}
	return &f, nil
}

// FindFacilityByID returns the facility with the id.
func (s *Store) FindFacilityByID(ctx context.Context, id int64) (*tizim.Facility, error) {
	return s.findFacility(ctx, "id = ?", id, fmt.Sprint(id))
}

// FindFacility returns the facility with the key.
func (s *Store) FindFacility(ctx context.Context, key string) (*tizim.Facility, error) {
	return s.findFacility(ctx, "key = ?", clean(key), key)
}

func (s *Store) findFacility(ctx context.Context, cond string, arg any, name string) (*tizim.Facility, error) {
	f, err := decodeFacility(s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+facilityColumns+` FROM facilities WHERE `+cond), arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no facility %s", name)
	} else if err != nil {
		return nil, fmt.Errorf("store: find facility %s: %w", name, err)
	}
	return f, nil
}

// FindFacilities returns the facilities by id, and how many there are.
func (s *Store) FindFacilities(ctx context.Context, p tizim.Page) ([]*tizim.Facility, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM facilities`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count facilities: %w", err)
	}
	limit, largs := s.d.page(p)
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+facilityColumns+` FROM facilities ORDER BY id`+limit), largs...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: find facilities: %w", err)
	}
	defer rows.Close()
	var out []*tizim.Facility
	for rows.Next() {
		f, err := decodeFacility(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: find facilities: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: find facilities: %w", err)
	}
	return out, total, nil
}
