package resolve

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// TestDecodeSnapshotTerms checks that the terms read back as encoding/json reads them, whether
// they take the fast path (as Encode writes them) or not (escaped keys, spaces, no names), and
// that a cut or mangled snapshot is an error, never a panic.
func TestDecodeSnapshotTerms(t *testing.T) {
	snap := &Snapshot{Model: DefaultModel(Options{}), Terms: Terms{Records: 12,
		Parts: map[string]int32{"memet": 9, "tursun": 4, "ilham": 1, "tokhti": 2147483647},
		Names: map[string]int32{"memet tursun": 3, "ilham tokhti": 2}}}
	good, err := snap.Encode()
	if err != nil {
		t.Fatal(err)
	}
	noNames := *snap
	noNames.Terms.Names = nil
	bare, err := noNames.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(good), termsField) {
		t.Fatalf("Encode does not write the terms as decodeFast expects: %s", good)
	}
	for _, c := range []struct{ name, data string }{
		{"as encoded", string(good)},
		{"without names", string(bare)},
		{"an escaped key", strings.Replace(string(good), `"memet":9`, `"me\u006det":9`, 1)},
		{"spaces", strings.Replace(string(good), `"tursun":4`, `"tursun": 4`, 1)},
		{"a quote in a key", strings.Replace(string(good), `"ilham":1`, `"il\"ham":1`, 1)},
	} {
		var plain struct {
			Terms struct {
				Records      int
				Parts, Names map[string]int32
			}
		}
		if err := json.Unmarshal([]byte(c.data), &plain); err != nil {
			t.Fatalf("%s: not JSON: %v", c.name, err)
		}
		want := plain.Terms
		got, err := DecodeSnapshot([]byte(c.data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got.Terms.Records != want.Records || !maps.Equal(got.Terms.Parts, want.Parts) || !maps.Equal(got.Terms.Names, want.Names) {
			t.Errorf("%s: terms %+v, want %+v", c.name, got.Terms, want)
		}
	}
	for _, bad := range []string{
		string(good[:len(good)-1]),
		string(good[:len(good)-20]) + "}}",
		strings.Replace(string(good), `"tursun":4`, `"tursun":-4x`, 1),
		strings.Replace(string(good), `"tursun":4`, `"tursun":99999999999`, 1),
		strings.Replace(string(good), `"records":12`, `"records":"12"`, 1),
	} {
		if _, err := DecodeSnapshot([]byte(bad)); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("DecodeSnapshot(%.60q…): err = %v, want EINVALID", bad[len(bad)-60:], err)
		}
	}
}

// TestTermFreqCountsKeysOncePerRecord checks that a record counts each of its name keys once,
// however many of its forms carry it, for records with few keys and with many (hostile input).
func TestTermFreqCountsKeysOncePerRecord(t *testing.T) {
	form := func(whole uint64, lo, hi int) *nameForm {
		f := &nameForm{parts: []string{"x"}, whole: whole}
		for k := lo; k < hi; k++ {
			f.vals = append(f.vals, uint64(k))
		}
		f.off[1], f.off[2] = uint16(len(f.vals)), uint16(len(f.vals))
		return f
	}
	for _, n := range []int{3, 40, 300} {
		tf := newTermFreq()
		e := &entry{idn: &noID, forms: []*nameForm{form(1<<40, 1, n+1), form(1<<40, n/2, n+n/2), form(1<<41, 1, 2)}}
		tf.add(e)
		tf.add(e)
		for k := uint64(1); k < uint64(n+n/2); k++ {
			if got := tf.count[k]; got != 2 {
				t.Fatalf("%d keys: key %d counted %d times in two records, want 2", n, k, got)
			}
		}
		if tf.count[1<<40] != 2 || tf.count[1<<41] != 2 || tf.n != 2 {
			t.Fatalf("%d keys: whole names counted %d and %d, records %d; want 2, 2, 2", n, tf.count[1<<40], tf.count[1<<41], tf.n)
		}
	}
}
