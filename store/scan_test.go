package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// scanAll collects what ScanNames gives, with the size of every page.
func scanAll(t *testing.T, s *Store, after time.Time, size int) ([]*tizim.Record, []int) {
	t.Helper()
	var out []*tizim.Record
	var pages []int
	err := s.ScanNames(context.Background(), after, size, func(rs []*tizim.Record) error {
		out = append(out, rs...)
		pages = append(pages, len(rs))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, pages
}

func TestScanNames(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		var rs []*tizim.Record
		for i := range 7 {
			rs = append(rs, rec("list", fmt.Sprint(i), fmt.Sprintf("Tursun Memet %d", i), tizim.Public))
		}
		rs[3].Consent = tizim.Sealed
		rs[4].Names = append(rs[4].Names, tizim.Name{Text: "吐尔逊·买买提", Script: "han", Role: tizim.FullName})
		rs[5].Names, rs[5].IDNumber = nil, "650102196910250000"
		rs[6].Sex, rs[6].HomeCode, rs[6].BirthDate = tizim.Female, "653121", tizim.PartialDate{Year: 1971, Month: 3}
		put(t, s, rs...)

		tests := []struct {
			name      string
			size      int
			wantPages []int
		}{
			{"pages of three", 3, []int{3, 3, 1}},
			{"pages that end with the records", 7, []int{7}},
			{"default page size", 0, []int{7}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, pages := scanAll(t, s, time.Time{}, tt.size)
				if !reflect.DeepEqual(pages, tt.wantPages) {
					t.Errorf("pages %v, want %v", pages, tt.wantPages)
				}
				if len(got) != len(rs) {
					t.Fatalf("scanned %d records, want %d", len(got), len(rs))
				}
				for i, r := range got {
					w := rs[i]
					if r.ID != w.ID || r.PersonID != w.PersonID || r.Key() != w.Key() || r.Consent != w.Consent ||
						!reflect.DeepEqual(r.Names, w.Names) || r.Updated.IsZero() {
						t.Errorf("record %d: got %+v, want id %d person %d %s %s names %v with a time",
							i, r, w.ID, w.PersonID, w.Key(), w.Consent, w.Names)
					}
					if r.Sex != w.Sex || r.HomeCode != w.HomeCode || r.BirthDate.Year != w.BirthDate.Year {
						t.Errorf("record %d: facts %q %q %d, want sex %q home %q born %d", i, r.Sex, r.HomeCode,
							r.BirthDate.Year, w.Sex, w.HomeCode, w.BirthDate.Year)
					}
					if r.Episodes != nil || r.Raw != nil {
						t.Errorf("record %d: read more than the names: %+v", i, r)
					}
				}
			})
		}

		// Only the records updated after a time come back, and a changed one among them.
		got, _ := scanAll(t, s, time.Time{}, 0)
		mark := got[len(got)-1].Updated
		time.Sleep(2 * time.Millisecond)
		changed := rec("list", "2", "Tursun Memet 2", tizim.Public)
		changed.Names[0].Text = "Tursun Mehmet"
		added := rec("list", "new", "Ilham Tohti", tizim.Public)
		put(t, s, changed, added)
		since, _ := scanAll(t, s, mark, 1)
		var keys []string
		for _, r := range since {
			keys = append(keys, r.RecordID+" "+r.Names[0].Text)
		}
		if want := []string{"2 Tursun Mehmet", "new Ilham Tohti"}; !reflect.DeepEqual(keys, want) {
			t.Errorf("records updated after the scan: %v, want %v", keys, want)
		}

		if none, _ := scanAll(t, s, since[len(since)-1].Updated, 0); len(none) != 0 {
			t.Errorf("scan after the latest update gave %d records, want none", len(none))
		}

		// An error from fn stops the scan and comes back.
		stop := errors.New("stop")
		calls := 0
		err := s.ScanNames(context.Background(), time.Time{}, 2, func([]*tizim.Record) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("fn failing: %v after %d calls, want stop after 1", err, calls)
		}
		// A cancelled context stops it too.
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := s.ScanNames(ctx, time.Time{}, 2, func([]*tizim.Record) error { return nil }); err == nil {
			t.Error("cancelled scan returned no error")
		}
	})
}
