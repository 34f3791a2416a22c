package resolve

import (
	"math"

	"github.com/tizim/tizim/names"
)

// memo remembers, for one worker comparing many pairs, the comparisons that repeat: a corpus of
// millions of records writes far fewer distinct names, facilities and places than it has pairs
// ("Memet Tursun" against "买买提·吐尔逊" comes up thousands of times), and comparing names across
// scripts is most of the cost of a pair. A nil memo remembers nothing. A memo is not safe for
// concurrent use: each worker has its own.
type memo struct {
	names map[[2]uint64]int8 // two name forms' aligned level, by text hash in the order compared
	preps *prepCache         // Latin forms prepared for the names package, maybe shared
	alike map[[2]uint64]bool // free text (facility, place) spelled alike, by text hash
}

// maxMemo bounds a memo's maps; a full map is emptied and starts again, so a worker's memory
// stays bounded whatever the corpus.
const maxMemo = 1 << 20

// newMemo returns a memo with prepared names of its own.
func newMemo() *memo { return newMemoSharing(newPrepCache(maxPreps)) }

// newMemoSharing returns a memo that keeps prepared names in preps, which other memos may share.
func newMemoSharing(preps *prepCache) *memo {
	return &memo{names: map[[2]uint64]int8{}, preps: preps, alike: map[[2]uint64]bool{}}
}

// aligned is the name level at which the names package aligns two forms (see alignedLevel),
// remembered by their texts.
func (mc *memo) aligned(a, b *nameForm) int8 {
	if mc == nil {
		return alignedLevel(names.CompareNames(mc.prepared(a), mc.prepared(b), nil))
	}
	k := [2]uint64{a.hash, b.hash}
	if l, ok := mc.names[k]; ok {
		return l
	}
	l := alignedLevel(names.CompareNames(mc.prepared(a), mc.prepared(b), nil))
	if len(mc.names) >= maxMemo {
		clear(mc.names)
	}
	mc.names[k] = l
	return l
}

// prepared returns a form as the names package compares it. Forms in other scripts keep their
// prepared copy; a Latin form is prepared on first need and remembered.
func (mc *memo) prepared(f *nameForm) names.Name {
	if f.prep != nil {
		return *f.prep
	}
	if f.other { // not prepared yet: never the case once a batch is ready to compare
		return names.Prepare(f.text)
	}
	if mc == nil {
		return names.Prepare(f.text)
	}
	return *mc.preps.get(f)
}

// similar reports whether two free-text values are spelled alike (Jaro–Winkler at least
// threshold), remembered by their texts.
func (mc *memo) similar(a, b string, threshold float64) bool {
	if mc == nil {
		return jaroWinkler(a, b) >= threshold
	}
	k := [2]uint64{hashString(a), mix(hashString(b), math.Float64bits(threshold))}
	if s, ok := mc.alike[k]; ok {
		return s
	}
	s := jaroWinkler(a, b) >= threshold
	if len(mc.alike) >= maxMemo {
		clear(mc.alike)
	}
	mc.alike[k] = s
	return s
}
