package resolve

import (
	"fmt"
	"sync"

	"github.com/tizim/tizim"
)

// batch is a set of records prepared for resolution: entries, term frequencies and the candidate
// pairs blocking found.
type batch struct {
	opt   Options
	es    []*entry
	index recordIndex // record id → position in es
	tf    *termFreq
	pairs []uint64 // candidate pairs, i<<32 | j with i < j, in order
	stats BlockStats
	memo  *memo // what the workers' comparisons repeat, shared by them all
	// others are the name forms of other scripts, prepared after blocking (see letGoNames).
	others []*nameForm
	// keyTexts holds the phonetic keys of the entries' name forms as text, by their hash.
	keyTexts map[uint64]string
	// forms are the entries' distinct name forms, each at its place (nameForm.at): the
	// snapshot reads each once.
	forms []*nameForm
}

// newBatch prepares records. Ids must be distinct and non-zero, since judgements name them.
func newBatch(records []*tizim.Record, opt Options) (*batch, error) {
	return newBatchFrom(recordsOf(records), opt)
}

// Records hands a batch's records to fn a run at a time, in order, and returns fn's first
// error or its own (see DedupAllFrom).
type Records func(fn func([]*tizim.Record) error) error

// recordsOf hands records on in one run.
func recordsOf(records []*tizim.Record) Records {
	return func(fn func([]*tizim.Record) error) error { return fn(records) }
}

// newBatchFrom is newBatch preparing each run of records as it comes: the records need not be
// held at once, only their entries.
func newBatchFrom(records Records, opt Options) (*batch, error) {
	opt = opt.withDefaults()
	b := &batch{opt: opt, tf: newTermFreq()}
	cache := newFormCache()
	cache.later = true
	err := records(func(rs []*tizim.Record) error {
		if err := b.index.add(rs); err != nil {
			return err
		}
		b.es = append(b.es, prepareAll(rs, opt.Workers, cache)...)
		return nil
	})
	if err == nil {
		err = b.index.complete()
	}
	if err != nil {
		return nil, err
	}
	b.stage("read and prepared %d records", len(b.es))
	b.keyTexts = cache.keyTexts()
	others, forms := cache.unprepared(), cache.forms()
	cache = nil
	// Counting the terms reads the entries and nothing blocking makes, and blocking begins with
	// a pass over the entries on one goroutine: the two run at once.
	counted := make(chan struct{})
	go func() {
		defer close(counted)
		for _, e := range b.es {
			b.tf.add(e)
		}
	}()
	b.memo = newBatchMemo()
	b.pairs, b.stats = candidatePairs(b.es, opt.MaxBlock, opt.MaxPairs, opt.Workers)
	<-counted
	countForms(forms, b.tf, opt.Workers)
	for i, f := range forms {
		f.at = int32(i + 1)
	}
	b.forms = forms
	b.stage("found %d candidate pairs", len(b.pairs))
	// Only comparing reads the prepared forms of other scripts (a million people write about a
	// million, 650 MB of small objects): made after blocking, they are not marked through it.
	parallel(len(others), opt.Workers, func(lo, hi int) {
		for _, f := range others[lo:hi] {
			f.prepare()
		}
	})
	b.others = others
	b.stage("prepared %d names written in other scripts", len(others))
	return b, nil
}

// letGoNames lets go of what only comparing names needs: the prepared forms of other scripts and
// the memo, with its prepared Latin forms. At a million people that is half a gigabyte, which
// would otherwise stay live beside the people, the review queue and the snapshot as they are
// assembled. A form let go is prepared again if it is ever compared.
func (b *batch) letGoNames() {
	for _, f := range b.others {
		f.prep = nil
	}
	b.others, b.memo = nil, nil
}

// place gives records their positions in index, from at on: they must be non-nil, with ids
// distinct and non-zero, since judgements name them.
func place(index map[int64]int32, at int, records []*tizim.Record) error {
	if err := checkRecords(at, records); err != nil {
		return err
	}
	for i, r := range records {
		if _, ok := index[r.ID]; ok {
			return tizim.Errorf(tizim.EINVALID, "resolve: record id %d appears twice", r.ID)
		}
		index[r.ID] = int32(at + i)
	}
	return nil
}

// checkRecords checks records that will have the positions from at on: they must be non-nil,
// with non-zero ids, and no more than one batch holds.
func checkRecords(at int, records []*tizim.Record) error {
	if at+len(records) >= maxRecords {
		return tizim.Errorf(tizim.EINVALID, "resolve: more than %d records, more than one batch holds", maxRecords-1)
	}
	for i, r := range records {
		if r == nil {
			return tizim.Errorf(tizim.EINVALID, "resolve: record %d is nil", at+i+1)
		}
		if r.ID == 0 {
			return tizim.Errorf(tizim.EINVALID, "resolve: record %s has no id", r.Key())
		}
	}
	return nil
}

// prepareAll prepares records in parallel through cache.
func prepareAll(records []*tizim.Record, workers int, cache *formCache) []*entry {
	es := make([]*entry, len(records))
	// Each run of records has its entries in one array: millions of entries were as many
	// objects for the collector.
	parallel(len(records), workers, func(lo, hi int) {
		run := make([]entry, hi-lo)
		kept := &entrySlab{}
		for i := lo; i < hi; i++ {
			e := &run[i-lo]
			prepareInto(e, records[i], cache, kept)
			es[i] = e
		}
	})
	return es
}

// compareAll compares the given pairs of entries. With keyed, names are compared on their keys
// and spelling alone, without the names package's alignment across scripts (see keyedNames):
// enough for random pairs, which that alignment almost never brings closer.
func (b *batch) compareAll(pairs []uint64, keyed bool) []comparison {
	out := make([]comparison, len(pairs))
	parallel(len(pairs), b.opt.Workers, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			i, j := unpair(pairs[k])
			if !keyed {
				out[k] = compareMemo(b.es[i], b.es[j], b.tf, b.memo)
				continue
			}
			c := compareFields(b.es[i], b.es[j], b.memo)
			nm, _ := keyedNames(b.es[i], b.es[j], b.tf)
			c.v[fName], c.logFreq = nm.level, nm.logFreq
			out[k] = c
		}
	})
	return out
}

func unpair(p uint64) (int32, int32) { return int32(p >> 32), int32(p & 0xffffffff) }

func pairKey(i, j int32) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(i)<<32 | uint64(j)
}

// parallel splits [0, n) into chunks and runs work on them in up to workers goroutines.
func parallel(n, workers int, work func(lo, hi int)) {
	parallelWorkers(n, workers, func(_, lo, hi int) { work(lo, hi) })
}

// parallelTasks runs tasks 0 to n-1 on up to workers goroutines, however few there are: for
// work already cut into large pieces, which parallel would run on one goroutine when there are
// fewer than 1024.
func parallelTasks(n, workers int, task func(k int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				task(k)
			}
		}()
	}
	for k := range n {
		next <- k
	}
	close(next)
	wg.Wait()
}

// parallelWorkers is parallel telling work which worker, 0 to workers-1, runs it.
func parallelWorkers(n, workers int, work func(w, lo, hi int)) {
	if n < 1024 || workers <= 1 {
		work(0, 0, n)
		return
	}
	parallelChunks(n, (n+workers*8-1)/(workers*8), workers, work)
}

// parallelChunks runs work on [0, n) in chunks of chunk, taken in order by up to workers
// goroutines as each finishes its last, telling work which worker, 0 to workers-1, runs it.
func parallelChunks(n, chunk, workers int, work func(w, lo, hi int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lo := range next {
				work(w, lo, min(n, lo+chunk))
			}
		}()
	}
	for lo := 0; lo < n; lo += chunk {
		next <- lo
	}
	close(next)
	wg.Wait()
}

// stage reports the end of a stage of the batch's resolution to Options.Progress, if set.
func (b *batch) stage(format string, args ...any) {
	if b.opt.Progress != nil {
		b.opt.Progress(fmt.Sprintf(format, args...))
	}
}
