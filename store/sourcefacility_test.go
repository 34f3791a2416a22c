package store

import (
	"context"
	"testing"

	"github.com/tizim/tizim"
)

func TestSources(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		put(t, s, rec("auto", "1", "Ilham Tohti", tizim.Partners), rec("auto", "2", "Rahile Dawut", tizim.Sealed))
		auto, err := s.FindSource(ctx, "auto")
		if err != nil {
			t.Fatal(err)
		}
		if auto.Kind != tizim.Dataset || auto.Consent != tizim.Partners || auto.Records != 2 {
			t.Errorf("auto-created source = %+v, want dataset, partners, 2 records", auto)
		}
		acq, _ := tizim.ParseEDTF("2022-05")
		src := &tizim.Source{Key: "police-files", Kind: tizim.LeakedList, Title: "Leaked police files",
			Origin: "anonymous", Acquired: acq, Language: "zh", Reliability: tizim.Probable, Consent: tizim.Public}
		if err := s.CreateSource(ctx, src); err != nil || src.ID == 0 {
			t.Fatalf("create: %v (id %d)", err, src.ID)
		}
		if err := s.CreateSource(ctx, &tizim.Source{Key: "police-files", Kind: tizim.Document, Consent: tizim.Public}); tizim.ErrorCode(err) != tizim.ECONFLICT {
			t.Errorf("duplicate key: %v, want ECONFLICT", err)
		}
		if err := s.CreateSource(ctx, &tizim.Source{Key: "x", Kind: "rumour", Consent: tizim.Public}); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("bad kind: %v, want EINVALID", err)
		}
		got, err := s.FindSourceByID(ctx, src.ID)
		if err != nil || got.Title != src.Title || got.Acquired.String() != "2022-05" || got.Reliability != tizim.Probable {
			t.Errorf("FindSourceByID = %+v, %v", got, err)
		}
		src.Title, src.Consent = "Police files (checked)", tizim.Internal
		if err := s.UpdateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindSource(ctx, "police-files"); got.Title != src.Title || got.Consent != tizim.Internal {
			t.Errorf("after update: %+v", got)
		}
		src.Key = "auto"
		if err := s.UpdateSource(ctx, src); tizim.ErrorCode(err) != tizim.ECONFLICT {
			t.Errorf("update onto another key: %v, want ECONFLICT", err)
		}
		if err := s.UpdateSource(ctx, &tizim.Source{ID: 9999, Key: "z", Kind: tizim.Document, Consent: tizim.Public}); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("update missing: %v, want ENOTFOUND", err)
		}
		if _, err := s.FindSource(ctx, "nope"); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("missing source: %v", err)
		}
		for _, c := range []struct {
			clearance tizim.Consent
			keys      []string
			records   []int
		}{
			{tizim.Public, nil, nil},
			{tizim.Partners, []string{"auto"}, []int{1}},
			{tizim.Sealed, []string{"auto", "police-files"}, []int{2, 0}},
		} {
			list, total, err := s.FindSources(ctx, c.clearance, tizim.Page{})
			if err != nil || total != len(c.keys) || len(list) != len(c.keys) {
				t.Errorf("FindSources(%s) = %d (total %d), %v; want %v", c.clearance, len(list), total, err, c.keys)
				continue
			}
			for i, src := range list {
				if src.Key != c.keys[i] || src.Records != c.records[i] {
					t.Errorf("FindSources(%s)[%d] = %s with %d records, want %s with %d", c.clearance, i, src.Key, src.Records, c.keys[i], c.records[i])
				}
			}
		}
	})
}

func TestFacilities(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		f := &tizim.Facility{Key: "kashgar-3", Kind: tizim.CampFacility,
			Names:    []tizim.Name{{Text: "Kashgar camp No. 3", Script: "latin"}, {Text: "喀什第三教培中心", Script: "han"}},
			Latitude: 39.47, Longitude: 75.99, DivisionCode: "653101", Sources: []string{"police-files"}}
		if err := s.PutFacility(ctx, f); err != nil || f.ID == 0 {
			t.Fatalf("put: %v (id %d)", err, f.ID)
		}
		id := f.ID
		f.Kind, f.Notes, f.ID = tizim.DetentionCentre, "reclassified", 0
		if err := s.PutFacility(ctx, f); err != nil || f.ID != id {
			t.Fatalf("update by key: %v, id %d want %d", err, f.ID, id)
		}
		got, err := s.FindFacility(ctx, "kashgar-3")
		if err != nil || got.Kind != tizim.DetentionCentre || got.Notes != "reclassified" || len(got.Names) != 2 || got.Latitude != 39.47 || got.Sources[0] != "police-files" {
			t.Errorf("FindFacility = %+v, %v", got, err)
		}
		if _, err := s.FindFacilityByID(ctx, id); err != nil {
			t.Error(err)
		}
		if err := s.PutFacility(ctx, &tizim.Facility{Key: "x", Kind: "hotel"}); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("bad kind: %v, want EINVALID", err)
		}
		if _, err := s.FindFacility(ctx, "nope"); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("missing facility: %v", err)
		}
		if err := s.PutFacility(ctx, &tizim.Facility{Key: "b", Kind: tizim.Prison}); err != nil {
			t.Fatal(err)
		}
		list, total, err := s.FindFacilities(ctx, tizim.Page{Offset: 1})
		if err != nil || total != 2 || len(list) != 1 || list[0].Key != "b" {
			t.Errorf("FindFacilities = %+v (total %d), %v", list, total, err)
		}
	})
}
