package web

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// Merge, split and undo on a person's history page, against the real store: each must change
// who is who in the database, be kept with who and why, and be reversible.

func TestMergeSplitUndo(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f1, p1, x1, p2 := f.rec["family:f1"], f.rec["police:p1"], f.rec["press:x1"], f.rec["police:p2"]
	f.clock.add(time.Minute) // judgements made on the pages come after the fixture's

	res, body := f.get(tizim.Reviewer, "/people/"+itoa(x1)+"/history")
	if res.StatusCode != 200 || !strings.Contains(body, `action="/people/`+itoa(x1)+`/merge"`) || !strings.Contains(body, "No judgements") {
		t.Fatalf("history of the press record's person: %d %s", res.StatusCode, body)
	}
	if strings.Contains(body, "<script>window.pwned") || !strings.Contains(body, "&lt;script&gt;") {
		t.Error("the history page does not escape a name with <script> in it")
	}

	// Merge: given the id of a record of the other person; the smaller person id survives.
	res, _ = f.do(tizim.Reviewer, "POST", "/people/"+itoa(x1)+"/merge", url.Values{"other": {itoa(p1)}, "reason": {"the article names his university"}})
	if res.StatusCode != 303 || res.Header.Get("Location") != "/people/"+itoa(f1)+"/history" {
		t.Fatalf("merge: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	if got := f.personID(x1); got != f1 {
		t.Fatalf("after merging, the press record is in person %d, want %d", got, f1)
	}
	if res, _ := f.get(tizim.Reviewer, "/people/"+itoa(x1)); res.Header.Get("Location") != "/people/"+itoa(f1) {
		t.Errorf("the merged-away id does not redirect: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	if res, _ := f.get(tizim.Reviewer, "/people/"+itoa(x1)+"/history"); res.StatusCode != 303 || res.Header.Get("Location") != "/people/"+itoa(f1)+"/history" {
		t.Errorf("the merged-away id's history: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	_, body = f.get(tizim.Reviewer, "/people/"+itoa(f1)+"/history")
	for _, want := range []string{"reviewer-user", "the article names his university", "same person", "in effect", `name="record" value="` + itoa(x1) + `"`} {
		if !strings.Contains(body, want) {
			t.Errorf("history after the merge lacks %q", want)
		}
	}

	// Undo the merge: the press record is its own person again, under its old id.
	merge := f.lastJudgement(x1)
	if !strings.Contains(body, `action="/judgements/`+itoa(merge.ID)+`/undo"`) {
		t.Error("the history offers no undo for the merge")
	}
	res, _ = f.do(tizim.Reviewer, "POST", "/judgements/"+itoa(merge.ID)+"/undo", url.Values{"record": {itoa(x1)}})
	if res.StatusCode != 303 || res.Header.Get("Location") != "/people/"+itoa(x1)+"/history" {
		t.Fatalf("undo: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	if undo := f.lastJudgement(x1); undo.Verdict != tizim.Withdrawn || undo.By != "reviewer-user" || undo.Reason != "undoes judgement "+itoa(merge.ID) {
		t.Errorf("the undo's judgement: %+v", undo)
	}
	if got := f.personID(x1); got != x1 {
		t.Errorf("after undoing the merge, the press record is in person %d, want %d", got, x1)
	}
	if res, _ := f.get(tizim.Reviewer, "/people/"+itoa(x1)); res.StatusCode != 200 {
		t.Errorf("the old id after the undo: %d", res.StatusCode)
	}

	// Split the internal police record off Ilham Tohti's person.
	res, _ = f.do(tizim.Reviewer, "POST", "/people/"+itoa(f1)+"/split", url.Values{"record": {itoa(p1)}, "reason": {"different birth year"}})
	if res.StatusCode != 303 || res.Header.Get("Location") != "/people/"+itoa(f1)+"/history" {
		t.Fatalf("split: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	if got := f.personID(p1); got != p1 {
		t.Errorf("after the split, the police record is in person %d, want %d", got, p1)
	}
	js, _ := f.st.Judgements(ctx, p1)
	if last := js[len(js)-1]; last.Verdict != tizim.Different || last.By != "reviewer-user" || last.Reason != "different birth year" {
		t.Errorf("the split's judgement: %+v", last)
	}
	// A merge against a "different" judgement is refused, naming the judgement to undo.
	res, body = f.do(tizim.Reviewer, "POST", "/people/"+itoa(f1)+"/merge", url.Values{"other": {itoa(p1)}})
	if res.StatusCode != 409 || !strings.Contains(body, "judged different people (by reviewer-user)") {
		t.Errorf("merge against a split: %d", res.StatusCode)
	}
	if got := f.personID(p1); got != p1 {
		t.Errorf("a blocked merge moved the police record to person %d", got)
	}
	// Undoing the split brings back the merge it replaced, which a reviewer had made.
	split := f.lastJudgement(p1)
	if res, _ := f.do(tizim.Reviewer, "POST", "/judgements/"+itoa(split.ID)+"/undo", url.Values{"record": {itoa(p1)}}); res.StatusCode != 303 {
		t.Fatalf("undo the split: %d", res.StatusCode)
	}
	if got := f.personID(p1); got != f1 {
		t.Errorf("after undoing the split, the police record is in person %d, want %d", got, f1)
	}
	if undo := f.lastJudgement(p1); undo.Verdict != tizim.Same {
		t.Errorf("undoing the split restored %q, want the reviewer's earlier %q", undo.Verdict, tizim.Same)
	}
	// What is not in effect, or is the matcher's, or names a record the reviewer may not see,
	// cannot be undone.
	for _, c := range []struct {
		judgement, record int64
		want              int
	}{
		{split.ID, p1, 400}, // undone already
		{merge.ID, x1, 400}, // undone already
		{split.ID, x1, 404}, // not a judgement on that record
		{split.ID, 0, 404},  // no record
		{999999, p1, 404},   // no such judgement
	} {
		if res, _ := f.do(tizim.Reviewer, "POST", "/judgements/"+itoa(c.judgement)+"/undo", url.Values{"record": {itoa(c.record)}}); res.StatusCode != c.want {
			t.Errorf("undo %d on record %d: %d, want %d", c.judgement, c.record, res.StatusCode, c.want)
		}
	}
	sealedJ := tizim.Judgement{A: p2, B: f1, Verdict: tizim.Different, By: "admin-user", Created: f.clock.now()}
	if err := f.st.Judge(ctx, sealedJ); err != nil {
		t.Fatal(err)
	}
	sj := f.lastJudgement(p2)
	if res, body := f.do(tizim.Reviewer, "POST", "/judgements/"+itoa(sj.ID)+"/undo", url.Values{"record": {itoa(f1)}}); res.StatusCode != 404 || strings.Contains(body, "Sealed") {
		t.Errorf("undo of a judgement on a sealed record: %d", res.StatusCode)
	}
	if f.lastJudgement(p2).ID != sj.ID {
		t.Error("a refused undo stored a judgement")
	}

	// Bad requests change nothing and say what is wrong.
	for _, c := range []struct {
		path string
		form url.Values
		want int
	}{
		{"/people/" + itoa(x1) + "/merge", url.Values{"other": {itoa(x1)}}, 400},                     // itself
		{"/people/" + itoa(x1) + "/merge", url.Values{"other": {"abc"}}, 400},                        // not an id
		{"/people/" + itoa(x1) + "/merge", url.Values{"other": {itoa(p2)}}, 400},                     // sealed: no such person for a reviewer
		{"/people/" + itoa(x1) + "/merge", url.Values{"other": {itoa(f1)}, "reason": {"\xff"}}, 400}, // not text
		{"/people/" + itoa(x1) + "/split", url.Values{"record": {itoa(x1)}}, 400},                    // one record only
		{"/people/" + itoa(f1) + "/split", url.Values{"record": {itoa(x1)}}, 400},                    // not this person's
		{"/people/" + itoa(p2) + "/split", url.Values{"record": {itoa(p2)}}, 404},                    // sealed person
		{"/people/999999/merge", url.Values{"other": {itoa(x1)}}, 404},
	} {
		res, body := f.do(tizim.Reviewer, "POST", c.path, c.form)
		if res.StatusCode != c.want || strings.Contains(body, "Sealed Witness") {
			t.Errorf("POST %s %v: %d, want %d", c.path, c.form, res.StatusCode, c.want)
		}
	}
	if f.personID(x1) != x1 || f.personID(p1) != f1 || f.personID(p2) != p2 {
		t.Error("a refused merge or split changed who is who")
	}

	// Only reviewers and admins; never from another site.
	for _, role := range []tizim.Role{tizim.Viewer, tizim.Editor, tizim.Anonymous} {
		for _, req := range []struct {
			method, path string
			form         url.Values
		}{
			{"GET", "/people/" + itoa(f1) + "/history", nil},
			{"POST", "/people/" + itoa(x1) + "/merge", url.Values{"other": {itoa(f1)}}},
			{"POST", "/people/" + itoa(f1) + "/split", url.Values{"record": {itoa(p1)}}},
		} {
			if res, _ := f.do(role, req.method, req.path, req.form); !denied(res) {
				t.Errorf("%s %s as %s: %d", req.method, req.path, role, res.StatusCode)
			}
		}
	}
	if res := f.crossSite("/people/"+itoa(x1)+"/merge", url.Values{"other": {itoa(f1)}}); res.StatusCode != 403 {
		t.Errorf("a cross-site merge: %d", res.StatusCode)
	}
	if f.personID(x1) != x1 || f.personID(p1) != f1 {
		t.Error("a refused request changed who is who")
	}
	if res, _ := f.get(tizim.Admin, "/people/"+itoa(p2)+"/history"); res.StatusCode != 200 {
		t.Errorf("the admin on the sealed person's history: %d", res.StatusCode)
	}
}

// TestUndoSplitAtOnce: splitting a record off a person of three is two judgements; one undo
// puts the record back.
func TestUndoSplitAtOnce(t *testing.T) {
	f := newFixture(t)
	f.clock.add(time.Minute)
	f1, p1, x1 := f.rec["family:f1"], f.rec["police:p1"], f.rec["press:x1"]
	if res, _ := f.do(tizim.Reviewer, "POST", "/people/"+itoa(x1)+"/merge", url.Values{"other": {itoa(f1)}}); res.StatusCode != 303 {
		t.Fatalf("merge: %d", res.StatusCode)
	}
	f.clock.add(time.Minute)
	if res, _ := f.do(tizim.Reviewer, "POST", "/people/"+itoa(f1)+"/split", url.Values{"record": {itoa(p1)}, "reason": {"another man"}}); res.StatusCode != 303 {
		t.Fatalf("split: %d", res.StatusCode)
	}
	if f.personID(p1) != p1 || f.personID(x1) != f1 {
		t.Fatalf("after the split: persons %d and %d", f.personID(p1), f.personID(x1))
	}
	split := f.lastJudgement(p1)
	f.clock.add(time.Minute)
	res, _ := f.do(tizim.Reviewer, "POST", "/judgements/"+itoa(split.ID)+"/undo", url.Values{"record": {itoa(p1)}})
	if res.StatusCode != 303 {
		t.Fatalf("undo: %d", res.StatusCode)
	}
	if f.personID(p1) != f1 || f.personID(x1) != f1 {
		t.Errorf("after one undo: the police record is in person %d, the press record in %d; want both in %d", f.personID(p1), f.personID(x1), f1)
	}
}
