package store

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"github.com/tizim/tizim"
)

// TestListingFollowsWrites checks that the people list's totals and pages, which are cached
// between writes, follow every kind of write at once, and that pages deep in the list (past
// several marks) hold the same people as the whole list cut at that place.
func TestListingFollowsWrites(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		var rs []*tizim.Record
		for i := range 2*markStep + 37 {
			consent := tizim.Public
			if i%3 == 2 {
				consent = tizim.Internal
			}
			rs = append(rs, rec("list", strconv.Itoa(i), "Tursun "+strconv.Itoa(i), consent))
		}
		put(t, s, rs...)
		public := 2*markStep + 37 - (2*markStep+37+1)/3
		check := func(step string, f tizim.PersonFilter, want int) {
			t.Helper()
			all, total, err := s.FindPeople(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if total != want || len(all) != want {
				t.Fatalf("%s: total %d, %d people, want %d", step, total, len(all), want)
			}
			for _, size := range []int{7, markStep} {
				var paged []int64
				for off := 0; off < total+size; off += size {
					g := f
					g.Page = tizim.Page{Offset: off, Limit: size}
					ps, n, err := s.FindPeople(ctx, g)
					if err != nil {
						t.Fatal(err)
					}
					if n != total {
						t.Fatalf("%s: page at %d says %d in all, want %d", step, off, n, total)
					}
					for _, p := range ps {
						paged = append(paged, p.ID)
					}
				}
				var ids []int64
				for _, p := range all {
					ids = append(ids, p.ID)
				}
				if !slices.Equal(paged, ids) {
					t.Fatalf("%s: pages of %d give %v, want %v", step, size, paged, ids)
				}
			}
		}
		public1 := tizim.PersonFilter{}
		check("seeded", public1, public)
		check("seeded, internal", tizim.PersonFilter{Clearance: tizim.Internal}, len(rs))

		sourceCount := func(step string, want int) {
			t.Helper()
			srcs, _, err := s.FindSources(ctx, tizim.Public, tizim.Page{})
			if err != nil || len(srcs) != 1 || srcs[0].Records != want {
				t.Fatalf("%s: sources %v, %v; want one with %d public records", step, srcs, err, want)
			}
		}
		sourceCount("seeded", public)
		put(t, s, rec("list", "new", "Aygul New", tizim.Public))
		check("a new record", public1, public+1)
		sourceCount("a new record", public+1)

		r := rec("list", "0", "Tursun 0", tizim.Sealed)
		put(t, s, r)
		check("a record sealed", public1, public)

		a, err := s.FindRecord(ctx, tizim.RecordKey{Source: "list", RecordID: "1"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.FindRecord(ctx, tizim.RecordKey{Source: "list", RecordID: "3"})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Judge(ctx, tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Same, By: "reviewer", Reason: "test"}); err != nil {
			t.Fatal(err)
		}
		check("two people merged", public1, public-1)

		key := "list"
		check("by source", tizim.PersonFilter{Source: &key}, public-1)
		src, err := s.FindSource(ctx, "list")
		if err != nil {
			t.Fatal(err)
		}
		if src.Records != len(rs)+1 {
			t.Fatalf("source counts %d records, want %d", src.Records, len(rs)+1)
		}
		src.Key = "renamed"
		if err := s.UpdateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		check("by the old key of a renamed source", tizim.PersonFilter{Source: &key}, 0)
	})
}

// TestFindRecordsPages checks that paging through the records, as the search index's Load
// does, gives every visible record once, in id order, and the same total on every page, also
// after a record was added between two pages.
func TestFindRecordsPages(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		var rs []*tizim.Record
		for i := range 3*markStep + 5 {
			consent := tizim.Public
			if i%4 == 3 {
				consent = tizim.Sealed
			}
			rs = append(rs, rec("pages", strconv.Itoa(i), "Aygul "+strconv.Itoa(i), consent))
		}
		put(t, s, rs...)
		want := len(rs) - len(rs)/4
		for _, size := range []int{1, 33, markStep, 1000} {
			var got []int64
			for off := 0; ; off += size {
				page, total, err := s.FindRecords(ctx, tizim.RecordFilter{Page: tizim.Page{Offset: off, Limit: size}})
				if err != nil {
					t.Fatal(err)
				}
				if total != want {
					t.Fatalf("page size %d at %d: total %d, want %d", size, off, total, want)
				}
				if len(page) == 0 {
					break
				}
				for _, r := range page {
					got = append(got, r.ID)
				}
			}
			increasing := true
			for i := 1; i < len(got); i++ {
				increasing = increasing && got[i-1] < got[i]
			}
			if len(got) != want || !increasing {
				t.Fatalf("page size %d: %d records %v, want %d once each in id order", size, len(got), got, want)
			}
		}
		put(t, s, rec("pages", "late", "Late Record", tizim.Public))
		if _, total, err := s.FindRecords(ctx, tizim.RecordFilter{Page: tizim.Page{Limit: 10}}); err != nil || total != want+1 {
			t.Fatalf("after a new record: total %d, %v; want %d", total, err, want+1)
		}
	})
}

// TestCountsFollowWrites checks that the home page's counts, kept between writes, follow a new
// record, a merge and a new facility at once.
func TestCountsFollowWrites(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		put(t, s, rec("c", "1", "Aygul", tizim.Public), rec("c", "2", "Aygul", tizim.Public))
		want := func(step string, w Counts) {
			t.Helper()
			c, err := s.Counts(ctx, tizim.Public)
			if err != nil || c != w {
				t.Fatalf("%s: counts %+v, %v; want %+v", step, c, err, w)
			}
		}
		want("seeded", Counts{People: 2, Records: 2, Sources: 1})
		put(t, s, rec("c", "3", "Memet", tizim.Public))
		want("a new record", Counts{People: 3, Records: 3, Sources: 1})
		a, _ := s.FindRecord(ctx, tizim.RecordKey{Source: "c", RecordID: "1"})
		b, _ := s.FindRecord(ctx, tizim.RecordKey{Source: "c", RecordID: "2"})
		if err := s.Judge(ctx, tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Same, By: "reviewer", Reason: "test"}); err != nil {
			t.Fatal(err)
		}
		want("a merge", Counts{People: 2, Records: 3, Sources: 1})
		if err := s.PutFacility(ctx, &tizim.Facility{Key: "camp-1", Kind: tizim.CampFacility, Names: []tizim.Name{{Text: "Camp One"}}}); err != nil {
			t.Fatal(err)
		}
		want("a facility", Counts{People: 2, Records: 3, Sources: 1, Facilities: 1})
	})
}

// TestStampFollowsWrites: the stamp changes when a record is created, when one changes and when
// a judgement moves one to another person, and only then.
func TestStampFollowsWrites(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		last := ""
		step := func(changed bool, why string) {
			t.Helper()
			got, err := s.Stamp(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if (got != last) != changed {
				t.Errorf("%s: stamp %q after %q, want changed %v", why, got, last, changed)
			}
			last = got
		}
		step(true, "empty store")
		step(false, "nothing written")
		a, b := rec("list", "1", "Memet Tursun", tizim.Public), rec("list", "2", "Memet Tursun", tizim.Public)
		put(t, s, a, b)
		step(true, "records created")
		put(t, s, rec("list", "1", "Memet Tursun", tizim.Public))
		step(false, "a record written again as it was")
		put(t, s, rec("list", "1", "Mehmet Tursun", tizim.Public))
		step(true, "a record changed")
		if err := s.Judge(ctx, tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Same, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
		step(true, "a judgement merged two records")
		step(false, "nothing written since")
	})
}
