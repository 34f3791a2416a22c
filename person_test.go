package tizim

import (
	"testing"
	"time"
)

func TestCluster(t *testing.T) {
	at := func(min int) time.Time { return time.Date(2026, 1, 1, 0, min, 0, 0, time.UTC) }
	same := func(a, b int64, by string, score float64, min int) Judgement {
		return Judgement{A: a, B: b, Verdict: Same, By: by, Score: score, Created: at(min)}
	}
	diff := func(a, b int64, by string, min int) Judgement {
		return Judgement{A: a, B: b, Verdict: Different, By: by, Created: at(min)}
	}
	tests := []struct {
		name string
		js   []Judgement
		want map[int64]int64
	}{
		{"no judgements", nil, map[int64]int64{1: 1, 2: 2, 3: 3, 4: 4}},
		{"matcher merges; smallest id survives", []Judgement{same(3, 2, Matcher, 0.9, 0)}, map[int64]int64{1: 1, 2: 2, 3: 2, 4: 4}},
		{"chain", []Judgement{same(1, 2, Matcher, 0.9, 0), same(2, 4, Matcher, 0.9, 0)}, map[int64]int64{1: 1, 2: 1, 3: 3, 4: 1}},
		{"reviewer different beats matcher same", []Judgement{same(1, 2, Matcher, 0.99, 0), diff(1, 2, "ana", 1)},
			map[int64]int64{1: 1, 2: 2, 3: 3, 4: 4}},
		{"different blocks a transitive chain", []Judgement{same(1, 2, Matcher, 0.9, 0), same(2, 3, Matcher, 0.8, 0), diff(1, 3, "ana", 1)},
			map[int64]int64{1: 1, 2: 1, 3: 3, 4: 4}},
		{"stronger link wins the conflict", []Judgement{same(1, 2, Matcher, 0.6, 0), same(2, 3, Matcher, 0.95, 0), diff(1, 3, "ana", 1)},
			map[int64]int64{1: 1, 2: 2, 3: 2, 4: 4}},
		{"withdrawn reviewer judgement lets the matcher stand", []Judgement{same(1, 2, Matcher, 0.9, 0), diff(1, 2, "ana", 1), {A: 1, B: 2, Verdict: Withdrawn, By: "ana", Created: at(2)}},
			map[int64]int64{1: 1, 2: 1, 3: 3, 4: 4}},
		{"undo of a reviewer merge", []Judgement{same(3, 4, "ana", 0, 1), {A: 4, B: 3, Verdict: Withdrawn, By: "bo", Created: at(2)}},
			map[int64]int64{1: 1, 2: 2, 3: 3, 4: 4}},
		{"latest reviewer judgement counts", []Judgement{diff(1, 4, "ana", 1), same(1, 4, "bo", 0, 2)}, map[int64]int64{1: 1, 2: 2, 3: 3, 4: 1}},
		{"unknown records ignored", []Judgement{same(1, 99, Matcher, 0.9, 0)}, map[int64]int64{1: 1, 2: 2, 3: 3, 4: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Cluster([]int64{1, 2, 3, 4}, tt.js)
			for r, p := range tt.want {
				if got[r] != p {
					t.Errorf("record %d in person %d, want %d (all: %v)", r, got[r], p, got)
				}
			}
		})
	}
}
