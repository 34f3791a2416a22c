package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/resolve"
	"github.com/tizim/tizim/store"
)

func init() { register("dedup", "resolve all records into people", runDedup) }

// dedupLine is one line of `tizim dedup` output: a person and the records that make it.
type dedupLine struct {
	Person  int64    `json:"person"`
	Records []string `json:"records"`
}

// runDedup re-resolves every record: it trains the model on the data (with reviewers'
// judgements as labels), stores the matcher's judgements, and prints the resulting people as
// JSON Lines. Reviewers' judgements are never overridden.
func runDedup(ctx context.Context, e *env, args []string) error {
	fs := e.flags("dedup")
	dry := fs.Bool("dry-run", false, "print the people without storing the judgements")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	recs, res, err := resolveAll(ctx, st, !*dry)
	if err != nil {
		return err
	}
	keys := make(map[int64]string, len(recs))
	for _, r := range recs {
		keys[r.ID] = r.Key().String()
	}
	people := map[int64][]string{}
	for _, r := range recs {
		p := res.Clusters[r.ID]
		people[p] = append(people[p], keys[r.ID])
	}
	ids := make([]int64, 0, len(people))
	for p := range people {
		ids = append(ids, p)
	}
	sort.Slice(ids, func(i, k int) bool { return ids[i] < ids[k] })
	enc := json.NewEncoder(e.stdout)
	for _, p := range ids {
		if err := enc.Encode(dedupLine{Person: p, Records: people[p]}); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "dedup: %d records into %d people; %d merges, %d pairs for review (%.1fs)\n",
		len(recs), len(ids), res.Stats.Merged, len(res.Review), time.Since(start).Seconds())
	return nil
}

// resolveAll resolves every record in the store and, when store is true, stores the matcher's
// judgements that change something: a link the matcher already made is not written again.
func resolveAll(ctx context.Context, st *store.Store, save bool) ([]*tizim.Record, resolve.Result, error) {
	recs, _, err := st.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed})
	if err != nil {
		return nil, resolve.Result{}, err
	}
	js, err := st.AllJudgements(ctx)
	if err != nil {
		return nil, resolve.Result{}, err
	}
	res, err := resolve.Dedup(recs, js, resolve.Options{})
	if err != nil {
		return nil, resolve.Result{}, err
	}
	if !save {
		return recs, res, nil
	}
	if fresh := newJudgements(js, res.Judgements); len(fresh) > 0 {
		if err := st.Judge(ctx, fresh...); err != nil {
			return nil, resolve.Result{}, err
		}
	}
	if err := st.PutReviewPairs(ctx, reviewPairs(res.Review)); err != nil {
		return nil, resolve.Result{}, err
	}
	return recs, res, nil
}

// reviewPairs turns the resolver's undecided pairs into the review queue's. A pair whose
// numbers are not finite is left out rather than failing the whole queue.
func reviewPairs(ps []resolve.Pair) []tizim.ReviewPair {
	out := make([]tizim.ReviewPair, 0, len(ps))
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	for _, p := range ps {
		ok := finite(p.Prob) && finite(p.Weight)
		ev := make([]tizim.Evidence, len(p.Evidence))
		for k, e := range p.Evidence {
			ev[k] = tizim.Evidence{Field: e.Field, Level: e.Level, Weight: e.Weight}
			ok = ok && finite(e.Weight)
		}
		if ok {
			out = append(out, tizim.ReviewPair{A: p.A, B: p.B, Prob: p.Prob, Weight: p.Weight, Evidence: ev})
		}
	}
	return out
}

// newJudgements drops from proposed the matcher judgements whose verdict is already the
// matcher's latest on that pair, so that running dedup twice stores nothing the second time.
func newJudgements(existing, proposed []tizim.Judgement) []tizim.Judgement {
	latest := map[[2]int64]tizim.Verdict{} // existing is oldest first
	for _, j := range existing {
		if j.Automatic() {
			latest[j.Pair()] = j.Verdict
		}
	}
	var out []tizim.Judgement
	for _, j := range proposed {
		v, ok := latest[j.Pair()]
		if (ok && v == j.Verdict) || (!ok && j.Verdict == tizim.Withdrawn) {
			continue
		}
		out = append(out, j)
	}
	return out
}
