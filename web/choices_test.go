package web

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestOptions(t *testing.T) {
	got := string(options("en", "status.", tizim.Statuses, "camp"))
	if !strings.Contains(got, `<option value="camp" selected>`) || strings.Count(got, " selected") != 1 {
		t.Errorf("the selected status is not marked once: %s", got)
	}
	if strings.Count(got, "<option ") != len(tizim.Statuses) {
		t.Errorf("%d options for %d statuses", strings.Count(got, "<option "), len(tizim.Statuses))
	}
	// values and labels are escaped as text and as double-quoted attributes
	hostile := string(options("en", "x.", []string{`"><script>alert(1)</script>`}, ""))
	if strings.Contains(hostile, "<script>") || !strings.Contains(hostile, `value="&#34;&gt;&lt;script&gt;`) {
		t.Errorf("a hostile value is not escaped: %s", hostile)
	}
}
