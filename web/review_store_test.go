package web

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// These tests run the review queue, merge, split and undo against the real store: what a
// reviewer does on a page must change who is who in the database, and be reversible.

// personID returns the person the record belongs to, as the store answers it.
func (f *fixture) personID(record int64) int64 {
	f.t.Helper()
	p, err := f.st.FindPerson(context.Background(), record, tizim.Sealed)
	if err != nil {
		f.t.Fatalf("FindPerson(%d): %v", record, err)
	}
	return p.ID
}

// lastJudgement returns the latest judgement on the record.
func (f *fixture) lastJudgement(record int64) tizim.Judgement {
	f.t.Helper()
	js, err := f.st.Judgements(context.Background(), record)
	if err != nil || len(js) == 0 {
		f.t.Fatalf("judgements on %d: %v %v", record, js, err)
	}
	return js[len(js)-1]
}

func TestReviewQueueOnStore(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.srv.cfg.Reviews = f.st
	f1, x1, f2, p2 := f.rec["family:f1"], f.rec["press:x1"], f.rec["family:f2"], f.rec["police:p2"]
	err := f.st.PutReviewPairs(ctx, []tizim.ReviewPair{
		{A: f1, B: x1, Prob: 0.71, Weight: 3.2, Evidence: []tizim.Evidence{{Field: "name", Level: "partial", Weight: 4.1}}},
		{A: x1, B: f2, Prob: 0.6, Weight: 1.1},
		{A: f1, B: p2, Prob: 0.9, Weight: 5}, // a sealed record: not for a reviewer
	})
	if err != nil {
		t.Fatal(err)
	}
	pairs, _, _ := f.st.FindReviewPairs(ctx, tizim.Sealed, tizim.Page{})
	id := map[[2]int64]string{}
	for _, p := range pairs {
		id[[2]int64{p.A, p.B}] = itoa(p.ID)
	}
	first, second, sealed := id[[2]int64{f1, x1}], id[[2]int64{x1, f2}], id[[2]int64{f1, p2}]

	_, body := f.get(tizim.Reviewer, "/review")
	i, j := strings.Index(body, `href="/review/`+first+`"`), strings.Index(body, `href="/review/`+second+`"`)
	if i < 0 || j < 0 || i > j || strings.Contains(body, `href="/review/`+sealed+`"`) || strings.Contains(body, "Sealed Witness") {
		t.Errorf("queue: want pair %s then %s and not %s: %s", first, second, sealed, body)
	}
	if strings.Contains(body, "<script>window.pwned") || !strings.Contains(body, "&lt;script&gt;") {
		t.Error("the queue does not escape a name with <script> in it")
	}
	_, body = f.get(tizim.Reviewer, "/review/"+first)
	for _, want := range []string{"Ilham Tohti", "&lt;script&gt;", "4.1", `value="different"`} {
		if !strings.Contains(body, want) {
			t.Errorf("pair page lacks %q", want)
		}
	}
	if strings.Contains(body, "<script>window.pwned") {
		t.Error("the pair page does not escape a name with <script> in it")
	}

	// Deciding "same" merges the records and takes the pair out of the queue.
	res, _ := f.do(tizim.Reviewer, "POST", "/review/"+first, url.Values{"verdict": {"same"}, "reason": {"same photo"}})
	if res.StatusCode != 303 {
		t.Fatalf("decide: %d", res.StatusCode)
	}
	if got := f.personID(x1); got != f1 {
		t.Errorf("after 'same' the press record is in person %d, want %d", got, f1)
	}
	if _, body = f.get(tizim.Reviewer, "/review"); strings.Contains(body, `href="/review/`+first+`"`) || !strings.Contains(body, `href="/review/`+second+`"`) {
		t.Errorf("after deciding, the queue: %s", body)
	}
	// Undoing the decision splits them again and puts the pair back.
	res, _ = f.do(tizim.Reviewer, "POST", "/judgements/withdraw", url.Values{"a": {itoa(f1)}, "b": {itoa(x1)}})
	if res.StatusCode != 303 {
		t.Fatalf("withdraw: %d", res.StatusCode)
	}
	if got := f.personID(x1); got != x1 {
		t.Errorf("after undoing, the press record is in person %d, want %d", got, x1)
	}
	if _, body = f.get(tizim.Reviewer, "/review"); !strings.Contains(body, `href="/review/`+first+`"`) {
		t.Error("after undoing, the pair is not back in the queue")
	}

	// Who may not review cannot see the queue, a pair, or decide one.
	for _, role := range []tizim.Role{tizim.Viewer, tizim.Editor, tizim.Anonymous} {
		for _, req := range []struct{ method, path string }{{"GET", "/review"}, {"GET", "/review/" + first}, {"POST", "/review/" + first}} {
			var form url.Values
			if req.method == "POST" {
				form = url.Values{"verdict": {"different"}}
			}
			if res, _ := f.do(role, req.method, req.path, form); !denied(res) {
				t.Errorf("%s %s as %s: %d", req.method, req.path, role, res.StatusCode)
			}
		}
	}
	if got := f.personID(x1); got != x1 {
		t.Errorf("a refused decision changed the press record's person to %d", got)
	}
}

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
