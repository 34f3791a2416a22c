package tizim

import (
	"sort"
	"time"
)

// Person is a cluster of records that refer to one human being. Its ID is the smallest record
// id in the cluster, so it is stable: after a merge the surviving id answers for both, and the
// other id (a record id too) redirects to it; undoing the merge brings the old id back.
type Person struct {
	ID      int64     `json:"person"`
	Name    string    `json:"name"`
	Records []*Record `json:"records,omitempty"`
	// RecordCount is the number of records the caller may see.
	RecordCount int    `json:"record_count"`
	Status      Status `json:"status,omitempty"`
}

// Verdict is what a judgement says of two records.
type Verdict string

// Verdicts. Unsure and Withdrawn are neutral: a withdrawn reviewer judgement undoes an earlier
// one and lets the matcher's judgement stand again.
const (
	Same      Verdict = "same"
	Different Verdict = "different"
	Unsure    Verdict = "unsure"
	Withdrawn Verdict = "withdrawn"
)

// Matcher is the By of judgements made by the automatic matcher.
const Matcher = "matcher"

// Judgement says that two records are, or are not, the same person. Judgements are never
// deleted: a later one replaces an earlier one on the same pair, and a reviewer's beats the
// matcher's.
type Judgement struct {
	ID      int64     `json:"id,omitempty"`
	A       int64     `json:"a"` // record ids
	B       int64     `json:"b"`
	Verdict Verdict   `json:"verdict"`
	By      string    `json:"by"` // Matcher, or the reviewer's user name
	Score   float64   `json:"score,omitempty"`
	Reason  string    `json:"reason,omitempty"`
	Created time.Time `json:"created,omitzero"`
}

// Pair returns the two record ids, smaller first: the same for a judgement on (a, b) and on
// (b, a), so it can key a map of judgements by pair.
func (j *Judgement) Pair() [2]int64 {
	p := pairOf(j.A, j.B)
	return [2]int64{p.a, p.b}
}

// Automatic reports whether the matcher made the judgement.
func (j *Judgement) Automatic() bool { return j.By == Matcher }

type pair struct{ a, b int64 }

func pairOf(a, b int64) pair {
	if a > b {
		a, b = b, a
	}
	return pair{a, b}
}

// Effective returns, for each pair of records, the judgement that counts: the latest by a
// reviewer if there is one that is not neutral, else the latest by the matcher. Later means
// later Created, then higher ID.
func Effective(js []Judgement) []Judgement {
	type slot struct{ reviewer, matcher *Judgement }
	by := map[pair]*slot{}
	later := func(x, y *Judgement) bool {
		if !x.Created.Equal(y.Created) {
			return x.Created.After(y.Created)
		}
		return x.ID > y.ID
	}
	for i := range js {
		j := &js[i]
		p := pairOf(j.A, j.B)
		s := by[p]
		if s == nil {
			s = &slot{}
			by[p] = s
		}
		cur := &s.reviewer
		if j.Automatic() {
			cur = &s.matcher
		}
		if *cur == nil || later(j, *cur) {
			*cur = j
		}
	}
	out := make([]Judgement, 0, len(by))
	for _, s := range by {
		switch {
		case s.reviewer != nil && (s.reviewer.Verdict == Same || s.reviewer.Verdict == Different):
			out = append(out, *s.reviewer)
		case s.matcher != nil && (s.matcher.Verdict == Same || s.matcher.Verdict == Different):
			out = append(out, *s.matcher)
		}
	}
	return out
}

// Cluster groups records into people by the judgements on them and returns each record's
// person id (the smallest record id of its cluster). "Different" is a hard constraint: a
// "same" link that would put two records judged different into one cluster is not followed.
// Reviewers' links are followed first, then the matcher's by descending score, so a strong
// link wins over a weak one that contradicts it. Judgements that name records not in records
// are ignored.
func Cluster(records []int64, js []Judgement) map[int64]int64 {
	parent := make(map[int64]int64, len(records))
	for _, r := range records {
		parent[r] = r
	}
	var find func(int64) int64
	find = func(x int64) int64 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	eff := Effective(js)
	apart := map[int64][]int64{} // cluster root -> records judged different from some member
	var links []Judgement
	for _, j := range eff {
		if _, ok := parent[j.A]; !ok {
			continue
		}
		if _, ok := parent[j.B]; !ok {
			continue
		}
		if j.Verdict == Different {
			apart[j.A] = append(apart[j.A], j.B)
			apart[j.B] = append(apart[j.B], j.A)
		} else {
			links = append(links, j)
		}
	}
	sort.Slice(links, func(i, k int) bool {
		x, y := &links[i], &links[k]
		if x.Automatic() != y.Automatic() {
			return !x.Automatic()
		}
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		px, py := pairOf(x.A, x.B), pairOf(y.A, y.B)
		return px.a < py.a || (px.a == py.a && px.b < py.b)
	})
	for _, l := range links {
		ra, rb := find(l.A), find(l.B)
		if ra == rb {
			continue
		}
		if len(apart[ra]) > len(apart[rb]) {
			ra, rb = rb, ra
		}
		blocked := false
		for _, x := range apart[ra] {
			if find(x) == rb {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		parent[ra] = rb
		apart[rb] = append(apart[rb], apart[ra]...)
		delete(apart, ra)
	}
	minOf := map[int64]int64{}
	for _, r := range records {
		root := find(r)
		if m, ok := minOf[root]; !ok || r < m {
			minOf[root] = r
		}
	}
	out := make(map[int64]int64, len(records))
	for _, r := range records {
		out[r] = minOf[find(r)]
	}
	return out
}
