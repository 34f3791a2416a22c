package tizim

import (
	"encoding/json"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"1984-01-26", "1984-01-26"},
		{"19840126", "1984-01-26"},
		{"1984年1月26日", "1984-01-26"},
		{"1984年1月", "1984-01"},
		{"1984年", "1984"},
		{"26.01.1984", "1984-01-26"},
		{"26/01/1984", "1984-01-26"},
		{"01/26/1984", "1984-01-26"},
		{"1984/01/26", "1984-01-26"},
		{"1984", "1984"},
		{"c. 1984", "1984~"},
		{"about 1984", "1984~"},
		{"spring 2017", "2017~"},
		{"2017~", "2017~"},
		{"2017?", "2017?"},
		{"2017/2018", "2017/2018"},
		{"2017-2018", "2017/2018"},
		{"14 May 2017", "2017-05-14"},
		{"May 2017", "2017-05"},
		{"May 14, 2017", "2017-05-14"},
		{"１９８４年１月２６日", "1984-01-26"},
		{"05.2017", "2017-05"},
		{"1980s", "1980/1989"},
		{"", ""},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"31.02.1984", "19841301", "next tuesday", "1984-13", "2018/2017", "0000", "12345678901"} {
		if d, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %q, want an error", in, d)
		} else if ErrorCode(err) != EINVALID {
			t.Errorf("ParseDate(%q) error code %q, want %q", in, ErrorCode(err), EINVALID)
		}
	}
}

func TestEDTFRoundTrip(t *testing.T) {
	for _, s := range []string{"2017", "2017-05", "2017-05-14", "2017~", "2017-05?", "2017%", "2017/2018", "2016-03/2019"} {
		d, err := ParseEDTF(s)
		if err != nil {
			t.Fatalf("ParseEDTF(%q): %v", s, err)
		}
		if d.String() != s {
			t.Errorf("ParseEDTF(%q).String() = %q", s, d.String())
		}
	}
}

func TestCompatible(t *testing.T) {
	mustDate := func(s string) PartialDate {
		d, err := ParseEDTF(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"1984", "1984-01-26", true},
		{"1984-02", "1984-01-26", false},
		{"1984-01", "1984-01-26", true},
		{"1984-01-26", "1984-01-27", false},
		{"1983~", "1984-06-01", true},
		{"1981~", "1984-06-01", false},
		{"2017/2019", "2018-03", true},
		{"", "1984", true},
	}
	for _, tt := range tests {
		if got := mustDate(tt.a).Compatible(mustDate(tt.b)); got != tt.want {
			t.Errorf("%s compatible with %s = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := mustDate(tt.b).Compatible(mustDate(tt.a)); got != tt.want {
			t.Errorf("%s compatible with %s = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type holder struct {
		D PartialDate `json:"d"`
	}
	for _, s := range []string{"", "1984", "1984-01-26", "2017~", "2017/2018"} {
		d, err := ParseEDTF(s)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(holder{d})
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"d":"` + s + `"}`; string(b) != want {
			t.Errorf("json of %q = %s, want %s", s, b, want)
		}
		var back holder
		if err := json.Unmarshal(b, &back); err != nil || back.D.String() != s {
			t.Errorf("json round trip of %q = %q, %v", s, back.D.String(), err)
		}
	}
	var h holder
	if err := json.Unmarshal([]byte(`{"d":{"Year":1984,"Month":1}}`), &h); err != nil || h.D.String() != "1984-01" {
		t.Errorf("object form read as %q, %v", h.D.String(), err)
	}
	if err := json.Unmarshal([]byte(`{"d":"31.02.1984"}`), &h); err == nil {
		t.Error("an impossible date was read from JSON")
	}
}

func BenchmarkParseDate(b *testing.B) {
	in := []string{"1984-01-26", "19840126", "1984年1月26日", "26.01.1984", "1984", "c. 1984", "14 May 2017"}
	for i := 0; i < b.N; i++ {
		if _, err := ParseDate(in[i%len(in)]); err != nil {
			b.Fatal(err)
		}
	}
}
