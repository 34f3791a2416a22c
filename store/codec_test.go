package store

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"golang.org/x/text/unicode/norm"
)

// hashedRecord has every part that the content hash covers, with text that JSON must escape.
func hashedRecord() *tizim.Record {
	nasty := "a\"b\\c\x01\n\t<&>\u2028\u2029 ئىلھام 伊力哈木 \U0001F600"
	return &tizim.Record{
		Source: "police-list-a", RecordID: "17", Sex: tizim.Male, IDNumber: "653228198001163520",
		BirthDate: tizim.PartialDate{Year: 1980, Month: 1, Day: 16}, Ethnicity: "Uyghur",
		HomeCode: "653228", HomePlace: "Guma", Occupation: "teacher", Notes: nasty,
		Consent: tizim.DefaultConsent,
		Names:   []tizim.Name{{Text: "Ilham Tohti", Script: "latin"}, {Text: "伊力哈木·土赫提", Role: tizim.Alias}},
		Episodes: []tizim.Episode{{Status: tizim.Camp, Start: tizim.PartialDate{Year: 2017, Month: 4},
			Facility: "Guma camp", Sentence: nasty}},
		Relatives: []tizim.Relative{{Relation: "brother", Name: nasty}},
		Raw:       []tizim.Field{{Column: "姓名", Value: "伊力哈木·土赫提"}, {Column: "备注", Value: nasty}},
		Warnings:  []string{"birth date guessed", nasty},
	}
}

// TestContentHashIsStable: the content hash of a record does not change between versions of
// the encoder, or every record of a database would be reported Updated (and get a history row)
// on the next import of the same file.
func TestContentHashIsStable(t *testing.T) {
	r := hashedRecord()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	w, err := encode(r)
	if err != nil {
		t.Fatal(err)
	}
	const want = "1c8375d43d8f7ac5c8d4342f4087eb73ca126fb3cefe72388a1f685fb9b82f58" // written at cbe75de
	if got := hex.EncodeToString(w.hash); got != want {
		t.Errorf("content hash %s, want %s", got, want)
	}
	for _, c := range []struct{ col, got, want string }{
		{"names", w.names, namesJSON(r.Names)},
		{"relatives", w.relatives, relativesJSON(r.Relatives)},
		{"raw", w.raw, rawJSON(r.Raw)},
		{"warnings", w.warnings, stringsJSON(r.Warnings)},
	} {
		if c.got != c.want {
			t.Errorf("%s column %s, want %s", c.col, c.got, c.want)
		}
	}
}

// TestFoldIsNFKCLowerCase: the shortcut for text without upper case gives what lower-casing
// gives.
func TestFoldIsNFKCLowerCase(t *testing.T) {
	for _, s := range []string{"", "ilham tohti", "Ilham Tohti", "伊力哈木·土赫提", "ئىلھام توختى",
		"Абдуреһимов Абдувәли", "абдуреһимов", "Turghun Kérim", "ＡＢＣ ﬁ", "İlham", "ΣΑΣ", "\xff",
		"Ǆemal", "ǅ", "tohti Ⅷ", "ß"} {
		if got, want := fold(s), strings.ToLower(norm.NFKC.String(s)); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
