package resolve

import (
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// Full is what a full resolution found, with what it leaves for the incremental resolutions
// that follow it.
type Full struct {
	Result
	// Snapshot holds the trained model and the term frequencies of the records.
	Snapshot *Snapshot
	// Keys are the candidate keys of every record, by record id.
	Keys map[int64]tizim.CandidateKeys
}

// DedupAll trains a model on records (with reviewers' judgements as labels) and resolves them as
// Dedup does, and also returns the snapshot and the candidate keys that incremental resolution
// reads (see Incremental).
func DedupAll(records []*tizim.Record, judgements []tizim.Judgement, opt Options) (Full, error) {
	return DedupAllFrom(recordsOf(records), judgements, opt)
}

// DedupAllFrom is DedupAll preparing each run of records as records hands it on, so that the
// records need not all be held at once: at a million people they are 1.8 GB live, and
// resolution keeps what it compares of them in forms of its own. A run's records are not read
// again once prepared. An error of records' is returned as it is.
func DedupAllFrom(records Records, judgements []tizim.Judgement, opt Options) (Full, error) {
	b, err := newBatchFrom(records, opt)
	if err != nil {
		return Full{}, err
	}
	m := b.train(judgements)
	f := Full{Result: b.resolve(m, judgements)}
	f.Snapshot, f.Keys = b.snapshot(m)
	b.stage("made the model's snapshot and %d records' candidate keys", len(f.Keys))
	return f, nil
}

// snapshot writes the batch's term frequencies as text and computes every record's candidate
// keys. Both come from what preparing the batch already read: the term frequencies are the
// in-memory counts (by hash) named by the key texts the form cache kept, and a form's candidate
// keys need only the first key of each part, looked up the same way; no name is read again.
// Each distinct form's first keys are read once, on the workers, at the form's place in the
// batch's list: a map from forms, filled on one goroutine, was about half of the 4.5 s the
// snapshot took at a million people (CPU profile), while storing waited.
func (b *batch) snapshot(m *Model) (*Snapshot, map[int64]tizim.CandidateKeys) {
	terms := Terms{Records: b.tf.n, Parts: make(map[string]int32, len(b.keyTexts)), Names: map[string]int32{}}
	firsts := make([]stableName, len(b.forms))
	wholes := make([]string, len(b.forms))
	parts := make(chan struct{})
	go func() {
		defer close(parts)
		for h, k := range b.keyTexts {
			if c := b.tf.count[h]; c > 0 {
				terms.Parts[k] = c
			}
		}
	}()
	parallel(len(b.forms), b.opt.Workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f := b.forms[i]
			firsts[i] = b.firstKeys(f)
			if b.tf.count[f.whole] >= 2 {
				wholes[i] = wholeText(firsts[i])
			}
		}
	})
	for i, w := range wholes {
		if w != "" {
			terms.Names[w] = b.tf.count[b.forms[i].whole]
		}
	}
	wholes = nil
	<-parts
	keys := make([][]uint64, len(b.es))
	// The keys of a run of records share one array: two and a half million slices of their own
	// were as many objects for the collector while the caller stores them.
	parallel(len(b.es), b.opt.Workers, func(lo, hi int) {
		var ns []stableName
		var flat []uint64
		ends := make([]int, hi-lo)
		for i := lo; i < hi; i++ {
			ns = ns[:0]
			for _, f := range b.es[i].forms {
				ns = append(ns, firsts[f.at-1]) // every entry's forms are listed (newBatchFrom)
			}
			flat = appendCandidateKeys(flat, b.es[i], ns)
			ends[i-lo] = len(flat)
		}
		flat = slices.Clip(flat)
		start := 0
		for i := lo; i < hi; i++ {
			if end := ends[i-lo]; end > start {
				keys[i] = flat[start:end:end]
				start = end
			}
		}
	})
	firsts = nil
	byID := make(map[int64]tizim.CandidateKeys, len(b.es))
	for i, e := range b.es {
		byID[e.id] = tizim.CandidateKeys{Keys: keys[i], Born: bornOf(e)}
	}
	return &Snapshot{Format: snapshotFormat, Model: m, Terms: terms}, byID
}

// firstKeys is the form's stableName cut to what candidateKeys and the whole name read: the
// first key of each part, as text.
func (b *batch) firstKeys(f *nameForm) stableName {
	n := make(stableName, len(f.parts))
	for i := range f.parts {
		ks := f.keys(i)
		if len(ks) > 0 {
			n[i] = []string{b.keyTexts[ks[0]]}
		}
	}
	return n
}

// wholeText is the whole name of a form as Terms.Names keys it: the first keys of its parts,
// sorted and joined by spaces; "" for a form without keys.
func wholeText(n stableName) string {
	var firsts []string
	for _, ks := range n {
		if len(ks) > 0 {
			firsts = append(firsts, ks[0])
		}
	}
	slices.Sort(firsts)
	return strings.Join(firsts, " ")
}
