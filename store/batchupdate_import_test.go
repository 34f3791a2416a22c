package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// TestUpdateImport imports a source, links two of its records as one person and queues a pair
// for review, then imports corrected copies of the file twice, in the file's order and in
// reverse: each time exactly the changed records are Updated, in place (same id, same person),
// each with one more history row holding the version it replaced; the others are Unchanged and
// untouched; new rows in between are Created. Name search finds the corrected names, and a
// record sealed by the correction leaves what a lower clearance sees, its review pair too.
func TestUpdateImport(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := 3*recordBatch + 40 // two thirds change: two full batches of updates and a part
		importN(t, s, "leak", n)
		stored := map[int]*tizim.Record{} // what the database should hold, by row
		for i := range n {
			r, err := s.FindRecord(ctx, tizim.RecordKey{Source: "leak", RecordID: fmt.Sprint(i)})
			if err != nil {
				t.Fatal(err)
			}
			stored[i] = r
		}
		a, b := stored[3], stored[4]
		if err := s.Judge(ctx, tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Same, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
		if err := s.PutReviewPairs(ctx, []tizim.ReviewPair{{A: stored[6].ID, B: stored[7].ID, Prob: 0.5}}); err != nil {
			t.Fatal(err)
		}
		if b, _ = s.FindRecordByID(ctx, b.ID); b.PersonID != a.PersonID {
			t.Fatalf("records 3 and 4 are persons %d and %d after a same judgement", a.PersonID, b.PersonID)
		}
		stored[4] = b
		history := map[int][]string{} // the notes of each row's earlier versions, oldest first

		for pass, order := range [][]int{rows(n, false), rows(n, true)} {
			changed := func(i int) bool { return (i+pass)%3 != 1 || i == 4 }
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			created := 0
			for k, i := range order {
				r := synthetic("leak", i)
				r.Notes, r.Names = stored[i].Notes, stored[i].Names
				if changed(i) {
					r.Notes = fmt.Sprintf("pass %d", pass)
					r.Names = []tizim.Name{{Text: fmt.Sprintf("Qayta%d Tohti%dx", pass, i), Script: "latin", Role: tizim.FullName}}
				}
				if pass == 0 && i == 7 {
					r.Consent = tizim.Sealed
				} else if pass == 1 {
					r.Consent = stored[i].Consent
				}
				want := tizim.Unchanged
				if changed(i) || (pass == 0 && i == 7) {
					want = tizim.Updated
				}
				o, err := w.Put(ctx, r)
				if err != nil {
					t.Fatalf("pass %d row %d: %v", pass, i, err)
				}
				if o != want || r.ID != stored[i].ID || r.PersonID != stored[i].PersonID {
					t.Errorf("pass %d row %d: %v, record %d person %d; want %v, record %d person %d",
						pass, i, o, r.ID, r.PersonID, want, stored[i].ID, stored[i].PersonID)
				}
				if k%100 == 50 { // a row the file did not have before
					if o, err := w.Put(ctx, synthetic("leak", 10000*(pass+1)+k)); err != nil || o != tizim.Created {
						t.Fatalf("pass %d: new row %d: %v, %v", pass, k, o, err)
					}
					created++
				}
				if want == tizim.Updated {
					history[i] = append(history[i], stored[i].Notes)
					stored[i] = r
				}
			}
			if err := w.Commit(); err != nil {
				t.Fatal(err)
			}
			for i := range n {
				got, err := s.FindRecordByID(ctx, stored[i].ID)
				if err != nil || got.RecordID != fmt.Sprint(i) || got.PersonID != stored[i].PersonID ||
					got.Notes != stored[i].Notes || got.DisplayName() != stored[i].DisplayName() || got.Consent != stored[i].Consent {
					t.Fatalf("pass %d row %d: stored %+v, %v; want %+v", pass, i, got, err, stored[i])
				}
				h, err := s.RecordHistory(ctx, got.ID)
				var notes []string
				for _, v := range h {
					notes = append(notes, v.Notes)
				}
				if err != nil || !slices.Equal(notes, history[i]) {
					t.Fatalf("pass %d row %d: history %q, %v; want %q", pass, i, notes, err, history[i])
				}
			}
			c, err := s.Counts(ctx, tizim.Sealed)
			if want := n + created*(pass+1); err != nil || c.Records != want || c.People != want-1 {
				t.Errorf("pass %d: counts %+v, %v; want %d records, %d people", pass, c, err, want, want-1)
			}
		}
		for q, want := range map[string]int{
			"qayta1 tohti2x": 1, // changed in both passes
			"qayta0 tohti2x": 0, // corrected away
			"qayta0 tohti3x": 1, // in the first only
			"qayta1 tohti3x": 0,
			"qayta1 tohti1x": 1, // in the second only
			"qayta0 tohti1x": 0,
		} {
			if _, total, err := s.FindPeople(ctx, tizim.PersonFilter{Query: q, Clearance: tizim.Sealed}); err != nil || total != want {
				t.Errorf("search %q: %d people, %v; want %d", q, total, err, want)
			}
		}
		if _, err := s.FindPerson(ctx, stored[7].PersonID, tizim.Internal); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("a record sealed by the correction, as internal: %v, want ENOTFOUND", err)
		}
		for clearance, want := range map[tizim.Consent]int{tizim.Internal: 0, tizim.Sealed: 1} {
			if _, total, err := s.FindReviewPairs(ctx, clearance, tizim.Page{Limit: 10}); err != nil || total != want {
				t.Errorf("review pairs for %s after sealing one of its records: %d, %v; want %d", clearance, total, err, want)
			}
		}
	})
}

// TestUpdateTwiceInOneImport: a file that corrects a record and then has it again as it was
// before updates it twice, whether the record was read ahead or the first change is still
// queued: the record ends as the file's last row has it, with both versions in its history.
func TestUpdateTwiceInOneImport(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		importN(t, s, "leak", 20)
		w, err := s.BeginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Rollback()
		var outcomes []tizim.PutOutcome
		for _, r := range []*tizim.Record{
			synthetic("leak", 0),         // looked up: the next records are read ahead
			corrected("leak", 1, true),   // found read ahead, queued
			synthetic("leak", 1),         // as stored before the import, but not as queued
			corrected("leak", 2, true),   // found read ahead, queued
			corrected("leak", 2, true),   // as queued
			corrected("leak", 300, true), // new
		} {
			o, err := w.Put(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			outcomes = append(outcomes, o)
		}
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		want := []tizim.PutOutcome{tizim.Unchanged, tizim.Updated, tizim.Updated, tizim.Updated, tizim.Unchanged, tizim.Created}
		if !slices.Equal(outcomes, want) {
			t.Errorf("outcomes %v, want %v", outcomes, want)
		}
		for i, notes := range map[int][]string{1: {"", "corrected 1"}, 2: {""}} {
			got, err := s.FindRecord(ctx, tizim.RecordKey{Source: "leak", RecordID: fmt.Sprint(i)})
			if err != nil {
				t.Fatal(err)
			}
			h, err := s.RecordHistory(ctx, got.ID)
			var hn []string
			for _, v := range h {
				hn = append(hn, v.Notes)
			}
			if last := corrected("leak", i, i == 2); err != nil || got.Notes != last.Notes || !slices.Equal(hn, notes) {
				t.Errorf("row %d: notes %q, history %q, %v; want %q, %q", i, got.Notes, hn, err, last.Notes, notes)
			}
		}
	})
}

// rows returns 0..n-1, or n-1..0.
func rows(n int, reverse bool) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
		if reverse {
			out[i] = n - 1 - i
		}
	}
	return out
}
