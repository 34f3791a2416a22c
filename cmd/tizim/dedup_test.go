package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

func TestDedupCorpus(t *testing.T) {
	db := tempDB(t)
	genCorpus(t, db, 300, 7)
	out, log, err := tizimCmd(t, db, "dedup")
	if err != nil {
		t.Fatal(err)
	}
	records, people := 0, 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var l dedupLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.Person == 0 || len(l.Records) == 0 {
			t.Fatalf("bad dedup line %q: %v", sc.Text(), err)
		}
		people++
		records += len(l.Records)
	}
	if people == 0 || people >= records {
		t.Fatalf("dedup made %d people of %d records: nothing was merged", people, records)
	}
	if people < 300*8/10 {
		t.Errorf("dedup made %d people of a corpus of 300: too many merges", people)
	}
	// An operator sees each stage end, in order, and then the summary.
	stages := []string{"dedup: read 0 judgements (",
		fmt.Sprintf("dedup: read and prepared %d records (", records), "dedup: found ", "dedup: prepared ",
		"dedup: trained the model (", "dedup: scored the candidate pairs: ", "dedup: clustered: ",
		"dedup: picked ", "dedup: grouped the records into people (", "dedup: made the model's snapshot and ",
		"dedup: stored ", fmt.Sprintf("dedup: %d records into %d people;", records, people)}
	lines := strings.Split(strings.TrimSpace(log), "\n")
	if len(lines) != len(stages) {
		t.Fatalf("dedup wrote %d lines on stderr, want %d:\n%s", len(lines), len(stages), log)
	}
	for k, want := range stages {
		if !strings.HasPrefix(lines[k], want) {
			t.Errorf("stderr line %d = %q, want it to start %q", k+1, lines[k], want)
		}
	}

	count := func() int {
		st, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		js, err := st.AllJudgements(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return len(js)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	pairs, n, err := st.FindReviewPairs(context.Background(), tizim.Sealed, tizim.Page{Limit: 5})
	st.Close()
	if err != nil || n == 0 || len(pairs) == 0 || len(pairs[0].Evidence) == 0 {
		t.Errorf("review queue after dedup: %d pairs (%v); want pairs with evidence", n, err)
	}
	before := count()
	if again, _, err := tizimCmd(t, db, "dedup"); err != nil || again != out {
		t.Errorf("a second dedup gave different people (err %v)", err)
	}
	if after := count(); after != before {
		t.Errorf("a second dedup stored %d more judgements, want none", after-before)
	}
}

func TestRecordKeys(t *testing.T) {
	want := []tizim.RecordKey{{Source: "police-list-a", RecordID: "74"}, {Source: "uyghur-list", RecordID: ""},
		{Source: "media", RecordID: "a:b"}}
	var ks recordKeys
	for i, k := range want {
		ks.add(int64(10+i), k)
	}
	for i, k := range want {
		if got := ks.key(i); got != k.String() || ks.ids[i] != int64(10+i) {
			t.Errorf("record %d: %d %q, want %d %q", i, ks.ids[i], got, 10+i, k.String())
		}
	}
}

// TestDedupHeapProfile: with TIZIM_HEAPPROFILE set, dedup writes a heap profile, one that
// go tool pprof reads (gzip), as each of its stages ends; without it, none.
func TestDedupHeapProfile(t *testing.T) {
	db := tempDB(t)
	genCorpus(t, db, 50, 3, "--no-resolve")
	prefix := filepath.Join(t.TempDir(), "dedup-")
	t.Setenv(heapProfileEnv, prefix)
	_, log, err := tizimCmd(t, db, "dedup", "--dry-run")
	if err != nil {
		t.Fatal(err)
	}
	stages := strings.Count(log, "\n") - 1 // the last line is the summary
	files, err := filepath.Glob(prefix + "*.heap")
	if err != nil || len(files) != stages || stages < 5 {
		t.Fatalf("%d heap profiles for %d stages (%v):\n%s", len(files), stages, err, log)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not a gzipped profile (%d bytes, %v)", f, len(b), err)
		}
	}
}

// TestNewJudgements checks which of a resolution's judgements are stored: not a matcher's
// verdict the matcher already gave last on that pair, not a withdrawal of a link it never made;
// everything, and the same slice, when nothing is dropped.
func TestNewJudgements(t *testing.T) {
	same := func(a, b int64, by string) tizim.Judgement {
		return tizim.Judgement{A: a, B: b, Verdict: tizim.Same, By: by}
	}
	withdrawn := func(a, b int64) tizim.Judgement {
		return tizim.Judgement{A: a, B: b, Verdict: tizim.Withdrawn, By: tizim.Matcher}
	}
	existing := []tizim.Judgement{same(1, 2, tizim.Matcher), same(3, 4, "reviewer"), same(5, 6, tizim.Matcher), withdrawn(5, 6)}
	proposed := []tizim.Judgement{
		same(2, 1, tizim.Matcher), // the matcher's latest on the pair: dropped
		same(3, 4, tizim.Matcher), // only a reviewer's so far: kept
		same(5, 6, tizim.Matcher), // withdrawn since: kept
		withdrawn(7, 8),           // never linked: dropped
		withdrawn(1, 2),           // linked: kept
	}
	orig := slices.Clone(proposed)
	got := newJudgements(existing, proposed)
	if want := []tizim.Judgement{proposed[1], proposed[2], proposed[4]}; !slices.Equal(got, want) {
		t.Errorf("newJudgements = %v, want %v", got, want)
	}
	if !slices.Equal(proposed, orig) {
		t.Errorf("newJudgements changed what it was given: %v", proposed)
	}
	first := []tizim.Judgement{same(1, 2, tizim.Matcher), same(3, 4, tizim.Matcher)}
	if got := newJudgements(nil, first); len(got) != 2 || &got[0] != &first[0] {
		t.Errorf("newJudgements of a first resolution = %v, want what it was given", got)
	}
}
