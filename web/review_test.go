package web

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/tizim/tizim"
)

// memReviews is a review queue in memory, standing in for the store's until it has one. It
// filters by clearance through the record store, as the interface requires.
type memReviews struct {
	mu      sync.Mutex
	pairs   []tizim.ReviewPair
	records tizim.RecordService
}

func (m *memReviews) PutReviewPairs(ctx context.Context, pairs []tizim.ReviewPair) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range pairs {
		pairs[i].ID = int64(i + 1)
	}
	m.pairs = pairs
	return nil
}

func (m *memReviews) FindReviewPairs(ctx context.Context, clearance tizim.Consent, p tizim.Page) ([]tizim.ReviewPair, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []tizim.ReviewPair
	for _, pr := range m.pairs {
		a, errA := m.records.FindRecordByID(ctx, pr.A)
		b, errB := m.records.FindRecordByID(ctx, pr.B)
		if errA == nil && errB == nil && a.Consent.Allows(clearance) && b.Consent.Allows(clearance) {
			out = append(out, pr)
		}
	}
	total := len(out)
	out = out[min(p.Offset, len(out)):]
	if p.Limit > 0 {
		out = out[:min(p.Limit, len(out))]
	}
	return out, total, nil
}

func (m *memReviews) FindReviewPair(ctx context.Context, id int64) (*tizim.ReviewPair, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, pr := range m.pairs {
		if pr.ID == id {
			return &pr, nil
		}
	}
	return nil, tizim.Errorf(tizim.ENOTFOUND, "no review pair %d", id)
}

func TestReviewQueue(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	q := &memReviews{records: f.st}
	f.srv.cfg.Reviews = q
	f1, x1, f2, p2 := f.rec["family:f1"], f.rec["press:x1"], f.rec["family:f2"], f.rec["police:p2"]
	q.PutReviewPairs(ctx, []tizim.ReviewPair{
		{A: f1, B: x1, Prob: 0.71, Weight: 3.2, Evidence: []tizim.Evidence{{Field: "name", Level: "partial", Weight: 4.1}, {Field: "birth_date", Level: "missing", Weight: -0.9},
			{Field: "detained_on", Level: "month", Weight: 4.7}, {Field: "shoe_size", Level: "same", Weight: 0.2}}},
		{A: f1, B: f2, Prob: 0.55, Weight: 0.4},
		{A: f1, B: p2, Prob: 0.52, Weight: 0.2}, // sealed: not for a reviewer
	})
	_, body := f.get(tizim.Reviewer, "/review")
	if !strings.Contains(body, "1–2 of 2") || !strings.Contains(body, `href="/review/1"`) || strings.Contains(body, "Sealed Witness") {
		t.Errorf("queue page: %s", body[strings.Index(body, "<main>"):])
	}
	_, body = f.get(tizim.Reviewer, "/review/1")
	// evidence fields in the visitor's words, or as the matcher named them when no catalog has them
	for _, want := range []string{"Ilham Tohti", "&lt;script&gt;", "What the matcher saw", "4.1", "-0.9", `value="same"`,
		"<bdi>Birth date</bdi>", "<bdi>First detained on</bdi>", "<bdi>shoe_size</bdi>"} {
		if !strings.Contains(body, want) {
			t.Errorf("pair page lacks %q", want)
		}
	}
	if res, _ := f.get(tizim.Reviewer, "/review/3"); res.StatusCode != 404 {
		t.Errorf("a pair with a sealed record: %d, want 404", res.StatusCode)
	}
	if res, _ := f.get(tizim.Admin, "/review/3"); res.StatusCode != 200 {
		t.Errorf("admin on the sealed pair: %d", res.StatusCode)
	}
	if res, _ := f.do(tizim.Reviewer, "POST", "/review/1", url.Values{"verdict": {"maybe"}}); res.StatusCode != 400 {
		t.Errorf("a bad verdict: %d", res.StatusCode)
	}
	res, _ := f.do(tizim.Reviewer, "POST", "/review/2", url.Values{"verdict": {"same"}, "reason": {"same testimony, two spellings"}})
	if res.StatusCode != 303 || res.Header.Get("Location") != "/review?done=2" {
		t.Fatalf("decide: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	js, _ := f.st.Judgements(ctx, f2)
	if len(js) == 0 || js[len(js)-1].By != "reviewer-user" || js[len(js)-1].Reason != "same testimony, two spellings" {
		t.Errorf("judgements on f2: %+v", js)
	}
	if rec, _ := f.st.FindRecordByID(ctx, f2); rec.PersonID != f1 {
		t.Errorf("after 'same' the record is in person %d, want %d", rec.PersonID, f1)
	}
	// Undo: withdraw the merge; the record is its own person again.
	res, _ = f.do(tizim.Reviewer, "POST", "/judgements/withdraw", url.Values{"a": {itoa(f1)}, "b": {itoa(f2)}})
	if res.StatusCode != 303 {
		t.Fatalf("withdraw: %d", res.StatusCode)
	}
	if rec, _ := f.st.FindRecordByID(ctx, f2); rec.PersonID != f2 {
		t.Errorf("after withdrawing, the record is in person %d, want %d", rec.PersonID, f2)
	}
	if res, _ := f.do(tizim.Reviewer, "POST", "/judgements/withdraw", url.Values{"a": {itoa(f1)}, "b": {itoa(p2)}}); res.StatusCode != 404 {
		t.Errorf("withdrawing on a record the reviewer cannot see: %d", res.StatusCode)
	}
	f.srv.cfg.Reviews = nil
	if res, _ := f.get(tizim.Reviewer, "/review"); res.StatusCode != 404 {
		t.Errorf("no queue configured: %d", res.StatusCode)
	}
}

// TestReviewEvidenceLevels: the pair page names the levels of the matcher's evidence in the
// reviewer's words, never as the matcher's identifiers, and escapes a level it does not know.
func TestReviewEvidenceLevels(t *testing.T) {
	f := newFixture(t)
	q := &memReviews{records: f.st}
	f.srv.cfg.Reviews = q
	q.PutReviewPairs(context.Background(), []tizim.ReviewPair{{A: f.rec["family:f1"], B: f.rec["press:x1"], Prob: 0.6, Weight: 1.2,
		Evidence: []tizim.Evidence{{Field: "prior", Weight: -3}, {Field: "name", Level: "subset", Weight: 5.1},
			{Field: "id_number", Level: "one_digit", Weight: 6}, {Field: "birth_date", Level: "exact (from id number)", Weight: 4},
			{Field: "detained_on", Level: "near", Weight: 1.5}, {Field: "home", Level: "<i>x</i>", Weight: -1}}}})
	raw := []string{">subset<", ">one_digit<", ">exact (from id number)<", ">near<", "<i>x</i>"}
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"<bdi>one name contains the other</bdi>", "<bdi>one digit differs</bdi>",
			"<bdi>same day (read from the ID number)</bdi>", "<bdi>within three months</bdi>"}},
		{"zh", []string{"<bdi>一个姓名包含另一个</bdi>", "<bdi>相差一位</bdi>", "<bdi>同一天（据身份证号）</bdi>",
			"<bdi>相差三个月以内</bdi>", "<bdi>首次拘押日期</bdi>"}},
		{"ug", []string{"<bdi>بىر رەقەم پەرقلىق</bdi>", "<bdi>ئۈچ ئاي ئىچىدە</bdi>"}},
		{"ru", []string{"<bdi>отличается одна цифра</bdi>", "<bdi>тот же день (по номеру удостоверения)</bdi>"}},
	} {
		_, body := f.get(tizim.Reviewer, "/review/1?lang="+tc.lang)
		for _, want := range append(tc.want, "<bdi>&lt;i&gt;x&lt;/i&gt;</bdi>") {
			if !strings.Contains(body, want) {
				t.Errorf("%s: the pair page lacks %q", tc.lang, want)
			}
		}
		for _, r := range raw {
			if strings.Contains(body, r) {
				t.Errorf("%s: the pair page shows the matcher's %q", tc.lang, r)
			}
		}
	}
}
