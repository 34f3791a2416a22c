package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestPutUpdateUnchangedHistory(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		birth, _ := tizim.ParseEDTF("1969-10-25")
		start, _ := tizim.ParseEDTF("2014-01~")
		r := &tizim.Record{
			Source: "court-list", RecordID: "17", Consent: tizim.Public,
			Names: []tizim.Name{{Text: "Ilham Tohti", Script: "latin", Role: tizim.FullName},
				{Text: "ئىلھام توختى", Script: "arabic", Role: tizim.FullName}},
			Sex: tizim.Male, BirthDate: birth, IDNumber: "650102196910250000", Ethnicity: "Uyghur",
			HomeCode: "654002", HomePlace: "Atush", Occupation: "economist",
			Episodes:  []tizim.Episode{{Status: tizim.Sentenced, Start: start, Facility: "Urumqi No. 1 Prison", Sentence: "life"}},
			Relatives: []tizim.Relative{{Relation: "daughter", Name: "Jewher"}},
			Notes:     "synthetic test record", Raw: []tizim.Field{{Column: "name", Value: "Ilham Tohti"}},
			Warnings: []string{"birth_date: kept as given"},
		}
		if got := put(t, s, r); got[0] != tizim.Created {
			t.Fatalf("first put = %v, want Created", got[0])
		}
		if r.ID == 0 || r.PersonID != r.ID {
			t.Fatalf("new record: ID %d, PersonID %d; want its own id as person", r.ID, r.PersonID)
		}
		got, err := s.FindRecord(ctx, r.Key())
		if err != nil {
			t.Fatal(err)
		}
		if got.Created.IsZero() || got.Updated.IsZero() {
			t.Errorf("stored record has no times: %+v", got)
		}
		want := *r
		want.Created, want.Updated = got.Created, got.Updated
		if !reflect.DeepEqual(got, &want) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, &want)
		}
		again := *r
		again.ID, again.PersonID = 0, 0
		if o := put(t, s, &again); o[0] != tizim.Unchanged || again.ID != r.ID {
			t.Fatalf("same record again = %v (id %d), want Unchanged with id %d", o[0], again.ID, r.ID)
		}
		changed := again
		changed.Notes = "corrected by a second source"
		changed.Names = []tizim.Name{{Text: "Ilham Toxti", Role: tizim.FullName}}
		if o := put(t, s, &changed); o[0] != tizim.Updated || changed.ID != r.ID {
			t.Fatalf("changed record = %v (id %d), want Updated with id %d", o[0], changed.ID, r.ID)
		}
		hist, err := s.RecordHistory(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 1 || hist[0].Notes != r.Notes || hist[0].ID != r.ID {
			t.Fatalf("history = %+v, want the first version", hist)
		}
		// the name index follows the update
		for q, n := range map[string]int{"toxti": 1, "tohti": 0, "ئىلھام": 0} {
			_, total, err := s.FindPeople(ctx, tizim.PersonFilter{Query: q, Clearance: tizim.Sealed})
			if err != nil || total != n {
				t.Errorf("search %q after update: %d, %v; want %d", q, total, err, n)
			}
		}
		if _, err := s.RecordHistory(ctx, 999999); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("history of a missing record: %v, want ENOTFOUND", err)
		}
		if _, err := s.FindRecordByID(ctx, 999999); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("missing record: %v, want ENOTFOUND", err)
		}
		if _, err := s.FindRecord(ctx, tizim.RecordKey{Source: "court-list", RecordID: "18"}); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("missing key: %v, want ENOTFOUND", err)
		}
	})
}

func TestPutRejects(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		bad := func(mut func(r *tizim.Record)) *tizim.Record {
			r := rec("list", "1", "Ilham Tohti", tizim.Internal)
			mut(r)
			return r
		}
		for name, r := range map[string]*tizim.Record{
			"no source":       bad(func(r *tizim.Record) { r.Source = "" }),
			"no record id":    bad(func(r *tizim.Record) { r.RecordID = " " }),
			"no name or id":   bad(func(r *tizim.Record) { r.Names = nil }),
			"no consent":      bad(func(r *tizim.Record) { r.Consent = "" }),
			"invalid UTF-8":   bad(func(r *tizim.Record) { r.Names[0].Text = "Ilham\xff" }),
			"NUL in notes":    bad(func(r *tizim.Record) { r.Notes = "a\x00b" }),
			"impossible date": bad(func(r *tizim.Record) { r.BirthDate = tizim.PartialDate{Year: 1984, Month: 13} }),
		} {
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Put(ctx, r); tizim.ErrorCode(err) != tizim.EINVALID {
				t.Errorf("%s: Put = %v, want EINVALID", name, err)
			}
			w.Rollback()
		}
		// hostile but storable text comes back as it went in
		r := rec("list", "2", "\u202eitlhoT mahlI\u202c "+strings.Repeat("ž", 100000), tizim.Internal)
		put(t, s, r)
		got, err := s.FindRecordByID(ctx, r.ID)
		if err != nil || got.Names[0].Text != r.Names[0].Text {
			t.Errorf("bidi and long name did not round-trip: %v", err)
		}
	})
}

func TestRollbackWritesNothing(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		w, err := s.BeginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 10 {
			if _, err := w.Put(ctx, rec("new-source", string(rune('a'+i)), "Name", tizim.Public)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Rollback(); err != nil {
			t.Fatal(err)
		}
		c, err := s.Counts(ctx, tizim.Sealed)
		if err != nil || c != (Counts{}) {
			t.Errorf("after rollback counts = %+v, %v; want all zero", c, err)
		}
		if _, err := w.Put(ctx, rec("x", "1", "Name", tizim.Public)); err == nil {
			t.Error("Put after Rollback succeeded")
		}
	})
}

func TestFindRecordsPagesWithoutCap(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const n = 1200 // more than any page size a hidden cap would use
		var rs []*tizim.Record
		for i := range n {
			c := tizim.Internal
			if i%3 == 0 {
				c = tizim.Sealed
			}
			src := "a"
			if i%2 == 0 {
				src = "b"
			}
			rs = append(rs, rec(src, string(rune(0x4e00+i)), "Person", c))
		}
		put(t, s, rs...)
		all, total, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
		if err != nil || len(all) != n || total != n {
			t.Fatalf("limit 0: %d records, total %d, %v; want %d", len(all), total, err, n)
		}
		for i := 1; i < len(all); i++ {
			if all[i-1].ID >= all[i].ID {
				t.Fatal("records not ordered by id")
			}
		}
		var paged []int64
		for off := 0; ; off += 500 {
			page, total, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Offset: off, Limit: 500}})
			if err != nil || total != n {
				t.Fatalf("page at %d: total %d, %v", off, total, err)
			}
			if len(page) == 0 {
				break
			}
			for _, r := range page {
				paged = append(paged, r.ID)
			}
		}
		if len(paged) != n || paged[0] != all[0].ID || paged[n-1] != all[n-1].ID {
			t.Errorf("pages gave %d records, want %d", len(paged), n)
		}
		tail, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Offset: n - 5}})
		if err != nil || len(tail) != 5 {
			t.Errorf("offset without limit: %d records, %v; want 5", len(tail), err)
		}
		b := "b"
		for _, c := range []struct {
			f    tizim.RecordFilter
			want int
		}{
			{tizim.RecordFilter{}, 0}, // the zero clearance is public
			{tizim.RecordFilter{Clearance: tizim.Internal}, n - n/3},
			{tizim.RecordFilter{Clearance: "nonsense"}, 0},
			{tizim.RecordFilter{Clearance: tizim.Sealed, Source: &b}, n / 2},
			{tizim.RecordFilter{Clearance: tizim.Sealed, PersonID: &all[7].ID}, 1},
		} {
			rs, total, err := s.FindRecords(ctx, c.f)
			if err != nil || total != c.want || len(rs) != c.want {
				t.Errorf("FindRecords(%+v) = %d (total %d), %v; want %d", c.f, len(rs), total, err, c.want)
			}
		}
	})
}
