package store

import (
	"context"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// TestLinkFacilities checks that the readers of records for resolution link a facility written
// in any script, case or spacing to the known facility that has that name, whenever the facility
// became known, and link no facility by a name two share.
func TestLinkFacilities(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		keriya := &tizim.Facility{Key: "F0338", Kind: tizim.Prison, Names: []tizim.Name{
			{Text: "Keriya Prison No. 1"}, {Text: "于田县第1监狱"},
			{Text: "Тюрьма № 1, Кәрия"}, {Text: "Old Prison"}}}
		a := rec("list", "1", "Ilham Tohti", tizim.Public)
		a.Episodes = []tizim.Episode{{Status: tizim.Sentenced, Facility: "于田县第1监狱"}}
		b := rec("testimony", "2", "Ilham Tohti", tizim.Public)
		b.Episodes = []tizim.Episode{{Status: tizim.Sentenced, Facility: "  keriya   PRISON no. 1 "},
			{Status: tizim.Detained, Facility: "Old Prison"}, {Status: tizim.Detained, Facility: "a camp nobody lists"}}
		put(t, s, a, b)
		facilityOf := func(t *testing.T) map[int64][]int64 {
			t.Helper()
			out := map[int64][]int64{}
			cands, err := s.FindCandidateRecords(ctx, []int64{a.ID, b.ID})
			if err != nil {
				t.Fatal(err)
			}
			full, err := s.FindRecordsByID(ctx, []int64{a.ID, b.ID})
			if err != nil {
				t.Fatal(err)
			}
			for k, got := range [][]*tizim.Record{cands, full, collect(t, s.EachCandidateRecords)} {
				for i, r := range got {
					var ids []int64
					for _, ep := range r.Episodes {
						ids = append(ids, ep.FacilityID)
					}
					if k > 0 && !slices.Equal(ids, out[r.ID]) {
						t.Errorf("record %d: reader %d links %v, reader 0 %v", i, k, ids, out[r.ID])
					}
					out[r.ID] = ids
				}
			}
			return out
		}
		if got := facilityOf(t); !slices.Equal(got[a.ID], []int64{0}) || !slices.Equal(got[b.ID], []int64{0, 0, 0}) {
			t.Errorf("before any facility is known: %v", got)
		}
		if err := s.PutFacility(ctx, keriya); err != nil {
			t.Fatal(err)
		}
		got := facilityOf(t)
		if want := []int64{keriya.ID}; !slices.Equal(got[a.ID], want) {
			t.Errorf("the police list's facility links to %v, want %v", got[a.ID], want)
		}
		if want := []int64{keriya.ID, keriya.ID, 0}; !slices.Equal(got[b.ID], want) {
			t.Errorf("the testimony's facilities link to %v, want %v", got[b.ID], want)
		}
		other := &tizim.Facility{Key: "F0999", Kind: tizim.Prison, Names: []tizim.Name{{Text: "Old prison"}}}
		if err := s.PutFacility(ctx, other); err != nil {
			t.Fatal(err)
		}
		if got := facilityOf(t)[b.ID]; !slices.Equal(got, []int64{keriya.ID, 0, 0}) {
			t.Errorf("a name two facilities share links %v, want it to link neither", got)
		}
	})
}
