package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/tizim/tizim"
)

// Sources name a facility as they write it: a police list 于田县第1监狱, a list from Kazakhstan
// "Тюрьма № 1, Кәрия", a testimony "Keriya Prison No. 1". A known facility lists its names in
// several scripts. The readers that hand records to entity resolution link each episode's
// facility to the known facility one of whose names it is, so that the matcher compares the
// place, not its spelling: two spellings in two scripts share no letter.

// facilityName is the form a facility's name is looked up in: search's fold, spaces collapsed.
func facilityName(s string) string { return strings.Join(strings.Fields(fold(s)), " ") }

// facilityNames returns the known facilities by each of their names (see facilityName). A name
// two facilities share names neither: it does not tell them apart.
func (s *Store) facilityNames(ctx context.Context) (map[string]int64, error) {
	v, err := s.cached(ctx, "facility names", func() (any, error) {
		rows, err := s.db.QueryContext(ctx, `SELECT `+facilityColumns+` FROM facilities ORDER BY id`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		byName := map[string]int64{}
		for rows.Next() {
			f, err := decodeFacility(rows)
			if err != nil {
				return nil, err
			}
			for _, n := range f.Names {
				k := facilityName(n.Text)
				if k == "" {
					continue
				}
				if id, ok := byName[k]; ok && id != f.ID {
					byName[k] = 0
					continue
				}
				byName[k] = f.ID
			}
		}
		return byName, rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: facility names: %w", err)
	}
	return v.(map[string]int64), nil
}

// linkFacilities sets the FacilityID of each episode of recs that names a known facility and
// has none.
func (s *Store) linkFacilities(ctx context.Context, recs []*tizim.Record) error {
	byName, err := s.facilityNames(ctx)
	if err != nil || len(byName) == 0 {
		return err
	}
	// Records repeat a few thousand spellings: each is folded once.
	seen := map[string]int64{}
	for _, r := range recs {
		for i := range r.Episodes {
			ep := &r.Episodes[i]
			if ep.FacilityID != 0 || ep.Facility == "" {
				continue
			}
			id, ok := seen[ep.Facility]
			if !ok {
				id = byName[facilityName(ep.Facility)]
				seen[ep.Facility] = id
			}
			ep.FacilityID = id
		}
	}
	return nil
}
