package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
)

// idcardCmd runs `tizim idcard ARGS...` in-process.
func idcardCmd(args ...string) (stdout string, err error) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}
	err = run(context.Background(), e, append([]string{"idcard"}, args...))
	return out.String(), err
}

func date1980() time.Time { return time.Date(1980, 5, 1, 0, 0, 0, 0, time.UTC) }

func TestIDCardText(t *testing.T) {
	turpan := idcard.Generate("652101", date1980(), 123)
	tests := []struct {
		args []string
		ok   bool
		want []string // lines or parts of lines the report must hold
	}{
		{[]string{"11010519491231002X"}, true, []string{"Valid        yes", "Birth date   1949-12-31", "Sex          female", "110105 朝阳区"}},
		{[]string{"110105", "19491231", "002x"}, true, []string{"Valid        yes"}},
		{[]string{turpan}, true, []string{"652101 吐鲁番市 (Turpan), code in use from 1984 until 2015", "Now          650402 高昌区 (Gaochang)"}},
		{[]string{"6531**********123X"}, true, []string{"masked", "Prefecture   喀什地区", "Sex          male"}},
		{[]string{"653101840126123"}, true, []string{"653101198401261239", "15-digit"}},
		{[]string{"11010519491231002X", "--json"}, true, []string{`"valid":true`}},
		{[]string{"110105194912310021"}, false, []string{"Valid        NO", "Problem      the check character is 1"}},
		{[]string{"11010519840231002X"}, false, []string{"Problem      the birth date 1984-02-31 does not exist"}},
		{[]string{"12345"}, false, []string{"5 characters"}},
	}
	for _, tt := range tests {
		out, err := idcardCmd(tt.args...)
		if (err == nil) != tt.ok {
			t.Errorf("idcard %v: err = %v, want ok %v", tt.args, err, tt.ok)
		}
		if err != nil && tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("idcard %v: error code %s, want %s", tt.args, tizim.ErrorCode(err), tizim.EINVALID)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("idcard %v printed\n%s\nwant it to contain %q", tt.args, out, w)
			}
		}
	}
	if _, err := idcardCmd(); err == nil || !strings.Contains(err.Error(), "usage") {
		t.Errorf("idcard without a number: err = %v, want usage", err)
	}
}

func TestIDCardJSON(t *testing.T) {
	out, err := idcardCmd("--json", idcard.Generate("652201", date1980(), 8))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Valid         bool                          `json:"valid"`
		Normalized    string                        `json:"normalized"`
		BirthDate     string                        `json:"birth_date"`
		Sex           string                        `json:"sex"`
		CountyCode    string                        `json:"county_code"`
		County        string                        `json:"county"`
		CountyCurrent []struct{ Code, Name string } `json:"county_current"`
		Problems      []string                      `json:"problems"`
		Masked        bool                          `json:"masked"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if !got.Valid || got.BirthDate != "1980-05-01" || got.Sex != "f" || got.CountyCode != "652201" ||
		got.County != "哈密市" || len(got.CountyCurrent) != 1 || got.CountyCurrent[0].Code != "650502" ||
		got.Problems == nil || len(got.Problems) != 0 || got.Masked {
		t.Errorf("idcard --json = %s", out)
	}

	out, err = idcardCmd("--json", "6531**1984******2*")
	if err != nil || !strings.Contains(out, `"birth_date":"1984"`) || !strings.Contains(out, `"masked":true`) {
		t.Errorf("masked --json = %s, %v", out, err)
	}
	out, err = idcardCmd("--json", "65310119840231123X")
	if err == nil || !strings.Contains(out, `"valid":false`) || !strings.Contains(out, "does not exist") {
		t.Errorf("invalid --json = %s, %v", out, err)
	}
}
