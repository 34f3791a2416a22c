package resolve

import (
	"slices"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// nameForm is one written form of a record's name, split into parts.
type nameForm struct {
	parts []string
	// vals holds, per part, the hashed candidate phonetic keys (part i's are keys(i)), and then
	// per part the distinct hashed skeletons of its first two keys (skeletons(i)); off marks
	// where each list begins. One array of numbers instead of a slice per part: a million
	// people write over a million distinct forms, and every slice was a pointer to mark.
	vals []uint64
	off  [2*maxParts + 1]uint16
	// shapes are the parts' shapes (similarParts), in what would otherwise be padding.
	shapes [maxParts]partShape
	whole  uint64 // the first keys of all parts, in sorted order: the name as one term
	// sounds is the first skeleton of every part (its first key where it has none), in sorted
	// order: the name as one term in sound classes, in which a reading in Chinese characters
	// and a Latin spelling often agree (appendWindowed's second order).
	sounds uint64
	text   string
	hash   uint64 // of text: the form's identity in a memo
	other  bool   // written in a script other than Latin: only aligning compares it with Latin
	// pinyin is a Latin form in pinyin (MAIMAITI TUERXUN): its keys miss the Latin spellings
	// of the same name (Memet Tursun) that aligning finds.
	pinyin bool
	// at is the form's place in its batch's list of forms (batch.forms), from 1; 0 for a form
	// no batch listed. It fills what would otherwise be padding.
	at int32
	// prep is a form of another script as the names package compares it (nil for Latin, which
	// a memo prepares when needed). A batch prepares its forms after blocking (see
	// newBatch), so that the collector need not mark them all through blocking.
	prep *names.Name
	// freqs are the form's own log2 term frequencies, read once by the batch whose cache made
	// it, when its term frequencies are complete (see countForms); nil otherwise.
	freqs *formFreqs
}

// formFreqs are what alignedFreqsOf reads of one form: the sum of its parts' log2
// frequencies (partsFreq) and its whole name's.
type formFreqs struct{ parts, whole float64 }

// keys returns the hashed candidate phonetic keys of part i.
func (f *nameForm) keys(i int) []uint64 { return f.vals[f.off[i]:f.off[i+1]:f.off[i+1]] }

// skeletons returns the distinct hashed skeletons of the first two keys of part i.
func (f *nameForm) skeletons(i int) []uint64 {
	n := len(f.parts)
	return f.vals[f.off[n+i]:f.off[n+i+1]:f.off[n+i+1]]
}

// nameForms collects the written forms of a record's name: each full name or alias, and the given
// name with the father's name as one more form, into buf (which it returns cut to them).
func nameForms(buf *[maxForms]*nameForm, r *tizim.Record, cache *formCache) []*nameForm {
	out := buf[:0]
	var given, father string
	add := func(text string) {
		if len(out) >= maxForms {
			return
		}
		if f, ok := cache.split(text); ok {
			for _, o := range out {
				if slices.Equal(o.parts, f.parts) {
					return
				}
			}
			out = append(out, f)
		}
	}
	for _, n := range r.Names {
		switch n.Role {
		case tizim.GivenName:
			given = clip(n.Text)
		case tizim.FatherName:
			father = clip(n.Text)
		}
	}
	if given != "" || father != "" {
		add(strings.TrimSpace(given + " " + father))
	}
	for _, n := range r.Names {
		if n.Role != tizim.GivenName && n.Role != tizim.FatherName {
			add(n.Text)
		}
	}
	return out
}

func splitName(text string) (*nameForm, bool) {
	f, _, ok := splitNameKeys(text, true)
	return f, ok
}

// splitNameKeys is splitName also returning the phonetic keys of the form's parts as text, whose
// hashes the form holds. Unless prep, a form of another script is left for newBatch to prepare.
func splitNameKeys(text string, prep bool) (*nameForm, [][]string, bool) {
	text = clip(text)
	parts, keys := nameKeys(text)
	if len(parts) == 0 {
		return nil, nil, false
	}
	if len(parts) > maxParts {
		parts, keys = parts[:maxParts], keys[:maxParts]
	}
	f := &nameForm{parts: parts, text: text, hash: hashString(text)}
	for i, p := range parts {
		f.shapes[i] = shapeOf(p)
	}
	f.other = names.DetectScript(text) != names.Latin
	f.pinyin = !f.other && names.InPinyin(text)
	if f.other && prep {
		f.prepare()
	}
	n := len(parts)
	var firstBuf [maxParts]uint64
	firsts := firstBuf[:0]
	for i := range parts {
		// A part keeps at most maxPartKeys keys, so that the offsets fit whatever the input.
		for _, k := range first(keys[i], maxPartKeys) {
			f.vals = append(f.vals, hashString(k))
		}
		f.off[i+1] = uint16(len(f.vals))
		if ks := f.keys(i); len(ks) > 0 {
			firsts = append(firsts, ks[0])
		}
	}
	for i := range parts {
		start := len(f.vals)
		for _, k := range first(keys[i], 2) {
			if s := skeleton(k); len(s) >= 2 && !slices.Contains(f.vals[start:], hashString(s)) {
				f.vals = append(f.vals, hashString(s))
			}
		}
		f.off[n+i+1] = uint16(len(f.vals))
	}
	f.vals = slices.Clip(f.vals)
	f.whole = termOf(wholeSeed, firsts)
	sounds := firstBuf[:0] // firsts is done with
	for i := range parts {
		if sk := f.skeletons(i); len(sk) > 0 {
			sounds = append(sounds, sk[0])
		} else if ks := f.keys(i); len(ks) > 0 {
			sounds = append(sounds, ks[0])
		}
	}
	f.sounds = termOf(soundsSeed, sounds)
	return f, keys, true
}

// prepare makes the prepared form of a form of another script.
func (f *nameForm) prepare() {
	p := names.Prepare(f.text)
	f.prep = &p
}

// The seeds of nameForm.whole and nameForm.sounds ("name", "skel").
const (
	wholeSeed  = 0x6e616d65
	soundsSeed = 0x736b656c
)

// termOf is one term for the keys, whatever their order: seed mixed with each in sorted
// order. It sorts keys.
func termOf(seed uint64, keys []uint64) uint64 {
	slices.Sort(keys)
	for _, k := range keys {
		seed = mix(seed, k)
	}
	return seed
}
