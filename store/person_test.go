package store

import (
	"context"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// corpus writes a small set of people that every filter tells apart.
func corpus(t *testing.T, s *Store) map[string]*tizim.Record {
	t.Helper()
	d := func(s string) tizim.PartialDate {
		p, err := tizim.ParseEDTF(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	rs := map[string]*tizim.Record{
		"tohti": {Source: "court", RecordID: "1", Consent: tizim.Public, Sex: tizim.Male,
			Names:     []tizim.Name{{Text: "Ilham Tohti", Role: tizim.FullName}, {Text: "伊力哈木·土赫提", Role: tizim.Alias}},
			BirthDate: d("1969"), Ethnicity: "Uyghur", HomeCode: "653101",
			Episodes: []tizim.Episode{{Status: tizim.Detained, Start: d("2014-01")}, {Status: tizim.Sentenced, Start: d("2014-09"), Facility: "Urumqi No. 1 Prison"}}},
		"amina": {Source: "ngo-sheet", RecordID: "a-1", Consent: tizim.Partners, Sex: tizim.Female,
			Names:     []tizim.Name{{Text: "Amina", Role: tizim.GivenName}, {Text: "Tursun", Role: tizim.FatherName}},
			BirthDate: d("1985-03-02"), Ethnicity: "Kazakh", HomeCode: "654002",
			Episodes: []tizim.Episode{{Status: tizim.Camp, Start: d("2018"), Facility: "Kashgar camp No. 3"}}},
		"sealed": {Source: "ngo-sheet", RecordID: "a-2", Consent: tizim.Sealed, Sex: tizim.Male,
			Names: []tizim.Name{{Text: "Secret Witness", Role: tizim.FullName}}, BirthDate: d("1990"),
			Ethnicity: "Uyghur", HomeCode: "653101",
			Episodes: []tizim.Episode{{Status: tizim.Sentenced, Facility: "Urumqi No. 1 Prison"}}},
		"idonly": {Source: "leak", RecordID: "x", Consent: tizim.Internal, IDNumber: "653101199001010000", BirthDate: d("1990-01-01")},
	}
	for _, k := range []string{"tohti", "amina", "sealed", "idonly"} {
		put(t, s, rs[k])
	}
	return rs
}

func TestFindPeopleFilters(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rs := corpus(t, s)
		str := func(v string) *string { return &v }
		num := func(v int) *int { return &v }
		st := func(v tizim.Status) *tizim.Status { return &v }
		sx := func(v tizim.Sex) *tizim.Sex { return &v }
		cs := func(v tizim.Consent) *tizim.Consent { return &v }
		all := tizim.Sealed
		for _, c := range []struct {
			name string
			f    tizim.PersonFilter
			want []string
		}{
			{"zero clearance is public", tizim.PersonFilter{}, []string{"tohti"}},
			{"partners", tizim.PersonFilter{Clearance: tizim.Partners}, []string{"tohti", "amina"}},
			{"sealed sees all", tizim.PersonFilter{Clearance: all}, []string{"tohti", "amina", "sealed", "idonly"}},
			{"query latin, any case", tizim.PersonFilter{Query: "TOHTI", Clearance: all}, []string{"tohti"}},
			{"query han", tizim.PersonFilter{Query: "土赫提", Clearance: all}, []string{"tohti"}},
			{"query given name", tizim.PersonFilter{Query: "amin", Clearance: all}, []string{"amina"}},
			{"query wildcard is literal", tizim.PersonFilter{Query: "%", Clearance: all}, nil},
			{"query hidden by clearance", tizim.PersonFilter{Query: "secret", Clearance: tizim.Internal}, nil},
			{"status of latest episode", tizim.PersonFilter{Status: st(tizim.Sentenced), Clearance: all}, []string{"tohti", "sealed"}},
			{"earlier status does not match", tizim.PersonFilter{Status: st(tizim.Detained), Clearance: all}, nil},
			{"sex", tizim.PersonFilter{Sex: sx(tizim.Female), Clearance: all}, []string{"amina"}},
			{"home code prefix", tizim.PersonFilter{HomeCode: str("6531"), Clearance: all}, []string{"tohti", "sealed"}},
			{"home code province", tizim.PersonFilter{HomeCode: str("65"), Clearance: all}, []string{"tohti", "amina", "sealed"}},
			{"facility text", tizim.PersonFilter{Facility: str("urumqi no. 1"), Clearance: all}, []string{"tohti", "sealed"}},
			{"born from", tizim.PersonFilter{BornFrom: num(1985), Clearance: all}, []string{"amina", "sealed", "idonly"}},
			{"born range", tizim.PersonFilter{BornFrom: num(1960), BornTo: num(1985), Clearance: all}, []string{"tohti", "amina"}},
			{"source", tizim.PersonFilter{Source: str("ngo-sheet"), Clearance: all}, []string{"amina", "sealed"}},
			{"unknown source", tizim.PersonFilter{Source: str("nope"), Clearance: all}, nil},
			{"ethnicity", tizim.PersonFilter{Ethnicity: str("Uyghur"), Clearance: all}, []string{"tohti", "sealed"}},
			{"consent exactly", tizim.PersonFilter{Consent: cs(tizim.Internal), Clearance: all}, []string{"idonly"}},
			{"consent above clearance", tizim.PersonFilter{Consent: cs(tizim.Sealed), Clearance: tizim.Internal}, nil},
			{"filters combine", tizim.PersonFilter{Ethnicity: str("Uyghur"), Sex: sx(tizim.Male), BornFrom: num(1980), Clearance: all}, []string{"sealed"}},
		} {
			people, total, err := s.FindPeople(ctx, c.f)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var want []int64
			for _, k := range c.want {
				want = append(want, rs[k].PersonID)
			}
			var got []int64
			for _, p := range people {
				got = append(got, p.ID)
			}
			if total != len(want) || len(got) != len(want) {
				t.Errorf("%s: got people %v (total %d), want %v", c.name, got, total, want)
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s: got people %v, want %v", c.name, got, want)
					break
				}
			}
		}
		people, _, err := s.FindPeople(ctx, tizim.PersonFilter{Query: "tohti", Clearance: all})
		if err != nil || len(people) != 1 {
			t.Fatal(err)
		}
		if p := people[0]; p.Name != "Ilham Tohti" || p.RecordCount != 1 || p.Status != tizim.Sentenced {
			t.Errorf("person summary = %+v, want name, 1 record, sentenced", p)
		}
		people, _, _ = s.FindPeople(ctx, tizim.PersonFilter{Query: "amina", Clearance: all})
		if len(people) != 1 || people[0].Name != "Amina Tursun" {
			t.Errorf("given and father's name: %+v", people)
		}
	})
}

func TestClearanceDenies(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rs := corpus(t, s)
		sealed := rs["sealed"]
		for _, c := range []tizim.Consent{"", tizim.Public, tizim.Internal, "bogus"} {
			if _, err := s.FindPerson(ctx, sealed.PersonID, c); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("clearance %q: sealed person: %v, want ENOTFOUND", c, err)
			}
		}
		if p, err := s.FindPerson(ctx, sealed.PersonID, tizim.Sealed); err != nil || len(p.Records) != 1 {
			t.Errorf("sealed clearance: %+v, %v", p, err)
		}
		for _, c := range []struct {
			clearance tizim.Consent
			want      Counts
		}{
			{"", Counts{People: 1, Records: 1, Sources: 1}},
			{tizim.Internal, Counts{People: 3, Records: 3, Sources: 3}},
			{tizim.Sealed, Counts{People: 4, Records: 4, Sources: 3}},
		} {
			got, err := s.Counts(ctx, c.clearance)
			if err != nil || got != c.want {
				t.Errorf("Counts(%q) = %+v, %v; want %+v", c.clearance, got, err, c.want)
			}
		}
		// a person with a visible and a sealed record shows only the visible one
		if err := s.Judge(ctx, tizim.Judgement{A: rs["tohti"].ID, B: sealed.ID, Verdict: tizim.Same, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
		p, err := s.FindPerson(ctx, rs["tohti"].ID, tizim.Public)
		if err != nil || len(p.Records) != 1 || p.RecordCount != 1 || p.Records[0].ID != rs["tohti"].ID {
			t.Fatalf("merged person under public clearance = %+v, %v; want only the public record", p, err)
		}
		if _, err := s.FindPerson(ctx, sealed.ID, tizim.Public); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("the sealed record's id must not redirect for the public: %v", err)
		}
		people, _, err := s.FindPeople(ctx, tizim.PersonFilter{Query: "tohti"})
		if err != nil || len(people) != 1 || people[0].RecordCount != 1 {
			t.Errorf("public list counts the sealed record: %+v, %v", people, err)
		}
		people, _, _ = s.FindPeople(ctx, tizim.PersonFilter{Query: "secret"})
		if len(people) != 0 {
			t.Errorf("a public search matched a sealed record's name: %+v", people)
		}
	})
}

func TestHostileSearches(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		corpus(t, s)
		for _, q := range []string{"\xff\xfe", "a\x00b", strings.Repeat("ئ", 200000), "\u202e", `\`, "_", "'; DROP TABLE records; --"} {
			q := q
			people, total, err := s.FindPeople(ctx, tizim.PersonFilter{Query: q, HomeCode: &q, Facility: &q, Ethnicity: &q, Source: &q, Clearance: tizim.Sealed})
			if err != nil || total != 0 || len(people) != 0 {
				t.Errorf("query %.20q: %d people, %v; want none and no error", q, total, err)
			}
			if _, err := s.FindSource(ctx, q); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("FindSource(%.20q) = %v, want ENOTFOUND", q, err)
			}
			if _, err := s.FindRecord(ctx, tizim.RecordKey{Source: q, RecordID: q}); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("FindRecord(%.20q) = %v, want ENOTFOUND", q, err)
			}
			if _, err := s.FindFacility(ctx, q); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("FindFacility(%.20q) = %v, want ENOTFOUND", q, err)
			}
		}
		if c, _ := s.Counts(ctx, tizim.Sealed); c.Records != 4 {
			t.Errorf("after hostile searches %d records, want 4", c.Records)
		}
		people, _, err := s.FindPeople(ctx, tizim.PersonFilter{Clearance: tizim.Sealed, Page: tizim.Page{Offset: -5, Limit: -1}})
		if err != nil || len(people) != 4 {
			t.Errorf("negative page: %d people, %v; want all 4", len(people), err)
		}
	})
}
