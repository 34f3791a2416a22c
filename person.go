package tizim

import (
	"slices"
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
	people := ClusterIDs(records, js)
	out := make(map[int64]int64, len(records))
	for k, r := range records {
		out[r] = people[k]
	}
	return out
}

// ClusterIDs is Cluster with each record's person id in the order of records: a full resolution
// clusters millions of records, which arrays index faster than maps (at a million people 7.98
// CPU-s with maps, 1.62 with arrays, in the profiles of docs/PERFORMANCE.md; BenchmarkCluster
// compares the two).
func ClusterIDs(records []int64, js []Judgement) []int64 {
	ids := records
	if !slices.IsSorted(ids) || hasRepeats(ids) {
		ids = slices.Compact(slices.Sorted(slices.Values(records)))
	}
	at := indexOf(ids)
	parent := make([]int32, len(ids))
	for k := range parent {
		parent[k] = int32(k)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	type link struct {
		a, b  int32 // indexes in ids, a the smaller id
		auto  bool
		score float64
	}
	apart := map[int32][]int32{} // cluster root -> records judged different from some member
	var links []link
	for _, j := range Effective(js) {
		p := pairOf(j.A, j.B)
		a, okA := at(p.a)
		b, okB := at(p.b)
		if !okA || !okB {
			continue
		}
		if j.Verdict == Different {
			apart[a] = append(apart[a], b)
			apart[b] = append(apart[b], a)
		} else {
			links = append(links, link{a, b, j.Automatic(), j.Score})
		}
	}
	// Reviewers' links first, then by descending score, then by the pair: a total order, since
	// Effective gives one judgement a pair.
	slices.SortFunc(links, func(x, y link) int {
		switch {
		case x.auto != y.auto:
			if !x.auto {
				return -1
			}
			return 1
		case x.score != y.score:
			if x.score > y.score {
				return -1
			}
			return 1
		case x.a != y.a:
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	for _, l := range links {
		ra, rb := find(l.a), find(l.b)
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
		if len(apart[ra]) > 0 {
			apart[rb] = append(apart[rb], apart[ra]...)
			delete(apart, ra)
		}
	}
	// ids ascend, so a cluster's first member met is its smallest id.
	smallest := make([]int32, len(ids))
	for k := range smallest {
		smallest[k] = -1
	}
	for k := range ids {
		if root := find(int32(k)); smallest[root] < 0 {
			smallest[root] = int32(k)
		}
	}
	out := make([]int64, len(records))
	for k, r := range records {
		x, _ := at(r)
		out[k] = ids[smallest[find(x)]]
	}
	return out
}

// indexOf returns the function that finds an id's index in ids, ascending and distinct: a table
// by id when the ids are dense, as a database's are (at most four slots an id), else a binary
// search.
func indexOf(ids []int64) func(id int64) (int32, bool) {
	if len(ids) == 0 {
		return func(int64) (int32, bool) { return 0, false }
	}
	lo, span := ids[0], ids[len(ids)-1]-ids[0]+1
	if span < 0 || span > 4*int64(len(ids)) {
		return func(id int64) (int32, bool) {
			k, ok := slices.BinarySearch(ids, id)
			return int32(k), ok
		}
	}
	table := make([]int32, span)
	for k := range table {
		table[k] = -1
	}
	for k, id := range ids {
		table[id-lo] = int32(k)
	}
	return func(id int64) (int32, bool) {
		if id < lo || id-lo >= span {
			return 0, false
		}
		k := table[id-lo]
		return k, k >= 0
	}
}

// hasRepeats reports whether sorted ids hold an id twice.
func hasRepeats(ids []int64) bool {
	for k := 1; k < len(ids); k++ {
		if ids[k] == ids[k-1] {
			return true
		}
	}
	return false
}
