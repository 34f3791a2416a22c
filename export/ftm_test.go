package export

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestFtM(t *testing.T) {
	a := everything(1, 1, tizim.Internal)
	a.Names = append(a.Names, tizim.Name{Text: "ئىلھام", Role: tizim.FullName}, tizim.Name{Text: "Tohti", Role: tizim.FatherName})
	a.BirthDate = tizim.PartialDate{Year: 1969, Approximate: true}
	b := everything(2, 1, tizim.Internal)
	b.Source, b.RecordID = "list b", "7"
	b.Sex = tizim.Male // a conflict between sources stays visible
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, Slice([]*tizim.Record{a, b}), Options{Format: "ftm"}); err != nil {
		t.Fatal(err)
	}
	var es []entity
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var e entity
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	if len(es) != 2 || es[0].ID != "tizim-list-a-r1" || es[0].Schema != "Person" || !strings.HasPrefix(es[1].ID, "tizim-") || len(es[1].ID) != 26 {
		t.Fatalf("entities %+v", es)
	}
	want := map[string][]string{
		"name": {"Secret Name", "ئىلھام"}, "firstName": {"Secret"}, "fatherName": {"Tohti"},
		"gender": {"female"}, "birthDate": {"1969"}, "idNumber": {"653125198003090020"},
		"ethnicity": {"Uyghur"}, "address": {"Secret Village"}, "notes": {"family contact +90 555 0000"},
		"publisher": {"list-a"}, "description": {"camp since 2017-05-14 until 2019 at Camp 3; charges: praying"},
		"profession": {"teacher"},
	}
	if !reflect.DeepEqual(es[0].Properties, want) {
		t.Errorf("properties\n got %v\nwant %v", es[0].Properties, want)
	}

	buf.Reset()
	if err := Write(context.Background(), &buf, Slice([]*tizim.Record{a, b}), Options{Format: "ftm", People: true}); err != nil {
		t.Fatal(err)
	}
	var p entity
	if err := json.Unmarshal(buf.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.ID != "tizim-person-1" || !reflect.DeepEqual(p.Properties["gender"], []string{"female", "male"}) ||
		!reflect.DeepEqual(p.Properties["publisher"], []string{"list-a", "list b"}) {
		t.Errorf("person entity %+v", p)
	}
}

func TestPeopleMustComeTogether(t *testing.T) {
	recs := []*tizim.Record{everything(1, 1, tizim.Internal), everything(2, 2, tizim.Internal), everything(3, 1, tizim.Internal)}
	err := Write(context.Background(), &bytes.Buffer{}, Slice(recs), Options{Format: "jsonl", People: true})
	if err == nil || !strings.Contains(err.Error(), "person 1 do not come together") {
		t.Errorf("error %v", err)
	}
	if err := Write(context.Background(), &bytes.Buffer{}, Slice(recs), Options{Format: "csv", People: true}); err != nil {
		t.Errorf("csv writes a person column and does not need grouping: %v", err)
	}
	if err := Write(context.Background(), &bytes.Buffer{}, Slice(recs), Options{Format: "pdf"}); err == nil || tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}
