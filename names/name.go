package names

import (
	"strings"
	"unicode/utf8"
)

// maxParts caps the parts of a name the matcher looks at; the rest of a longer name is ignored.
const maxParts = 12

// Name is a name prepared for comparison: its normalised parts with their candidate keys.
// Prepare a name once and compare it many times with CompareNames (entity resolution does).
type Name struct {
	parts []namePart
	// merged[i] joins parts i and i+1 (MAIMAITI TUERXUN meets MAIMAITITUERXUN), and
	// merged[len(parts)-1+i] the same two the other way round.
	merged []cand
}

type namePart struct {
	text    string
	key     string // the first public key, for Frequencies
	cands   []cand
	weak    bool   // a legal form or particle
	initial bool   // a single letter
	script  Script // the part's writing system
	runes   int    // the part's length in letters
	pinyin  bool   // Latin letters that read as pinyin syllables (TUERXUN, not Tursun)
	joined  []cand // for the family name of a split Chinese name: the name read whole
	sig     uint64 // the signature of cands (candSig), by which comparisons are remembered
}

// Prepare normalises a name and computes the keys of its first maxParts parts.
func Prepare(name string) Name {
	s, _ := clean(name, false, true)
	np := 0
	if s != "" {
		np = min(strings.Count(s, " ")+2, maxParts)
	}
	n := Name{parts: make([]namePart, 0, np)}
	// The parts' candidates and then the merged ones (mergeAdjacent) share one array.
	cands := make([]cand, 0, 2*np+2*max(np-1, 0))
	var syls [maxParts][]string // each part's pinyin syllables: splitPinyinWord(text, 1)
	for s != "" && len(n.parts) < maxParts {
		var tok string
		tok, s, _ = strings.Cut(s, " ")
		first, second := splitHanRun(tok, s == "" && len(n.parts) == 0)
		for k, p := range [2]string{first, second} {
			if p == "" || len(n.parts) == maxParts {
				continue
			}
			start := len(cands)
			var sc Script
			var syl []string
			if r := cachedPart(p); r != nil {
				sc, syl = r.script, r.syl
				cands = append(cands, r.cands...) // a copy: countHalves writes to it
			} else {
				sc, syl = DetectScript(p), splitPinyinWord(p, 1)
				cands = scriptCands(p, sc, syl, cands)
			}
			if len(cands) == start {
				continue // punctuation only
			}
			pc := cands[start:len(cands):len(cands)]
			part := namePart{text: p, weak: weakParts[p], cands: pc, key: publicKey(pc[0].key), initial: isInitial(p),
				script: sc, runes: utf8.RuneCountInString(p), pinyin: syl != nil}
			if k == 0 && second != "" {
				// A split run rejoins as it reads whole (叶尔兰 is yé-r-lan, not yé + er-lan).
				if r := cachedPart(tok); r != nil {
					part.joined = append([]cand(nil), r.cands...)
				} else {
					part.joined = partCands(tok, nil)
				}
			}
			syls[len(n.parts)] = syl
			n.parts = append(n.parts, part)
		}
	}
	n.addPinyinReadings(&syls)
	n.mergeAdjacent(cands[len(cands):])
	for i := range n.parts {
		countHalves(n.parts[i].cands)
		countHalves(n.parts[i].joined)
		n.parts[i].sig = candSig(n.parts[i].cands)
	}
	countHalves(n.merged)
	n.compact()
	return n
}

// compact moves the name into arrays of the size it uses: one for its parts and one for all
// their candidates. Prepare sizes them for the most parts and candidates a name of its length
// can have (a run of characters splits in two), and a prepared name is often kept: resolving a
// million people keeps a million of them (docs/PERFORMANCE.md, "Memory of a full dedup
// (seventh session)").
func (n *Name) compact() {
	size := len(n.merged)
	for i := range n.parts {
		size += len(n.parts[i].cands) + len(n.parts[i].joined)
	}
	all := make([]cand, 0, size)
	take := func(cs []cand) []cand {
		if len(cs) == 0 {
			return nil
		}
		start := len(all)
		all = append(all, cs...)
		return all[start:len(all):len(all)]
	}
	for i := range n.parts {
		p := &n.parts[i]
		p.cands, p.joined = take(p.cands), take(p.joined)
	}
	n.merged = take(n.merged)
	if len(n.parts) < cap(n.parts) {
		n.parts = append([]namePart(nil), n.parts...)
	}
}

// mergeAdjacent prepares the keys of adjacent parts read as one, in both orders (Jinping Xi
// meets 习近平, Tohti Ilham meets 伊力哈木土赫提), all in one string; spare is unused room
// for the merged candidates.
func (n *Name) mergeAdjacent(spare []cand) {
	if len(n.parts) < 2 {
		return
	}
	pairs := len(n.parts) - 1
	if cap(spare) >= 2*pairs {
		n.merged = spare[: 2*pairs : 2*pairs]
	} else {
		n.merged = make([]cand, 2*pairs)
	}
	size := 0
	for i := range n.parts {
		size += 2 * len(n.parts[i].cands[0].key)
		if len(n.parts[i].joined) > 0 {
			size += len(n.parts[i].joined[0].key)
		}
	}
	var buf strings.Builder
	buf.Grow(size)
	var endsBuf [2 * maxParts]int
	ends := endsBuf[:0]
	for k := range n.merged {
		i := k % pairs
		p, q := &n.parts[i], &n.parts[i+1]
		if k >= pairs {
			p, q = q, p
		}
		if !(p.initial || q.initial) {
			cp, cq := p.cands[0], q.cands[0]
			if k == i && len(p.joined) > 0 {
				buf.WriteString(p.joined[0].key)
			} else {
				buf.WriteString(cp.key)
				buf.WriteString(cq.key)
			}
			n.merged[k] = cand{han: cp.han || cq.han, abjad: cp.abjad || cq.abjad, class: cp.han || cq.han}
		}
		ends = append(ends, buf.Len())
	}
	all := buf.String()
	start := 0
	for k, end := range ends {
		n.merged[k].key = all[start:end]
		start = end
	}
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
// Jinping) or in Palladius Cyrillic (Ван Жэнь) their Chinese reading too; partCands already did
// so for longer parts. syls holds each part's splitPinyinWord(text, 1).
func (n *Name) addPinyinReadings(syls *[maxParts][]string) {
	if len(n.parts) < 2 {
		return
	}
	split := func(i int) []string { return syls[i] }
	if n.parts[0].script == Cyrillic {
		split = func(i int) []string { return splitPalladius(n.parts[i].text, 1) }
	}
	long := false
	for i := range n.parts {
		p := &n.parts[i]
		syl := split(i)
		if syl == nil {
			return
		}
		long = long || len(syl) > 1 || palladiusMark(p.text)
	}
	if !long {
		return
	}
	for i := range n.parts {
		p := &n.parts[i]
		if syl := split(i); len(syl) == 1 {
			p.cands = hanCands(hanPart{syllables: syl}, p.cands)
		}
	}
}

// isInitial reports a part that is one Latin letter (the A of "A. Wendt").
func isInitial(p string) bool {
	r, n := utf8.DecodeRuneInString(p)
	return n == len(p) && scriptOf(r) == Latin
}
