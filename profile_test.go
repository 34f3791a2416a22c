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
