package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQualityOf checks the pairwise counts on a hand-made case: people {a1 a2 b1} and {a3},
// truth a = {a1 a2 a3}, b = {b1}, and a record the truth does not list.
func TestQualityOf(t *testing.T) {
	people := map[int64][]string{1: {"s:a1", "s:a2", "s:b1"}, 2: {"s:a3"}, 3: {"s:x"}}
	truth := map[string]string{"s:a1": "a", "s:a2": "a", "s:a3": "a", "s:b1": "b"}
	q := qualityOf(people, truth)
	if q.TP != 1 || q.Predicted != 3 || q.True != 3 || q.Unknown != 1 {
		t.Fatalf("got %+v, want 1 true of 3 predicted, 3 true pairs, 1 unknown record", q)
	}
	if got := q.String(); !strings.Contains(got, "precision 0.3333 recall 0.3333") {
		t.Errorf("printed %q", got)
	}
}

// TestDedupTruth checks that dedup --truth prints the pairwise quality after the summary, and
// that a file that is not a truth fails before anything is resolved, naming its place.
func TestDedupTruth(t *testing.T) {
	db := tempDB(t)
	dir := genCorpus(t, db, 100, 5, "--no-resolve")
	_, log, err := tizimCmd(t, db, "dedup", "--dry-run", "--truth", filepath.Join(dir, "records.csv"))
	if err == nil || !strings.Contains(err.Error(), "records.csv line 1") || strings.Contains(log, "read and prepared") {
		t.Errorf("a records file as the truth: %v, log %q; want an error naming line 1 before any stage", err, log)
	}
	_, log, err = tizimCmd(t, db, "dedup", "--dry-run", "--truth", filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(log), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "dedup: against ") || !strings.Contains(last, "pairwise precision ") || strings.Contains(last, "not in the truth") {
		t.Errorf("last line %q, want the pairwise quality of every record", last)
	}
}
