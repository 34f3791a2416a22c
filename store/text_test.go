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

// TestRawRoundTrip: a raw row reads back as it was written, in the compact form and in the
// object form of databases written earlier; a damaged one is an error, not a panic.
func TestRawRoundTrip(t *testing.T) {
	nasty := "a\"b\\c\x01\n\t<&>\u2028\u2029 ئىلھام 伊力哈木 \U0001F600"
	for _, fs := range [][]tizim.Field{
		{{Column: "姓名", Value: nasty}, {}, {Column: "备注", Value: ""}},
		{{Column: "name", Value: "Ilham Tohti"}},
		nil,
	} {
		for _, text := range []string{rawJSON(fs), fieldsJSON(fs)} {
			got, err := parseRaw(text)
			if err != nil {
				t.Fatalf("parseRaw(%s): %v", text, err)
			}
			if len(got) != len(fs) || (len(fs) > 0 && !reflect.DeepEqual(got, fs)) {
				t.Errorf("parseRaw(%s) = %q, want %q", text, got, fs)
			}
		}
	}
	if a, b := len(rawJSON([]tizim.Field{{Column: "sex", Value: "m"}})), len(fieldsJSON([]tizim.Field{{Column: "sex", Value: "m"}})); a >= b-15 {
		t.Errorf("compact raw row is %d bytes, the object form %d", a, b)
	}
	for _, bad := range []string{`["a"]`, `["a",1]`, `[{"column":`, `{}`, ``, "[\"\xff\"]x"} {
		if _, err := parseRaw(bad); err == nil {
			t.Errorf("parseRaw(%q) read a damaged raw row", bad)
		}
	}
}

// TestJSONStringMatchesEncodingJSON: what appendJSONString writes reads back as what
// encoding/json writes, on the fast path for plain text and on the slow one.
func TestJSONStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "Ilham Tohti", "伊力哈木·土赫提", "ئىلھام", "a\u2028", "\u2029b", "\xe2\x80",
		"x\xe2\x80\xa8", "tab\there", `q"uote`, `back\slash`, "\xff", "é\x7f", "<&>"} {
		std, _ := json.Marshal(s)
		var got, want string
		if err := json.Unmarshal(std, &want); err != nil {
			t.Fatal(err)
		}
		mine := appendJSONString(nil, s)
		if err := json.Unmarshal(mine, &got); err != nil || got != want {
			t.Errorf("appendJSONString(%q) = %s, reads back as %q (%v), want %q", s, mine, got, err, want)
		}
	}
}
