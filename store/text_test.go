package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/tizim/tizim"
)

func TestEDTFMatchesPartialDate(t *testing.T) {
	end := tizim.PartialDate{Year: 2018, Month: 3}
	for _, d := range []tizim.PartialDate{
		{},
		{Year: 1984},
		{Year: 1984, Month: 1, Day: 26},
		{Year: 984, Month: 2, Day: 29 - 1},
		{Year: 2017, Month: 5, Approximate: true},
		{Year: 2017, Uncertain: true},
		{Year: 2017, Approximate: true, Uncertain: true},
		{Year: 2017, End: &end},
		{Year: 2000, Month: 2, Day: 29},
	} {
		got, err := edtf(d)
		if err != nil || got != d.String() {
			t.Errorf("edtf(%+v) = %q, %v; want %q", d, got, err, d.String())
			continue
		}
		back, err := tizim.ParseEDTF(got)
		if err != nil || back.String() != got {
			t.Errorf("%q does not read back: %v", got, err)
		}
	}
	before := tizim.PartialDate{Year: 2010}
	for _, d := range []tizim.PartialDate{
		{Year: 1984, Month: 13},
		{Year: 1984, Day: 3},
		{Year: 2001, Month: 2, Day: 29},
		{Year: 10000},
		{Year: -5},
		{Year: 2017, End: &before},
		{End: &end},
	} {
		if s, err := edtf(d); err == nil {
			t.Errorf("edtf(%+v) = %q, want an error", d, s)
		}
	}
}

func TestJSONWritersMatchEncodingJSON(t *testing.T) {
	nasty := "a\"b\\c\x01\n\t<&>\u2028\u2029\xff\xfe ئىلھام 伊力哈木 \U0001F600"
	names := []tizim.Name{{Text: nasty, Script: "mixed", Role: tizim.Alias}, {Text: ""}}
	eps := []episode{{Status: tizim.Camp, Start: "2017", Facility: nasty, FacilityID: 7}, {}}
	rels := []tizim.Relative{{Relation: "father", Name: nasty, Note: "n"}, {}}
	raw := []tizim.Field{{Column: "姓名", Value: nasty}, {}}
	warns := []string{nasty, ""}
	for _, c := range []struct {
		mine string
		v    any
		into any
	}{
		{namesJSON(names), names, &[]tizim.Name{}},
		{episodesJSON(eps), eps, &[]episode{}},
		{relativesJSON(rels), rels, &[]tizim.Relative{}},
		{fieldsJSON(raw), raw, &[]tizim.Field{}},
		{stringsJSON(warns), warns, &[]string{}},
		{namesJSON(nil), []tizim.Name{}, &[]tizim.Name{}},
	} {
		std, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		want := reflect.New(reflect.TypeOf(c.into).Elem()).Interface()
		if err := json.Unmarshal(std, want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(c.mine), c.into); err != nil {
			t.Fatalf("%s: %v", c.mine, err)
		}
		if !reflect.DeepEqual(c.into, want) {
			t.Errorf("writer gives %s\nwhich reads as %+v\nencoding/json reads %+v", c.mine, c.into, want)
		}
	}
}
