package resolve

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// snapshotFormat is the version of Snapshot's JSON. A stored snapshot of another format is not
// read (import then resolves as if no model were stored, and says so). Format 2: MinLinkage
// is the probability whose weight the linkage needs, no longer the mean probability.
const snapshotFormat = 2

// Snapshot is what a full resolution leaves for the incremental ones that follow it: the trained
// model and how often each name part occurs, so that a record imported later is weighed with the
// same parameters and the same term frequencies as if the whole database had been resolved
// again, while only its candidates are read. It is stored as JSON (store.PutModel).
type Snapshot struct {
	Format int `json:"format"`
	// Keys is the fingerprint of the candidate keys stored with the snapshot (keysFingerprint).
	Keys  uint64 `json:"keys,string"`
	Model *Model `json:"model"`
	Terms Terms  `json:"terms"`
}

// Terms are the term frequencies of a set of records in a form that outlives the process and
// its code: the in-memory counts are keyed by hashes (hash.go), these by the phonetic keys
// themselves.
type Terms struct {
	// Records is the number of records counted.
	Records int `json:"records"`
	// Parts maps each phonetic key of a name part to the number of records that carry it.
	Parts map[string]int32 `json:"parts"`
	// Names maps a whole name (the first keys of its parts, sorted, joined by spaces) to the
	// number of records that carry it, for the names carried by two records or more.
	Names map[string]int32 `json:"names,omitempty"`
}

// Encode returns the snapshot as JSON, marked with this version's format and candidate keys.
func (s *Snapshot) Encode() ([]byte, error) {
	s.Format, s.Keys = snapshotFormat, keysFingerprint()
	return json.Marshal(s)
}

// DecodeSnapshot reads a snapshot stored by Encode, and checks that its model has the fields and
// levels this version compares.
func DecodeSnapshot(data []byte) (*Snapshot, error) {
	var s Snapshot
	fast, err := decodeFast(data, &s)
	if !fast {
		err = json.Unmarshal(data, &s)
	}
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model: %v", err)
	}
	if s.Format != snapshotFormat {
		return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model has format %d, this version reads %d", s.Format, snapshotFormat)
	}
	if s.Keys != keysFingerprint() {
		return nil, tizim.Errorf(tizim.EINVALID, "resolve: the stored candidate keys were made by another version")
	}
	if s.Model == nil || len(s.Model.Fields) != nFields {
		return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model does not have the %d fields this version compares", nFields)
	}
	for f, fd := range s.Model.Fields {
		if fd.Name != fieldNames[f] || len(fd.Levels) != len(fieldLevels[f]) {
			return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model's field %q does not match this version's %q", fd.Name, fieldNames[f])
		}
		for _, l := range fd.Levels {
			if !(l.M > 0 && l.M <= 1 && l.U > 0 && l.U <= 1) {
				return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model's field %q has a level with probabilities out of range", fd.Name)
			}
		}
	}
	if !(s.Model.Prior > 0 && s.Model.Prior < 1) {
		return nil, tizim.Errorf(tizim.EINVALID, "resolve: stored model's prior %v is out of range", s.Model.Prior)
	}
	s.Model.Options = s.Model.Options.withDefaults()
	s.Model.prepareWeights()
	return &s, nil
}

// termFreq rebuilds in-memory term frequencies, keyed by this process's hashes.
func (t *Terms) termFreq() *termFreq {
	tf := &termFreq{count: make(map[uint64]int32, len(t.Parts)+len(t.Names)), n: t.Records}
	for k, c := range t.Parts {
		tf.count[hashString(k)] = c
	}
	for name, c := range t.Names {
		tf.count[wholeOf(strings.Fields(name))] = c
	}
	return tf
}

// wholeOf is nameForm.whole for the first keys of a name's parts.
func wholeOf(firsts []string) uint64 {
	hs := make([]uint64, len(firsts))
	for i, k := range firsts {
		hs[i] = hashString(k)
	}
	return termOf(wholeSeed, hs)
}

// stableName is a name form's phonetic keys as text: per part, its candidate keys.
type stableName [][]string

// stableNames reads the phonetic keys of an entry's name forms again, as text.
func stableNames(e *entry) []stableName { return stableNamesFrom(e, nil) }

// stableNamesFrom is stableNames taking the keys of forms already read from known.
func stableNamesFrom(e *entry, known map[*nameForm]stableName) []stableName {
	out := make([]stableName, 0, len(e.forms))
	for _, f := range e.forms {
		n, ok := known[f]
		if !ok {
			n = stableNameOf(f)
		}
		out = append(out, n)
	}
	return out
}

func stableNameOf(f *nameForm) stableName {
	_, keys := nameKeys(f.text)
	return keys[:min(len(keys), maxParts)]
}

// count adds one record's name keys to the terms as termFreq.add does: each key once.
func (t *Terms) count(ns []stableName, wholes map[string]int32) {
	seen := map[string]bool{}
	for _, n := range ns {
		var firsts []string
		for _, ks := range n {
			if len(ks) > 0 {
				firsts = append(firsts, ks[0])
			}
			for _, k := range ks {
				if !seen[k] {
					seen[k] = true
					t.Parts[k]++
				}
			}
		}
		slices.Sort(firsts)
		if w := strings.Join(firsts, " "); w != "" && !seen["\x00"+w] {
			seen["\x00"+w] = true
			wholes[w]++
		}
	}
	t.Records++
}
