package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
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
	truthFile := fs.String("truth", "", "a ground truth (source,record_id,person, as tizim gen writes it) to measure the people against, pair by pair")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *truthFile != "" { // a file that is not a truth fails before minutes of work
		f, _, err := openTruth(*truthFile)
		if err != nil {
			return err
		}
		f.Close()
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	log := newStageLog(e.stderr, "dedup")
	log.after = func(n int) { writeHeapProfile(e, n) }
	// Exclusive: nothing else wants the database while dedup stores, so on SQLite it writes
	// through a rollback journal rather than the WAL (store/bulkjournal.go).
	// The people are written out while the resolution is stored, on the core that storing
	// leaves idle, into a buffer: they reach standard output only once they are stored.
	var out bytes.Buffer
	var nPeople int
	var outErr error
	recs, res, err := resolveAll(store.Exclusive(ctx), st, !*dry, log, func(recs *recordKeys, res resolve.Full) {
		nPeople, outErr = writePeople(&out, recs, res.Clusters)
	})
	if err != nil {
		return err
	}
	if outErr != nil {
		return outErr
	}
	if _, err := out.WriteTo(e.stdout); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "dedup: %d records into %d people; %d merges, %d pairs for review (%.1fs)\n",
		len(recs.ids), nPeople, res.Stats.Merged, len(res.Review), time.Since(start).Seconds())
	if *truthFile != "" { // read only now: at a million people the map is 286 MiB live, which would add to the peak
		// The truth needs the people alone. What else the resolution returned (its judgements,
		// review pairs, model and keys) is let go and collected first: resolveAll's memory
		// limit is lifted by now, and the collector's next goal was twice what the resolution
		// held live, so that the truth's maps and garbage took the process, at a million
		// people, to 4,079,828 KiB of RSS where the resolution itself peaked at 3.7 GB.
		clusters := res.Clusters
		res = resolve.Full{}
		runtime.GC()
		truth, err := readTruth(*truthFile)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "dedup: against %s: %v\n", *truthFile, qualityOf(peopleOf(recs, clusters), truth))
	}
	return nil
}

// recordKeys are records' ids and the keys they are reported by ("source:record_id"), the keys'
// text in one array: a million people's 2.5 million keys as strings were as many objects for
// the collector to mark, again and again, for the whole resolution.
type recordKeys struct {
	ids  []int64
	text []byte
	ends []int // the end of the i-th key in text
}

func (k *recordKeys) add(id int64, key tizim.RecordKey) {
	k.ids = append(k.ids, id)
	k.text = append(append(append(k.text, key.Source...), ':'), key.RecordID...)
	k.ends = append(k.ends, len(k.text))
}

// key returns the i-th record's key.
func (k *recordKeys) key(i int) string {
	start := 0
	if i > 0 {
		start = k.ends[i-1]
	}
	return string(k.text[start:k.ends[i]])
}

// eachPerson calls fn with each person and its records' keys, people in the order of their ids
// and keys in record id order, and stops at fn's first error. keys is fn's only until it
// returns. It sorts the records by person rather than grouping them in a map: a million
// people's map of key lists was 2.5 million strings for the collector.
func eachPerson(recs *recordKeys, clusters map[int64]int64, fn func(person int64, keys []string) error) error {
	type member struct {
		person int64
		i      int32 // the record's index in recs, which is in id order
	}
	ms := make([]member, len(recs.ids))
	for i, id := range recs.ids {
		ms[i] = member{clusters[id], int32(i)}
	}
	slices.SortFunc(ms, func(a, b member) int { return cmp.Or(cmp.Compare(a.person, b.person), cmp.Compare(a.i, b.i)) })
	var keys []string
	for lo := 0; lo < len(ms); {
		hi := lo
		keys = keys[:0]
		for ; hi < len(ms) && ms[hi].person == ms[lo].person; hi++ {
			keys = append(keys, recs.key(int(ms[hi].i)))
		}
		if err := fn(ms[lo].person, keys); err != nil {
			return err
		}
		lo = hi
	}
	return nil
}

// writePeople writes people as `tizim dedup` prints them, a JSON line each (see eachPerson for
// the order), and returns how many it wrote.
func writePeople(w io.Writer, recs *recordKeys, clusters map[int64]int64) (int, error) {
	enc := json.NewEncoder(w)
	n := 0
	err := eachPerson(recs, clusters, func(p int64, keys []string) error {
		n++
		return enc.Encode(dedupLine{Person: p, Records: keys})
	})
	return n, err
}

// peopleOf groups the records' keys by person.
func peopleOf(recs *recordKeys, clusters map[int64]int64) map[int64][]string {
	people := map[int64][]string{}
	eachPerson(recs, clusters, func(p int64, keys []string) error {
		people[p] = slices.Clone(keys)
		return nil
	})
	return people
}

// storingMemoryBudget is the heap storing a full resolution may hold above what the resolution
// left live (see resolveAll).
const storingMemoryBudget = 3 << 29 // 1.5 GiB

// resolveAll resolves every record in the store and, when save is true, stores in one
// transaction the matcher's judgements that change something (a link the matcher already made
// is not written again), the review queue, the trained model and every record's candidate keys,
// so that later imports resolve with the same parameters (see resolveNew). It returns each
// record's id and key, in id order. Each stage's end is written to log (nil for none).
// meanwhile, when not nil, is called with what resolveAll returns once the records are
// resolved, on another goroutine while they are stored (storing runs on one core), and has
// returned when resolveAll does.
func resolveAll(ctx context.Context, st *store.Store, save bool, log *stageLog, meanwhile func(*recordKeys, resolve.Full)) (*recordKeys, resolve.Full, error) {
	js, err := st.AllJudgements(ctx)
	if err != nil {
		return nil, resolve.Full{}, err
	}
	log.done("read %d judgements", len(js))
	// A soft memory limit: at a million people the resolution's garbage would otherwise take
	// the heap to three times what it keeps live (what that costs and what a GOMEMLIMIT saves:
	// docs/OPERATIONS.md). It holds while the results are written too: writing a million
	// judgements, review pairs and keys made the heap peak there, at 12.6 GB of RSS at a
	// million people, once the limit was lifted.
	restore := resolve.LimitMemory(resolve.DefaultMemoryBudget)
	defer restore()
	// The records are read a range of ids at a time, only what resolution compares and each
	// record's key to report it by, and prepared as they come: at a million people they are
	// 1.8 GB of small objects, which need never be held at once.
	keys := &recordKeys{}
	records := func(fn func([]*tizim.Record) error) error {
		return st.EachCandidateRecords(ctx, func(rs []*tizim.Record) error {
			for _, r := range rs {
				keys.add(r.ID, r.Key())
			}
			return fn(rs)
		})
	}
	res, err := resolve.DedupAllFrom(records, js, resolve.Options{Progress: func(stage string) { log.done("%s", stage) }})
	if err != nil {
		return nil, resolve.Full{}, err
	}
	if meanwhile == nil {
		meanwhile = func(*recordKeys, resolve.Full) {}
	}
	if !save {
		meanwhile(keys, res)
		return keys, res, nil
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		meanwhile(keys, res)
	}()
	defer func() { <-done }()
	model, err := res.Snapshot.Encode()
	if err != nil {
		return nil, resolve.Full{}, err
	}
	// Storing holds the result, not the batch, and SQLite's page cache and sorts come on top of
	// the Go heap: at a million people the process's memory peaked while storing, under the
	// resolution's limit. A limit nearer what is live keeps it under the resolution's peak.
	restoreStoring := resolve.LimitMemory(storingMemoryBudget)
	defer restoreStoring()
	// in one transaction: a failure leaves the people, the queue, the model and the keys of
	// the last resolution, not some of each
	judged := newJudgements(js, res.Judgements)
	_, err = st.PutResolution(ctx, store.Resolution{
		Judgements: judged,
		Review:     reviewPairs(res.Review),
		Model:      model,
		Keys:       res.Keys,
	})
	if err != nil {
		return nil, resolve.Full{}, err
	}
	log.done("stored %d judgements, the review queue, the model and %d records' candidate keys", len(judged), len(res.Keys))
	return keys, res, nil
}

// reviewPairs turns the resolver's undecided pairs into the review queue's. A pair whose
// numbers are not finite is left out rather than failing the whole queue.
func reviewPairs(ps []resolve.Pair) []tizim.ReviewPair {
	out := make([]tizim.ReviewPair, 0, len(ps))
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	for _, p := range ps {
		ok := finite(p.Prob) && finite(p.Weight)
		for _, e := range p.Evidence {
			ok = ok && finite(e.Weight)
		}
		// The evidence is shared, not copied: some 800,000 pairs at a million people, with
		// about ten 40-byte contributions each.
		if ok {
			out = append(out, tizim.ReviewPair{A: p.A, B: p.B, Prob: p.Prob, Weight: p.Weight, Evidence: p.Evidence})
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
	drop := func(j tizim.Judgement) bool {
		v, ok := latest[j.Pair()]
		return (ok && v == j.Verdict) || (!ok && j.Verdict == tizim.Withdrawn)
	}
	// A first resolution keeps every judgement: a million people's 1.4 million were copied
	// for nothing, by doubling, while storing waited.
	if !slices.ContainsFunc(proposed, drop) {
		return proposed
	}
	return slices.DeleteFunc(slices.Clone(proposed), drop)
}

// resolveNew resolves the records with the ids, just written, against the people already
// stored. With a model stored by an earlier full resolution it reads only their candidates
// (resolve.Incremental). Without one, or when the records are half the database or more (a first
// import), it resolves everything as `tizim dedup` does, which trains and stores the model; note
// says why. models keeps the decoded model from one call to the next.
func resolveNew(ctx context.Context, st *store.Store, models *snapshots, ids []int64, progress func(done, total int), note io.Writer) (resolve.Outcome, error) {
	if len(ids) == 0 {
		return resolve.Outcome{}, nil
	}
	total, err := st.RecordCount(ctx)
	if err != nil {
		return resolve.Outcome{}, err
	}
	if len(ids) >= total {
		// A first import: there are no people to resolve against. Finding the duplicates
		// within one file is a whole-database pass that can take minutes at leak scale, so it
		// is not hidden in the import: tizim dedup does it, and trains the model that later
		// imports resolve with.
		fmt.Fprintf(note, "resolve: the database held no other records, so there was nothing to resolve against; run tizim dedup to find the duplicates within the file\n")
		return resolve.Outcome{}, nil
	}
	snap, bad, err := models.latest(ctx, st)
	switch {
	case tizim.ErrorCode(err) == tizim.ENOTFOUND:
		fmt.Fprintf(note, "resolve: no model stored yet: resolving all %d records once, as tizim dedup does, to train one\n", total)
	case err != nil:
		return resolve.Outcome{}, err
	case bad != nil:
		fmt.Fprintf(note, "resolve: %s: resolving all %d records once, as tizim dedup does, to train a new one\n", tizim.ErrorMessage(bad), total)
	}
	if snap != nil && 2*len(ids) < total {
		recs, err := st.FindRecordsByID(ctx, ids)
		if err != nil {
			return resolve.Outcome{}, err
		}
		return resolve.Incremental(ctx, st, snap, recs, progress)
	}
	_, full, err := resolveAll(ctx, st, true, newStageLog(note, "resolve"), nil)
	if err != nil {
		return resolve.Outcome{}, err
	}
	return fullOutcome(full, ids), nil
}

// fullOutcome counts what a full resolution did for the records with the ids: those in a person
// of two records or more, and the review pairs that name one of them.
func fullOutcome(full resolve.Full, ids []int64) resolve.Outcome {
	out := resolve.Outcome{Records: len(ids), Full: true}
	size := map[int64]int{}
	for _, p := range full.Clusters {
		size[p]++
	}
	mine := make(map[int64]bool, len(ids))
	for _, id := range ids {
		mine[id] = true
		if size[full.Clusters[id]] > 1 {
			out.Linked++
		}
	}
	for _, p := range full.Review {
		if mine[p.A] || mine[p.B] {
			out.Review++
		}
	}
	return out
}
