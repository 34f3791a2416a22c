package store

import (
	"context"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// TestWholeRegroupHoldsOffWriters: on PostgreSQL, while a Judge that regroups the whole
// database is open, a reviewer's judgement waits for it instead of being written between its
// scans and its moves (where the regroup, clustering what it read before, would undo the
// reviewer's people). Once the regroup commits, the reviewer's judgement goes through and every
// record's person is what clustering all the judgements gives. SQLite has one writer and needs
// no lock (a transaction that read before another committed cannot write).
func TestWholeRegroupHoldsOffWriters(t *testing.T) {
	s := openPostgres(t)
	ctx := context.Background()
	ids := people(t, s, 40)
	// the matcher links records 0–29 in pairs; the reviewer joins 30 and 31, which it leaves
	var big []tizim.Judgement
	for i := 0; i+1 < 30; i += 2 {
		big = append(big, tizim.Judgement{A: ids[i], B: ids[i+1], By: tizim.Matcher, Verdict: tizim.Same, Score: 0.9})
	}
	tx, release, err := s.bulkTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	defer tx.Rollback()
	if err := s.judgeIn(ctx, tx, big, true); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- s.Judge(ctx, tizim.Judgement{A: ids[30], B: ids[31], By: "reviewer", Verdict: tizim.Same, Reason: "same father, same village"})
	}()
	select {
	case err := <-done:
		t.Fatalf("the reviewer's judgement was written while the whole regroup was open (err %v)", err)
	case <-time.After(500 * time.Millisecond):
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the reviewer's judgement after the regroup: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the reviewer's judgement still waits after the regroup committed")
	}
	all, err := s.AllJudgements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tizim.Cluster(ids, all)
	read, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer read.Rollback()
	got, err := s.allPersons(ctx, read)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range got.ids {
		if got.persons[i] != want[id] {
			t.Errorf("record %d: person %d, clustering every judgement gives %d", id, got.persons[i], want[id])
		}
	}
	if want[ids[30]] != want[ids[31]] || want[ids[0]] != want[ids[1]] {
		t.Errorf("the people do not hold both the matcher's and the reviewer's links")
	}
}
