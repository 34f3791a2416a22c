package tizim

import "testing"

func TestConflicts(t *testing.T) {
	d := func(s string) PartialDate {
		p, err := ParseEDTF(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	rs := []*Record{
		{Source: "a", RecordID: "1", Sex: Male, BirthDate: d("1984"), IDNumber: "6531**********123X"},
		{Source: "b", RecordID: "2", Sex: Male, BirthDate: d("1984-01-26"), IDNumber: "65310119840126123X"},
		{Source: "c", RecordID: "3", Sex: Female, BirthDate: d("1985-03")},
	}
	got := map[string]int{}
	for _, c := range Conflicts(rs) {
		got[c.Field] = len(c.Values)
	}
	if got["sex"] != 2 {
		t.Errorf("sex conflict with %d values, want 2 (all %v)", got["sex"], got)
	}
	if got["birth_date"] != 3 {
		t.Errorf("birth_date conflict with %d values, want 3 (all %v)", got["birth_date"], got)
	}
	if _, ok := got["id_number"]; ok {
		t.Errorf("a masked number that fits must not conflict (all %v)", got)
	}
	if c := Conflicts(rs[:2]); len(c) != 0 {
		t.Errorf("1984 and 1984-01-26 conflict: %v", c)
	}
}

// TestConflictsFirstArrest checks that records disagreeing on when the person was first taken
// show as a conflict, and that a later episode or a coarser date does not.
func TestConflictsFirstArrest(t *testing.T) {
	taken := func(key string, starts ...PartialDate) *Record {
		r := &Record{Source: key, RecordID: "1"}
		for _, s := range starts {
			r.Episodes = append(r.Episodes, Episode{Status: Detained, Start: s})
		}
		return r
	}
	day := PartialDate{Year: 2017, Month: 4, Day: 12}
	cases := []struct {
		name string
		rs   []*Record
		want int // values of the detained_on conflict; 0 for none
	}{
		{"the day and its year", []*Record{taken("a", day), taken("b", PartialDate{Year: 2017})}, 0},
		{"a later episode besides the first", []*Record{taken("a", PartialDate{Year: 2019, Month: 2}, day), taken("b", day)}, 0},
		{"a record without a date", []*Record{taken("a", day), taken("b", PartialDate{})}, 0},
		{"two years", []*Record{taken("a", day), taken("b", PartialDate{Year: 2018, Month: 6})}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := 0
			for _, c := range Conflicts(tc.rs) {
				if c.Field == "detained_on" {
					got = len(c.Values)
				}
			}
			if got != tc.want {
				t.Errorf("detained_on conflict with %d values, want %d", got, tc.want)
			}
		})
	}
}

// TestConflictsFromAge: a record without a birth date takes the side of the years an age in its
// notes allows, marked as such; an age that fits the others' dates is no conflict.
func TestConflictsFromAge(t *testing.T) {
	rs := []*Record{
		{Source: "a", RecordID: "1", BirthDate: PartialDate{Year: 1984}},
		{Source: "b", RecordID: "2", Notes: "aged 35 in 2019"}, // 1983/1984: fits
	}
	if c := Conflicts(rs); len(c) != 0 {
		t.Errorf("an age that fits conflicts: %+v", c)
	}
	rs = append(rs, &Record{Source: "c", RecordID: "3", Notes: "aged 30 in 2019"}) // 1988/1989
	c := Conflicts(rs)
	if len(c) != 1 || c[0].Field != "birth_date" || len(c[0].Values) != 3 {
		t.Fatalf("conflicts %+v, want birth_date with three sides", c)
	}
	for _, v := range c[0].Values {
		want := v.Records[0].Source != "a"
		if v.FromAge != want {
			t.Errorf("%s from %v: from an age %v, want %v", v.Value, v.Records, v.FromAge, want)
		}
	}
	if v := c[0].Values[2]; v.Value != "1988/1989" || v.Records[0].Source != "c" {
		t.Errorf("last side %+v, want 1988/1989 from c", v)
	}
}
