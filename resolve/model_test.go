package resolve

import "testing"

// TestIdentifiedOnlyByNumber: names with nothing in common, or birth dates years apart, merge
// automatically only on an identity number that agrees, however much else agrees; a birthday
// is not enough for names with nothing in common.
func TestIdentifiedOnlyByNumber(t *testing.T) {
	m := DefaultModel(Options{})
	vec := func(name, birth, id int8) *comparison {
		c := &comparison{}
		for f := range c.v {
			c.v[f] = -1
		}
		c.v[fName], c.v[fBirth], c.v[fID] = name, birth, id
		c.v[fHome], c.v[fSex], c.v[fFacility], c.v[fStatus] = 0, 0, 0, 0
		return c
	}
	cases := []struct {
		name   string
		c      *comparison
		enough bool
	}{
		{"names with nothing in common, born the same day", vec(nameDiffer, birthExact, -1), false},
		{"names with nothing in common, the same number", vec(nameDiffer, birthExact, idExact), true},
		{"names with nothing in common, one digit off", vec(nameDiffer, birthExact, idOneDigit), true},
		{"one name, born years apart", vec(nameExact, birthDiffer, -1), false},
		{"one name, born years apart, masked numbers that agree", vec(nameExact, birthDiffer, idMasked), true},
		{"one name, born the same year", vec(nameExact, birthCompat, -1), true},
		{"a part against another, born the same day", vec(namePartial, birthExact, -1), true},
	}
	for _, tc := range cases {
		if got := m.enoughEvidence(tc.c); got != tc.enough {
			t.Errorf("%s: enough = %v, want %v", tc.name, got, tc.enough)
		}
	}
	// LooseNames lifts the rules on names, not the one on births.
	loose := DefaultModel(Options{LooseNames: true})
	if !loose.enoughEvidence(vec(nameDiffer, birthExact, -1)) {
		t.Error("LooseNames: names with nothing in common, born the same day, may not merge")
	}
	if loose.enoughEvidence(vec(nameExact, birthDiffer, -1)) {
		t.Error("LooseNames: one name, born years apart, may merge without a number")
	}
}
