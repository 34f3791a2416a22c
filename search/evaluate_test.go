package search

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// nearTie is the score difference under which a person missed counts as a near tie: a common
// name whose writings score 1 and 0.97 among hundreds of people of that name.
const nearTie = 0.05

// answer is one hit of a benchmarked search: a person and its score.
type answer struct {
	id    int64
	score float64
	name  string // the hit's best-matching writing, when the system tells it
}

// evaluate answers every query, then reports latency percentiles and recall@10, in all and by
// the script of the query. search returns people with their scores, best first.
// same tells whether a hit's name is a writing of the person's own name.
// score, when given, explains the misses: a miss whose person scores the same as the tenth
// hit is a tie between people of the same name (ties), one that scores less was outranked by
// other names (ranked below), one that scores more was not among the candidates (not
// retrieved; near ties when it scores at most nearTie more).
func evaluate(b *testing.B, c *benchCorpus, search func(benchQuery) []answer, score func(q string, row int) float64, same func(name string, q benchQuery) bool, explain func(benchQuery) string) {
	type stat struct {
		lat          []int64
		found, ties  int
		below, n     int
		belowKin     int // ranked below namesakes only: kin, or people written as the query
		near         int
		missRetrieve int
	}
	by := map[string]*stat{"all": {}}
	var cpu time.Duration // of the searches alone, not of explaining the misses
	var missed []string   // the misses that are the index's own
	for _, q := range c.queries {
		if q.text == "" {
			continue
		}
		c0, t0 := cpuTime(), time.Now()
		ids := search(q)
		d := time.Since(t0).Nanoseconds()
		cpu += cpuTime() - c0
		if len(ids) > 10 {
			ids = ids[:10]
		}
		ok := slices.ContainsFunc(ids, func(a answer) bool { return a.id == q.person })
		// The queries whose writing fewer than ten other people share: where the name alone
		// can put the person in the first ten.
		groups := []string{"all", q.script}
		if q.namesakes < 10 {
			groups = append(groups, "namesakes<10")
		}
		if len(q.kin) < 10 {
			groups = append(groups, "name identifies")
		}
		for _, k := range groups {
			s := by[k]
			if s == nil {
				s = &stat{}
				by[k] = s
			}
			s.n++
			s.lat = append(s.lat, d)
			if ok {
				s.found++
			}
		}
		if ok || score == nil {
			continue
		}
		best := 0.0
		for _, t := range q.targets {
			best = max(best, score(q.text, t))
		}
		tenth := -1.0
		if len(ids) == 10 {
			tenth = ids[9].score
		}
		// The hits of other names than the person's: neither kin, nor written as the query
		// (a score of 1: a one-part query such as Gulnur is every Gulnur's name), nor a
		// writing that names.Compare takes for one of the person's own (same: the same two
		// parts in another order, or in a script the person was not written in).
		var strangers []string
		for _, a := range ids {
			if !q.kin[a.id] && a.score < 1 && (same == nil || !same(a.name, q)) {
				strangers = append(strangers, fmt.Sprintf("%s %.3f", a.name, a.score))
			}
		}
		for _, k := range groups {
			switch {
			case best == tenth:
				by[k].ties++
			case best < tenth:
				by[k].below++
				if len(strangers) == 0 {
					by[k].belowKin++
				}
			case best <= tenth+nearTie:
				by[k].near++
			default:
				by[k].missRetrieve++
			}
		}
		if best < tenth && len(strangers) > 0 {
			var them []string
			for _, t := range q.targets {
				them = append(them, strings.Join(c.names[t], " | "))
			}
			missed = append(missed, fmt.Sprintf("below\t%s\t%d\t%.3f\t%.3f\t%s\t%s\t%s", q.script, len(q.kin), best, tenth, q.text, strings.Join(strangers, " ; "), strings.Join(them, " || ")))
		}
		if best > tenth {
			var them []string
			for _, t := range q.targets {
				them = append(them, strings.Join(c.names[t], " | "))
			}
			why := ""
			if explain != nil {
				why = explain(q)
			}
			missed = append(missed, fmt.Sprintf("%s\t%d\t%.3f\t%.3f\t%s\t%s\t%s", q.script, q.namesakes, best, tenth, q.text, why, strings.Join(them, " || ")))
		}
	}
	if path := os.Getenv("TIZIM_BENCH_MISSES"); path != "" && score != nil {
		// the index's own misses, for a closer look: script, namesakes, the person's best
		// score, the tenth hit's, the query, the person's other names
		if err := os.WriteFile(path, []byte(strings.Join(missed, "\n")+"\n"), 0o644); err != nil {
			b.Error(err)
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var lines []string
	for _, k := range keys {
		s := by[k]
		slices.Sort(s.lat)
		rel := "-"
		if score != nil {
			rel = ratio(s.found, s.found+s.near+s.missRetrieve)
		}
		lines = append(lines, strings.Join([]string{k,
			time.Duration(percentile(s.lat, 0.5)).String(), time.Duration(percentile(s.lat, 0.99)).String(),
			ratio(s.found, s.n), ratio(s.found+s.ties, s.n), rel,
			strconv.Itoa(s.n), strconv.Itoa(s.ties), strconv.Itoa(s.below), strconv.Itoa(s.belowKin), strconv.Itoa(s.near), strconv.Itoa(s.missRetrieve)}, " | "))
	}
	all := by["all"]
	b.Logf("script | p50 | p99 | recall@10 | recall@10 with ties | recall@10 of what names.Compare ranks first ten | queries | ties | ranked below | of which below namesakes only | near ties | not retrieved\n%s\nCPU per query %v",
		strings.Join(lines, "\n"), cpu/time.Duration(max(all.n, 1)))
	b.ReportMetric(float64(percentile(all.lat, 0.5))/1e6, "p50-ms")
	b.ReportMetric(float64(percentile(all.lat, 0.99))/1e6, "p99-ms")
	b.ReportMetric(float64(all.found)/float64(max(all.n, 1)), "recall@10")
}

func ratio(a, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(n))
}

// diagnose tells where a query lost the records with the ids: not among the candidates at
// all, or among them with a rough score below the last compared, or compared.
func (ix *Index) diagnose(query string, ids []int64) string {
	parts := queryParts(query)
	level := tizim.Sealed.Rank()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	qs := ix.resolve(units(parts, ix.knows), level)
	acc := &accumulator{}
	acc.ready(len(ix.entries))
	ix.collect(qs, uint8(level), &sieve{}, acc, len(parts), wholeCap)
	all, whole := ix.best(qs, acc, len(parts), len(acc.slots), len(acc.slots))
	sort.Slice(all, func(i, j int) bool { return less(all[j], all[i]) })
	sort.Slice(whole, func(i, j int) bool { return less(whole[j], whole[i]) })
	first, _ := ix.best(qs, acc, len(parts), max(rerankMax, rerank), 0)
	compared := len(cut(first, rerank))
	var out []string
	for _, id := range ids {
		s, ok := ix.byID[id]
		if !ok {
			continue
		}
		pos := slices.IndexFunc(all, func(c candidate) bool { return c.slot == s })
		if pos < 0 {
			out = append(out, fmt.Sprintf("not a candidate (%d candidates)", len(all)))
			continue
		}
		cover := "not covering every part"
		if w := slices.IndexFunc(whole, func(c candidate) bool { return c.slot == s }); w >= 0 {
			cover = fmt.Sprintf("%d of %d covering every part", w+1, len(whole))
		}
		out = append(out, fmt.Sprintf("candidate %d of %d, rough %.2f, last compared %.2f (%d compared), %s",
			pos+1, len(all), all[pos].score, all[min(compared, len(all))-1].score, compared, cover))
	}
	return strings.Join(out, "; ")
}
