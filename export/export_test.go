package export

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

// source is a synthetic list with the awkward values real lists have: several scripts,
// names that start with formula characters, Chinese dates and statuses, quotes and commas,
// given and father's names instead of a full name, rows without a record id.
const source = `source,record_id,name,given_name,father_name,sex,birth_date,id_number,ethnicity,hometown,status,detained_on,facility,sentence,charges,notes,consent,职业
list-a,1,Ilham Tohti | ئىلھام توختى | 伊力哈木·土赫提,,,男,1969年10月25日,,Uyghur,Atush,判刑,2014-01-15,"Urumqi ""No. 1"" Prison",life,separatism,"economist, teacher",public,economist
list-a,2,-gül Abla,,,f,c. 1980,,Uyghur,莎车县,教培,2017-05,,,,"=HYPERLINK(""http://x"")",internal,
list-a,,,Memet,Tursun,m,1975/1976,653125197501010011,,Yarkand,released,,,,,@notes,partners,-
list-b,x 7,+7 Aygül,,,,,,,,,,,,,	tab first,sealed,
list-b,8,Абдулла Ахмет,,,м,26.01.1984,,уйгур,,,,,,,,anonymised,учитель
`

func ingestAll(t *testing.T, name string, data []byte) []*tizim.Record {
	t.Helper()
	r, err := ingest.Open(name, bytes.NewReader(data), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []*tizim.Record
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(row.Problems) > 0 {
			t.Fatalf("%s line %d: %v", name, row.Line, row.Problems)
		}
		out = append(out, row.Record)
	}
}

// comparable strips what is not carried by an export: the raw row, which holds the cells as
// the first file had them.
func comparable(recs []*tizim.Record) []*tizim.Record {
	out := make([]*tizim.Record, len(recs))
	for i, r := range recs {
		c := *r
		c.Raw = nil
		out[i] = &c
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	orig := ingestAll(t, "source.csv", []byte(source))
	if len(orig) != 5 {
		t.Fatalf("source has %d records", len(orig))
	}
	orig[2].HomeCode = "653100" // a code the list gave, which its place name alone does not
	for _, format := range []string{"csv", "xlsx", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(context.Background(), &buf, Slice(orig), Options{Format: format}); err != nil {
				t.Fatal(err)
			}
			back := ingestAll(t, "export."+format, buf.Bytes())
			want, got := comparable(orig), comparable(back)
			if len(got) != len(want) {
				t.Fatalf("%d records back, want %d", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("record %d:\n got %+v\nwant %+v", i, got[i], want[i])
				}
			}
		})
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	recs := ingestAll(t, "source.csv", []byte(source))
	recs = append(recs, &tizim.Record{Source: "s", RecordID: "9", Names: []tizim.Name{{Text: "A"}}, Notes: "\ttab first\r", Consent: tizim.Internal})
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, Slice(recs), Options{Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeffsource,record_id,name,") {
		t.Errorf("CSV must start with a BOM and the interchange header: %.60q", out)
	}
	for _, want := range []string{`,'-gül Abla,`, `"'=HYPERLINK(""http://x"")"`, `,'@notes,`, `,'+7 Aygül,`, "\"'\ttab first\r\""} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		for _, cell := range strings.Split(line, ",") {
			if c := strings.TrimPrefix(cell, `"`); c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("cell %q starts with a formula character", cell)
			}
		}
	}
}

func TestWriteStopsOnCancelAndSourceError(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	many := make([]*tizim.Record, 2000)
	for i := range many {
		many[i] = &tizim.Record{Source: "s", RecordID: "r", Names: []tizim.Name{{Text: "A"}}, Consent: tizim.Internal}
	}
	for _, format := range Formats {
		if err := Write(ctx, io.Discard, Slice(many), Options{Format: format}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: cancelled export returned %v", format, err)
		}
	}
	failing := func(yield func(*tizim.Record, error) bool) {
		yield(nil, errors.New("disk on fire"))
	}
	if err := Write(context.Background(), io.Discard, failing, Options{Format: "xlsx"}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("source error: %v", err)
	}
}
