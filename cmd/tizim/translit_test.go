package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// runCmd runs `tizim ARGS...` in-process with stdin.
func runCmd(stdin string, args ...string) (string, error) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(stdin)}
	err := run(context.Background(), e, args)
	return out.String(), err
}

func TestTranslit(t *testing.T) {
	tests := []struct {
		args []string
		want map[string]string
	}{
		{[]string{"伊力哈木·土赫提"}, map[string]string{"script": "han", "uly": "Ilham Toxti", "uey": "ئىلھام توختى",
			"usy": "Илһам Тохти", "pinyin": "yi li ha mu · tu he ti", "latin_key": "ilham tuti"}},
		{[]string{"ئىلھام", "توختى"}, map[string]string{"script": "arabic", "uly": "Ilham Toxti", "usy": "Илһам Тохти", "pinyin": ""}},
		{[]string{"Илһам Тохти", "--json"}, map[string]string{"script": "cyrillic", "uly": "Ilham Toxti", "uey": "ئىلھام توختى"}},
	}
	for _, tc := range tests {
		out, err := runCmd("", append([]string{"translit"}, tc.args...)...)
		if err != nil {
			t.Fatalf("translit %v: %v", tc.args, err)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("translit %v printed %q: %v", tc.args, out, err)
		}
		for _, k := range []string{"script", "uly", "uey", "usy", "pinyin", "latin_key"} {
			if _, ok := got[k]; !ok {
				t.Errorf("translit %v: no %q in %s", tc.args, k, out)
			}
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("translit %v: %s = %q, want %q", tc.args, k, got[k], v)
			}
		}
	}
}

func TestTranslitBadInput(t *testing.T) {
	if _, err := runCmd("", "translit"); err == nil || tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("translit without a name: err = %v, want %s", err, tizim.EINVALID)
	}
	out, err := runCmd("", "translit", "Ilham \u202eTohti")
	if err != nil || !strings.Contains(out, `"bidi_control"`) || strings.Contains(out, "\u202e") {
		t.Errorf("translit with a bidi override printed %q, %v; want it reported and removed", out, err)
	}
}
