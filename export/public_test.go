package export

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// everything returns a record with every field set, at a consent level.
func everything(id int64, person int64, c tizim.Consent) *tizim.Record {
	end := tizim.PartialDate{Year: 2019}
	return &tizim.Record{
		ID: id, PersonID: person, Source: "list-a", RecordID: "r" + string(rune('0'+id)),
		Names:     []tizim.Name{{Text: "Secret Name", Role: tizim.FullName}, {Text: "Secret", Role: tizim.GivenName}},
		Sex:       tizim.Female,
		BirthDate: tizim.PartialDate{Year: 1980, Month: 3, Day: 9},
		IDNumber:  "653125198003090020", Ethnicity: "Uyghur", HomeCode: "653125", HomePlace: "Secret Village",
		Occupation: "teacher",
		Episodes: []tizim.Episode{{Status: tizim.Camp, Start: tizim.PartialDate{Year: 2017, Month: 5, Day: 14},
			End: end, Facility: "Camp 3", Charges: "praying", Sentence: ""}},
		Relatives: []tizim.Relative{{Relation: "brother", Name: "Secret Brother"}},
		Notes:     "family contact +90 555 0000", Consent: c,
		Raw:      []tizim.Field{{Column: "名字", Value: "Secret Name"}},
		Warnings: []string{"sex: secret warning"},
	}
}

func TestPublic(t *testing.T) {
	recs := []*tizim.Record{
		everything(1, 1, tizim.Public), everything(2, 2, tizim.Anonymised), everything(3, 3, tizim.Partners),
		everything(4, 4, tizim.Internal), everything(5, 5, tizim.Sealed), everything(6, 6, "bogus"),
	}
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(context.Background(), &buf, Slice(recs), Options{Format: format, Public: true}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if format == "xlsx" {
				out = xlsxText(t, buf.Bytes())
			}
			for _, never := range []string{"653125198003090020", "family contact", "Secret Brother", "secret warning", "teacher", "名字", "partners", "internal", "sealed", "bogus"} {
				if strings.Contains(out, never) {
					t.Errorf("public %s export contains %q", format, never)
				}
			}
			// The public record shows these once; the anonymised one must not.
			for _, once := range []string{"Secret Name", "Secret Village", "2017-05-14", "1980-03-09"} {
				if n := strings.Count(out, once); n != 1 {
					t.Errorf("%q appears %d times, want once (in the public record only)", once, n)
				}
			}
			if format == "ftm" {
				if strings.Contains(out, "anon-") {
					t.Errorf("FtM has no anonymised entities (a Person needs a name)")
				}
				return
			}
			if !strings.Contains(out, "anon-1") {
				t.Errorf("the anonymised record needs its own id, not its source's")
			}
			if strings.Count(out, "2017-05") != 2 || strings.Count(out, "1980") != 2 {
				t.Errorf("the anonymised record must keep the month of detention and the birth year:\n%s", out)
			}
		})
	}
}

func TestPublicPeopleLeavesOutAnonymised(t *testing.T) {
	recs := []*tizim.Record{everything(1, 1, tizim.Public), everything(2, 1, tizim.Anonymised), everything(3, 3, tizim.Anonymised)}
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, Slice(recs), Options{Format: "jsonl", People: true, Public: true}); err != nil {
		t.Fatal(err)
	}
	var p jsonPerson
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d people, want 1:\n%s", len(lines), buf.String())
	}
	if err := json.Unmarshal([]byte(lines[0]), &p); err != nil {
		t.Fatal(err)
	}
	if p.Person != 1 || len(p.Records) != 1 || p.Records[0].Consent != "public" {
		t.Errorf("person %+v", p)
	}
}

// A public record from a source that is not itself public is written without the source's key
// or its row id: the key of a sealed source can name an informant.
func TestPublicHidesClosedSources(t *testing.T) {
	open, closed := everything(1, 1, tizim.Public), everything(2, 2, tizim.Public)
	open.Source, open.RecordID = "press-2019", "row-17"
	closed.Source, closed.RecordID = "informant-aksu", "row-42"
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			opt := Options{Format: format, Public: true, PublicSources: map[string]bool{"press-2019": true}}
			if err := Write(context.Background(), &buf, Slice([]*tizim.Record{open, closed}), opt); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if format == "xlsx" {
				out = xlsxText(t, buf.Bytes())
			}
			for _, never := range []string{"informant-aksu", "row-42"} {
				if strings.Contains(out, never) {
					t.Errorf("public %s export names the closed source: %q", format, never)
				}
			}
			for _, want := range []string{"press-2019", "row-17", "record-2"} {
				if !strings.Contains(out, want) {
					t.Errorf("public %s export lacks %q", format, want)
				}
			}
		})
	}
}
