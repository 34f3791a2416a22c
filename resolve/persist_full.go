package resolve

import (
	"sync"

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
	b, err := newBatch(records, opt)
	if err != nil {
		return Full{}, err
	}
	m := b.train(judgements)
	f := Full{Result: b.resolve(m, judgements)}
	f.Snapshot, f.Keys = b.snapshot(m)
	return f, nil
}

// snapshot counts the terms of the batch's records as text and computes their candidate keys,
// both from one reading of each name's phonetic keys.
func (b *batch) snapshot(m *Model) (*Snapshot, map[int64]tizim.CandidateKeys) {
	// Entries share their name forms: each distinct form is read once.
	var forms []*nameForm
	seen := map[*nameForm]bool{}
	for _, e := range b.es {
		for _, f := range e.forms {
			if !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	seen = nil
	read := make([]stableName, len(forms))
	parallel(len(forms), b.opt.Workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			read[i] = stableNameOf(forms[i])
		}
	})
	known := make(map[*nameForm]stableName, len(forms))
	for i, f := range forms {
		known[f] = read[i]
	}
	forms, read = nil, nil
	keys := make([][]uint64, len(b.es))
	terms := Terms{Parts: map[string]int32{}}
	wholes := map[string]int32{}
	var mu sync.Mutex
	parallel(len(b.es), b.opt.Workers, func(lo, hi int) {
		local := Terms{Parts: map[string]int32{}}
		lw := map[string]int32{}
		for i := lo; i < hi; i++ {
			ns := stableNamesFrom(b.es[i], known)
			keys[i] = candidateKeys(b.es[i], ns)
			local.count(ns, lw)
		}
		mu.Lock()
		defer mu.Unlock()
		terms.Records += local.Records
		for k, c := range local.Parts {
			terms.Parts[k] += c
		}
		for k, c := range lw {
			wholes[k] += c
		}
	})
	terms.Names = map[string]int32{}
	for k, c := range wholes {
		if c >= 2 {
			terms.Names[k] = c
		}
	}
	byID := make(map[int64]tizim.CandidateKeys, len(b.es))
	for i, e := range b.es {
		byID[e.id] = tizim.CandidateKeys{Keys: keys[i], Born: bornOf(e)}
	}
	return &Snapshot{Format: snapshotFormat, Model: m, Terms: terms}, byID
}
