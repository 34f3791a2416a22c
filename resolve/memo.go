package resolve

import (
	"math"

	"github.com/tizim/tizim/names"
)

// memo remembers, for the workers comparing many pairs, the comparisons that repeat: a corpus of
// millions of records writes far fewer distinct names, facilities and places than it has pairs
// ("Memet Tursun" against "买买提·吐尔逊" comes up thousands of times), and comparing names across
// scripts is most of the cost of a pair. A nil memo remembers nothing. A memo is safe for
// concurrent use: a batch's workers share one (newBatchMemo).
//
// At 200,000 generator people the workers align 2.07 million pairs of name forms, 1.77 million of
// them distinct, and ask 3.1 million times whether two facilities or places are spelled alike,
// 0.64 million distinct pairs: the names repeat little, the free text much.
type memo struct {
	names *pairTable // two name forms' aligned level, by text hash in the order compared
	preps *prepCache // Latin forms prepared for the names package, maybe shared
	alike *pairTable // free text (facility, place) spelled alike, by text hash and threshold
}

// The sizes of the tables, in bits of their slots (8 bytes each): a batch's workers share
// 16 MB of name levels and 8 MB of free text, where a map per worker of up to a million entries
// each held some 50 MB; a memo of its own (incremental resolution) holds 1 MB.
const (
	batchNameBits  = 21
	batchAlikeBits = 20
	ownBits        = 16
)

// newMemo returns a memo of the size one resolver's comparisons need (incremental resolution).
func newMemo() *memo {
	return &memo{names: newPairTable(ownBits), preps: newPrepCache(maxPreps), alike: newPairTable(ownBits)}
}

// newBatchMemo returns the memo a batch's workers share.
func newBatchMemo() *memo {
	return &memo{names: newPairTable(batchNameBits), preps: newPrepCache(maxBatchPreps),
		alike: newPairTable(batchAlikeBits)}
}

// aligned is the name level at which the names package aligns two forms (see alignedLevel),
// remembered by their texts.
func (mc *memo) aligned(a, b *nameForm) int8 {
	if mc == nil {
		return alignedLevel(names.Summarize(mc.prepared(a), mc.prepared(b), nil))
	}
	if l, ok := mc.names.get(a.hash, b.hash); ok {
		return l
	}
	l := alignedLevel(names.Summarize(mc.prepared(a), mc.prepared(b), nil))
	mc.names.put(a.hash, b.hash, l)
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
	if !mayBeAlike(a, b, threshold) {
		return false
	}
	if mc == nil {
		return jaroWinkler(a, b) >= threshold
	}
	ka, kb := hashString(a), mix(hashString(b), math.Float64bits(threshold))
	if s, ok := mc.alike.get(ka, kb); ok {
		return s == 1
	}
	s := jaroWinkler(a, b) >= threshold
	r := int8(0)
	if s {
		r = 1
	}
	mc.alike.put(ka, kb, r)
	return s
}
