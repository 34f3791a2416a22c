package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// The review queue against the real store: deciding a pair on its page changes who is who in
// the database and takes the pair out of the queue; undoing the decision brings both back.

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
