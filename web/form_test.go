package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// Every form refuses a body over maxFormBytes with one clear answer, and changes nothing.
func TestOversizedForms(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.srv.cfg.Reviews = f.st
	f1, x1 := f.rec["family:f1"], f.rec["press:x1"]
	if err := f.st.PutReviewPairs(ctx, []tizim.ReviewPair{{A: f1, B: x1, Prob: 0.71, Weight: 3.2}}); err != nil {
		t.Fatal(err)
	}
	pairs, _, _ := f.st.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
	huge := strings.Repeat("x", maxFormBytes)
	for _, tc := range []struct {
		role   tizim.Role
		target string
		form   url.Values
	}{
		{tizim.Editor, "/sources", url.Values{"key": {"big"}, "kind": {"dataset"}, "consent": {"internal"}, "notes": {huge}}},
		{tizim.Editor, "/sources/" + itoa(f.src["police"]), url.Values{"kind": {"dataset"}, "consent": {"public"}, "notes": {huge}}},
		{tizim.Editor, "/records", url.Values{"source": {"police"}, "names": {"Aygul Tursun"}, "notes": {huge}}},
		{tizim.Reviewer, "/review/" + itoa(pairs[0].ID), url.Values{"verdict": {"same"}, "reason": {huge}}},
	} {
		res, body := f.do(tc.role, "POST", tc.target, tc.form)
		if res.StatusCode != 400 || !strings.Contains(body, "The form could not be read.") {
			t.Errorf("%s: %d, want 400 and the form could not be read", tc.target, res.StatusCode)
		}
	}
	if n, _, _ := f.st.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{}); len(n) != 1 {
		t.Errorf("an unreadable decision took the pair out of the queue: %d left", len(n))
	}
	if src, _ := f.st.FindSourceByID(ctx, f.src["police"]); src.Consent != tizim.Internal {
		t.Errorf("an unreadable correction changed the source's level to %s", src.Consent)
	}
}
