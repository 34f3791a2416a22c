package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/tizim/tizim"
)

// flatCases are stored names and episodes as the store writes them and as it never does: each
// must decode as encoding/json decodes it, or fail as it fails.
var flatCases = []string{
	`[]`,
	`null`,
	`[{"text":"Salamet Abduhémit","script":"latin","role":"full"}]`,
	`[{"text":"叶尔波力·鲍尔江别克","script":"han","role":"full"},{"text":"Yerbol","role":"given"}]`,
	`[{"text":"\u003cb\u003eMemet\u003c/b\u003e","script":"latin"}]`, // markup, as json.Marshal escapes it
	`[{"text":"a \"quoted\" name"}]`,
	`[{"text":"‮Tursun‬","script":"latin"}]`, // bidi controls, raw
	`[{"Text":"upper-case key"}]`,
	`[{"text":null}]`,
	`[{"text":5}]`,
	`[{"text":"x","text":"y"}]`,
	`[{}]`,
	`[{"text":"x"},]`,
	`[{"text":"x"}] `,
	`[ {"text":"x"}]`,
	`[{"text":"x"}`,
	`[{"text":"x}]`,
	`[{"text":"x","other":[1,2]}]`,
	"[{\"text\":\"tab\there\"}]",
	"[{\"text\":\"bad \xff utf-8\"}]",
	`[{"status":"camp","start":"2018"}]`,
	`[{"status":"camp","start":"2016-02-27","facility":"阿勒泰市第1职业技能教育培训中心","facility_id":42}]`,
	`[{"start":"2017-05","facility_id":-1.5e3,"sentence":"10 years","charges":"separatism"},{"start":"2019"}]`,
	`[{"start":"2017","facility_id":null,"end":"2018"}]`,
	`[{"start":"2017","facility_id":true}]`,
	`[{"start":"2017","facility_id":01}]`,
	`[{"start":"2017","facility_id":nul}]`,
	`[{"start":"2017","Facility":"Case"}]`,
	`[{"start":2017}]`,
	`{"text":"not an array"}`,
	``,
}

// TestDecodeFlatLikeJSON: names and episodes decode as encoding/json decodes them, and fail
// where it fails, whether or not the fast path read them.
func TestDecodeFlatLikeJSON(t *testing.T) {
	for _, c := range flatCases {
		checkNamesLikeJSON(t, []byte(c))
		checkEpisodesLikeJSON(t, []byte(c))
	}
}

// TestFlatObjectsFastPath: what the store writes is read without encoding/json, and what it
// does not write is left to it.
func TestFlatObjectsFastPath(t *testing.T) {
	tests := []struct {
		data string
		fast bool
	}{
		{`[{"text":"Memet","script":"latin","role":"full"}]`, true},
		{`[{"start":"2017","facility":"Kashgar Prison No. 1","facility_id":7}]`, true},
		{`[]`, true},
		{`[{"text":"\u003cb\u003e"}]`, false},
		{`[ {"text":"x"}]`, false},
		{`[{"text":"x","other":{"a":"b"}}]`, false},
	}
	for _, tt := range tests {
		got := flatObjects([]byte(tt.data), func() {}, func(_, _ []byte, _ bool) bool { return true })
		if got != tt.fast {
			t.Errorf("flatObjects(%s) = %v, want %v", tt.data, got, tt.fast)
		}
	}
}

func checkNamesLikeJSON(t *testing.T, data []byte) {
	t.Helper()
	var want []tizim.Name
	wantErr := json.Unmarshal(data, &want)
	if len(want) == 0 {
		want = nil
	}
	got, err := decodeNames(data)
	if (err != nil) != (wantErr != nil) || (err == nil && !reflect.DeepEqual(got, want)) {
		t.Errorf("names %q: got %#v, %v; encoding/json %#v, %v", data, got, err, want, wantErr)
	}
}

func checkEpisodesLikeJSON(t *testing.T, data []byte) {
	t.Helper()
	var want []candidateEpisode
	wantErr := json.Unmarshal(data, &want)
	got, err := decodeEpisodes(data)
	if len(want) == 0 && len(got) == 0 { // the reader makes no episodes of either
		want, got = nil, nil
	}
	if (err != nil) != (wantErr != nil) || (err == nil && !reflect.DeepEqual(got, want)) {
		t.Errorf("episodes %q: got %#v, %v; encoding/json %#v, %v", data, got, err, want, wantErr)
	}
}

// FuzzDecodeNames: for any bytes, the names and episodes decode as encoding/json decodes them.
func FuzzDecodeNames(f *testing.F) {
	for _, c := range flatCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkNamesLikeJSON(t, data)
		checkEpisodesLikeJSON(t, data)
	})
}

// BenchmarkDecodeCandidateJSON: a record's stored names and episodes, as the generator's
// records give them, decoded by the reader (flatObjects) and by encoding/json.
func BenchmarkDecodeCandidateJSON(b *testing.B) {
	names := []byte(`[{"text":"叶尔波力·鲍尔江别克","script":"han","role":"full"},{"text":"Yerbol Bawurjanbek","script":"latin","role":"full"}]`)
	eps := []byte(`[{"status":"camp","start":"2016-02-27","facility":"阿勒泰市第1职业技能教育培训中心","facility_id":42}]`)
	b.Run("flat", func(b *testing.B) {
		for b.Loop() {
			if _, err := decodeNames(names); err != nil {
				b.Fatal(err)
			}
			if _, err := decodeEpisodes(eps); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			var ns []tizim.Name
			var es []candidateEpisode
			if err := json.Unmarshal(names, &ns); err != nil {
				b.Fatal(err)
			}
			if err := json.Unmarshal(eps, &es); err != nil {
				b.Fatal(err)
			}
		}
	})
}
