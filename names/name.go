package names

import "unicode/utf8"

// maxParts caps the parts of a name the matcher looks at; the rest of a longer name is ignored.
const maxParts = 12

// Name is a name prepared for comparison: its normalised parts with their candidate keys.
// Prepare a name once and compare it many times with CompareNames (entity resolution does).
type Name struct {
	parts  []namePart
	merged []cand // merged[i] joins parts i and i+1 (MAIMAITI TUERXUN meets MAIMAITITUERXUN)
}

type namePart struct {
	text    string
	key     string // the first public key, for Frequencies
	cands   []cand
	weak    bool // a legal form or particle
	initial bool // a single letter
}

// Prepare normalises a name and computes the keys of its first maxParts parts.
func Prepare(name string) Name {
	parts := Parts(name)
	if len(parts) > maxParts {
		parts = parts[:maxParts]
	}
	n := Name{parts: make([]namePart, 0, len(parts))}
	for _, p := range parts {
		np := namePart{text: p, weak: weakParts[p]}
		np.cands = partCands(p, nil)
		if len(np.cands) == 0 {
			continue // punctuation only
		}
		np.key = publicKey(np.cands[0].key)
		np.initial = utf8.RuneCountInString(p) == 1 && DetectScript(p) == Latin
		n.parts = append(n.parts, np)
	}
	n.addPinyinReadings()
	if len(n.parts) > 1 {
		n.merged = make([]cand, len(n.parts)-1)
		for i := range n.merged {
			p, q := &n.parts[i], &n.parts[i+1]
			if p.weak || q.weak || p.initial || q.initial {
				continue
			}
			cp, cq := p.cands[len(p.cands)-1], q.cands[len(q.cands)-1] // uncut keys
			n.merged[i] = cand{key: cp.key + cq.key, han: cp.han || cq.han, abjad: cp.abjad || cq.abjad}
		}
	}
	return n
}

// Len returns the number of parts the matcher sees.
func (n Name) Len() int { return len(n.parts) }

// weight is the evidence weight of agreeing on part i.
func (n Name) weight(i int, f *Frequencies) float64 {
	p := &n.parts[i]
	if p.weak || p.initial {
		return lowWeight
	}
	return f.Weight(p.key)
}

// addPinyinReadings gives the one-syllable parts of a name written wholly in pinyin (Xi
// Jinping) their Chinese reading too; partCands already did so for longer parts.
func (n *Name) addPinyinReadings() {
	if len(n.parts) < 2 {
		return
	}
	long := false
	for i := range n.parts {
		p := &n.parts[i]
		syl := splitPinyinWord(p.text, 1)
		if syl == nil {
			return
		}
		long = long || len(syl) > 1
	}
	if !long {
		return
	}
	for i := range n.parts {
		p := &n.parts[i]
		if syl := splitPinyinWord(p.text, 1); len(syl) == 1 {
			p.cands = hanCands(hanPart{syllables: syl}, p.cands)
		}
	}
}
