package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestCorrectSource(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	police := "/sources/" + itoa(f.src["police"])
	if _, body := f.get(tizim.Editor, police); !strings.Contains(body, police+"/edit") {
		t.Error("the source page offers an editor no way to correct the source")
	}
	if _, body := f.get(tizim.Viewer, police); strings.Contains(body, police+"/edit") {
		t.Error("the source page offers a viewer the editor's form")
	}
	if res, body := f.get(tizim.Editor, police+"/edit"); res.StatusCode != 200 || !strings.Contains(body, `value="Police list (synthetic)"`) {
		t.Fatalf("the form does not show the source as it is: %d", res.StatusCode)
	}
	form := func(consent, title string) url.Values {
		return url.Values{"key": {"renamed"}, "kind": {"leaked_list"}, "title": {title}, "acquired": {"2018"},
			"reliability": {"probable"}, "consent": {consent}, "notes": {"<script>alert(1)</script>"}}
	}
	for _, tc := range []struct {
		what   string
		form   url.Values
		status int
	}{
		{"above the editor's clearance", form("sealed", "x"), 403},
		{"no such level", form("secret", "x"), 400},
		{"an unreadable date", url.Values{"kind": {"leaked_list"}, "consent": {"internal"}, "acquired": {"yesterday"}}, 400},
		{"no such kind", url.Values{"kind": {"rumour"}, "consent": {"internal"}}, 400},
	} {
		if res, _ := f.do(tizim.Editor, "POST", police, tc.form); res.StatusCode != tc.status {
			t.Errorf("%s: %d, want %d", tc.what, res.StatusCode, tc.status)
		}
	}
	if src, _ := f.st.FindSourceByID(ctx, f.src["police"]); src.Consent != tizim.Internal || src.Title != "Police list (synthetic)" {
		t.Fatalf("a refused correction changed the source: %+v", src)
	}
	if _, body := f.get(tizim.Anonymous, police); !strings.Contains(body, "There is no source") {
		t.Fatal("the public sees an internal source")
	}
	res, _ := f.do(tizim.Editor, "POST", police, form("public", "Police list <b>2018</b>"))
	if res.StatusCode != 303 || res.Header.Get("Location") != police {
		t.Fatalf("correct: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	src, err := f.st.FindSourceByID(ctx, f.src["police"])
	if err != nil || src.Key != "police" || src.Consent != tizim.Public || src.Reliability != tizim.Probable || src.Acquired.String() != "2018" {
		t.Fatalf("after the correction: %+v, %v (the key must stay)", src, err)
	}
	_, body := f.get(tizim.Anonymous, police)
	if !strings.Contains(body, "Police list &lt;b&gt;2018&lt;/b&gt;") || strings.Contains(body, "<script>alert") {
		t.Error("the public source page does not show the corrected title as text")
	}
	// Sealing it hides it from everyone below: an admin may, and then an editor cannot see it.
	if res, _ := f.do(tizim.Admin, "POST", police, form("sealed", "Police list")); res.StatusCode != 303 {
		t.Fatalf("seal: %d", res.StatusCode)
	}
	if res, _ := f.get(tizim.Editor, police+"/edit"); res.StatusCode != 404 {
		t.Errorf("an editor opens the form of a sealed source: %d", res.StatusCode)
	}
	if res, _ := f.do(tizim.Editor, "POST", police, form("public", "x")); res.StatusCode != 404 {
		t.Errorf("an editor corrects a sealed source: %d", res.StatusCode)
	}
}
