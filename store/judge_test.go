package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// people writes n public records, one person each, and returns their ids.
func people(t *testing.T, s *Store, n int) []int64 {
	t.Helper()
	var rs []*tizim.Record
	for i := range n {
		rs = append(rs, rec("list", fmt.Sprint(i), fmt.Sprintf("Person %d", i), tizim.Public))
	}
	put(t, s, rs...)
	ids := make([]int64, n)
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}

// personOf returns the id FindPerson answers for id.
func personOf(t *testing.T, s *Store, id int64) int64 {
	t.Helper()
	p, err := s.FindPerson(context.Background(), id, tizim.Sealed)
	if err != nil {
		t.Fatalf("FindPerson(%d): %v", id, err)
	}
	return p.ID
}

func judge(t *testing.T, s *Store, js ...tizim.Judgement) {
	t.Helper()
	if err := s.Judge(context.Background(), js...); err != nil {
		t.Fatal(err)
	}
}

func TestMergeRedirectAndUndo(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids := people(t, s, 3)
		a, b, c := ids[0], ids[1], ids[2]
		before := time.Now()
		judge(t, s, tizim.Judgement{A: b, B: a, Verdict: tizim.Same, By: "reviewer", Reason: "same ID number"})
		moved, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, UpdatedAfter: before})
		if err != nil || len(moved) != 1 || moved[0].ID != b || moved[0].PersonID != a {
			t.Errorf("records updated by the merge: %v, %v; want record %d, now of person %d", moved, err, b, a)
		}
		if h, _ := s.RecordHistory(ctx, b); len(h) != 0 {
			t.Errorf("a merge wrote history: %+v", h)
		}
		if personOf(t, s, b) != a || personOf(t, s, a) != a {
			t.Fatalf("after merge: person of %d is %d, want %d", b, personOf(t, s, b), a)
		}
		p, _ := s.FindPerson(ctx, a, tizim.Public)
		if len(p.Records) != 2 || p.RecordCount != 2 {
			t.Errorf("merged person has %d records, want 2", len(p.Records))
		}
		_, total, _ := s.FindPeople(ctx, tizim.PersonFilter{Clearance: tizim.Public})
		if total != 2 {
			t.Errorf("after merge %d people, want 2", total)
		}
		// a chain through c joins all three, under the smallest id
		judge(t, s, tizim.Judgement{A: c, B: b, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9})
		if personOf(t, s, c) != a {
			t.Errorf("chain: person of %d is %d, want %d", c, personOf(t, s, c), a)
		}
		// withdrawing the reviewer's merge brings b's own id back; c follows b by the matcher's link
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Withdrawn, By: "reviewer", Reason: "mistake"})
		if personOf(t, s, a) != a || personOf(t, s, b) != b || personOf(t, s, c) != b {
			t.Errorf("after undo: persons %d %d %d, want %d %d %d", personOf(t, s, a), personOf(t, s, b), personOf(t, s, c), a, b, b)
		}
		js, err := s.Judgements(ctx, b)
		if err != nil || len(js) != 3 {
			t.Fatalf("judgements of %d: %d, %v; want 3 (kept for audit)", b, len(js), err)
		}
		if js[0].Verdict != tizim.Same || js[2].Verdict != tizim.Withdrawn || js[0].Reason != "same ID number" || js[1].Score != 0.9 {
			t.Errorf("judgements not oldest first or not as written: %+v", js)
		}
	})
}

func TestDifferentBlocksMatcher(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ids := people(t, s, 3)
		a, b, c := ids[0], ids[1], ids[2]
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Different, By: "reviewer"})
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.99})
		if personOf(t, s, b) != b {
			t.Errorf("matcher's same overrode a reviewer's different")
		}
		// nor may a detour through c put a and b together
		judge(t, s,
			tizim.Judgement{A: a, B: c, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.9},
			tizim.Judgement{A: b, B: c, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.8})
		if personOf(t, s, a) == personOf(t, s, b) {
			t.Errorf("records judged different ended in one person")
		}
		if personOf(t, s, c) != a {
			t.Errorf("the stronger link should win: person of c = %d, want %d", personOf(t, s, c), a)
		}
	})
}

func TestReviewerBeatsMatcher(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ids := people(t, s, 2)
		a, b := ids[0], ids[1]
		t0 := time.Now()
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.7, Created: t0})
		if personOf(t, s, b) != a {
			t.Fatal("matcher's same did not merge")
		}
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Different, By: "reviewer", Created: t0.Add(time.Second)})
		if personOf(t, s, b) != b {
			t.Fatal("reviewer's different did not split")
		}
		// a later matcher run does not undo the reviewer
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Same, By: tizim.Matcher, Score: 0.95, Created: t0.Add(2 * time.Second)})
		if personOf(t, s, b) != b {
			t.Error("a later matcher judgement beat the reviewer")
		}
		// a reviewer's later unsure is neutral: as tizim.Effective says, the matcher's same stands again
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Unsure, By: "reviewer2", Created: t0.Add(3 * time.Second)})
		if personOf(t, s, b) != a {
			t.Error("after a reviewer's unsure, the matcher's same should merge again")
		}
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Different, By: "reviewer", Created: t0.Add(4 * time.Second)})
		if personOf(t, s, b) != b {
			t.Fatal("reviewer's second different did not split")
		}
		// withdrawing the reviewer's different lets the matcher's same stand again
		judge(t, s, tizim.Judgement{A: a, B: b, Verdict: tizim.Withdrawn, By: "reviewer", Created: t0.Add(5 * time.Second)})
		if personOf(t, s, b) != a {
			t.Error("after the reviewer withdrew, the matcher's same should merge again")
		}
		if js, _ := s.Judgements(context.Background(), a); len(js) != 6 {
			t.Errorf("%d judgements stored, want all 6", len(js))
		}
	})
}

func TestJudgeRejects(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids := people(t, s, 2)
		for name, c := range map[string]struct {
			j    tizim.Judgement
			code string
		}{
			"same record":     {tizim.Judgement{A: ids[0], B: ids[0], Verdict: tizim.Same, By: "r"}, tizim.EINVALID},
			"unknown verdict": {tizim.Judgement{A: ids[0], B: ids[1], Verdict: "maybe", By: "r"}, tizim.EINVALID},
			"nobody":          {tizim.Judgement{A: ids[0], B: ids[1], Verdict: tizim.Same}, tizim.EINVALID},
			"missing record":  {tizim.Judgement{A: ids[0], B: 424242, Verdict: tizim.Same, By: "r"}, tizim.ENOTFOUND},
		} {
			if err := s.Judge(ctx, c.j); tizim.ErrorCode(err) != c.code {
				t.Errorf("%s: %v, want %s", name, err, c.code)
			}
		}
		if js, _ := s.Judgements(ctx, ids[0]); len(js) != 0 {
			t.Errorf("rejected judgements were stored: %+v", js)
		}
	})
}

// TestJudgeMany: judgements and moves beyond one batch (writeBatch) are all written: pairs of
// records judged the same become one person each, every judgement is kept, and the moved
// records count as updated.
func TestJudgeMany(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const n = 2*writeBatch + 37 // pairs: full batches and a short one
		ids := people(t, s, 2*n)
		before := time.Now()
		var js []tizim.Judgement
		for i := 0; i < 2*n; i += 2 {
			js = append(js, tizim.Judgement{A: ids[i], B: ids[i+1], Verdict: tizim.Same, By: "matcher", Score: 0.99})
		}
		judge(t, s, js...)
		for i := 0; i < 2*n; i += 2 {
			if a, b := personOf(t, s, ids[i]), personOf(t, s, ids[i+1]); a != b {
				t.Fatalf("records %d and %d judged the same are persons %d and %d", ids[i], ids[i+1], a, b)
			}
		}
		all, err := s.AllJudgements(ctx)
		if err != nil || len(all) != n {
			t.Fatalf("AllJudgements: %d, %v; want %d", len(all), err, n)
		}
		moved, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, UpdatedAfter: before})
		if err != nil || len(moved) != n {
			t.Errorf("records updated by the merges: %d, %v; want %d", len(moved), err, n)
		}
	})
}
