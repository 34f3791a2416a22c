package names

import (
	"slices"
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
			sc, syl := DetectScript(p), splitPinyinWord(p, 1)
			cands = scriptCands(p, sc, syl, cands)
			if len(cands) == start {
				continue // punctuation only
			}
			pc := cands[start:len(cands):len(cands)]
			part := namePart{text: p, weak: weakParts[p], cands: pc, key: publicKey(pc[0].key), initial: isInitial(p),
				script: sc, runes: utf8.RuneCountInString(p), pinyin: syl != nil}
			if k == 0 && second != "" {
				// A split run rejoins as it reads whole (叶尔兰 is yé-r-lan, not yé + er-lan).
				part.joined = partCands(tok, nil)
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
	}
	countHalves(n.merged)
	return n
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

// splitHanRun splits a run of Chinese characters written without separators into the two
// names it holds, or returns it whole (second ""). A run of two to four characters that is the
// whole name (alone) and opens with one of the 100 commonest family names is a Chinese name: family name and given name
// (张伟 → 张 伟), so that it meets Zhang Wei and Wei Zhang part by part. A longer run that opens or
// ends with an attested Uyghur name splits there (买买提吐尔逊 → 买买提 吐尔逊), unless that name is
// only an element of compounds (阿不都, 古丽). An attested name (吐尔逊) is never split.
func splitHanRun(tok string, alone bool) (first, second string) {
	if len(tok) < 6 || len(tok) > 3*attestedMax*2 || DetectScript(tok) != Han {
		return tok, ""
	}
	n := utf8.RuneCountInString(tok)
	if n < 4 && !alone {
		return tok, ""
	}
	parts := hanParts(tok)
	if len(parts) != 1 || len(parts[0].syllables) != n {
		return tok, ""
	}
	syl := parts[0].syllables
	if _, ok := attestedBySound[strings.Join(syl, " ")]; ok {
		return tok, ""
	}
	at := func(k int) (string, string) { // split after k characters
		i := 0
		for range k {
			_, size := utf8.DecodeRuneInString(tok[i:])
			i += size
		}
		return tok[:i], tok[i:]
	}
	if r, size := utf8.DecodeRuneInString(tok); alone && n <= 4 && strings.ContainsRune(chineseSurnames, r) {
		next, _ := utf8.DecodeRuneInString(tok[size:])
		if !strings.ContainsRune(neverOpens, next) && !strings.ContainsAny(tok[size:], transcribes) {
			return at(1)
		}
	}
	if n < 4 {
		return tok, ""
	}
	for k := min(attestedMax, n-2); k >= 2; k-- {
		if isWholeName(syl[:k]) {
			if closesCompound(syl[k:]) {
				return tok, "" // Toxti + memet is Toxtimemet
			}
			if t := tailAtStart(syl[k:]); t > 0 && n-k-t >= 2 {
				return at(k + t) // 玉山姜|努尔阿力姜: -jan closes the first name
			}
			return at(k)
		}
		if isWholeName(syl[n-k:]) && !isElement(syl[:n-k]) && !closesCompound(syl[n-k:]) {
			if h := headAtEnd(syl[:n-k]); h > 0 && n-k-h >= 2 {
				return at(n - k - h) // 热伊汗古丽|阿不都热合曼: abdu- opens the second name
			}
			return at(n - k)
		}
	}
	return tok, ""
}

// isWholeName reports whether syllables spell an attested name that stands alone, not an
// element of compounds such as abdu- or -gül.
func isWholeName(syl []string) bool {
	_, ok := attestedBySound[strings.Join(syl, " ")]
	return ok && !isElement(syl)
}

// isElement reports whether syllables spell an attested element of compound names (阿不都
// abdu-, 古丽 -gül), whose neighbour belongs to the same name.
func isElement(syl []string) bool {
	r, ok := attestedBySound[strings.Join(syl, " ")]
	if !ok {
		return false
	}
	k := latinKey(r)
	for _, h := range compoundHeads {
		if slices.Contains(h, k) {
			return true
		}
	}
	for _, e := range compoundTails {
		if k == e {
			return true
		}
	}
	return false
}

// compoundEnds are the attested names that also close compound given names, as keys: a run
// that ends with one is that compound (托合提麦麦提 is Toxtimemet, as Uyghur, Latin and
// Cyrillic writings spell it whole), not two names, so that it meets its whole spellings.
// Source: the reference on Uyghur names (/work/shared/reference/uyghur-names.md: 努尔买买提
// Nurmemet is attested as one name).
var compoundEnds = []string{"mamat"}

// closesCompound reports whether syllables spell one of compoundEnds.
func closesCompound(syl []string) bool {
	r, ok := attestedBySound[strings.Join(syl, " ")]
	return ok && slices.Contains(compoundEnds, latinKey(r))
}

// headAtEnd returns how many of the last syllables spell an element that only opens compound
// names (阿不都 abdu-), or 0: it belongs to the name after it.
func headAtEnd(syl []string) int {
	for k := min(len(syl), 3); k >= 2; k-- {
		r, ok := attestedBySound[strings.Join(syl[len(syl)-k:], " ")]
		if ok && slices.Contains(compoundHeads[0], latinKey(r)) {
			return k
		}
	}
	return 0
}

// tailSyllables are the pinyin of the endings of compound given names (compoundTails) as
// Chinese writes them: 江 and 姜 -jan, 古丽 -gül, 汗 -xan.
var tailSyllables = []string{"jiang", "gu li", "han"}

// tailAtStart returns how many of the first syllables spell an ending of compound names, or 0:
// it belongs to the name before it.
func tailAtStart(syl []string) int {
	for _, t := range tailSyllables {
		n := strings.Count(t, " ") + 1
		if len(syl) >= n && strings.Join(syl[:n], " ") == t {
			return n
		}
	}
	return 0
}

// splitHanRuns applies splitHanRun to each space-separated token of s.
func splitHanRuns(s string) string {
	if isASCII(s) {
		return s
	}
	toks := strings.Split(s, " ")
	for i, t := range toks {
		if a, b := splitHanRun(t, len(toks) == 1); b != "" {
			toks[i] = a + " " + b
		}
	}
	return strings.Join(toks, " ")
}

// neverOpens are characters that close a syllable of a transcribed name and open no Chinese
// given name: after them a run is a transcription, not a family name and a given name (叶尔兰
// Erlan, 叶尔达斯 Erdos, not 叶 + 尔兰). Source: the reference's "Chinese-character forms" (Tursun
// → tu-er-xun: 尔 writes a closing r) and the Kazakh names of the synth tables.
const neverOpens = "尔"

// transcribes are characters that write the closing consonant or a Turkic syllable of a
// transcribed name and that Chinese given names do not use: a run with one after its first
// character is a transcription, not a family name and a given name (马木提 Mamut, 肖开提
// Shewket, 马合木提 Mehmut, not 马 + 木提). Source: the reference's "Chinese-character forms"
// (Memet → mai-mai-ti: 提 writes a closing t) and the synth tables' spellings (甫 -p in 玉素甫
// Yüsüp, 孜 -z in 肉孜 Rozi, 买 me- in 买买提, 吾 ö-/u- in 吾买尔 Ömer, 热 re- in 热合曼).
const transcribes = "提甫孜买吾热"

// chineseSurnames are the 100 most common family names of the PRC, from the Ministry of Public
// Security's 2020 national name report (二〇二〇年全国姓名报告). Characters Chinese uses to spell
// Uyghur names (阿 艾 买 吐 …) are not among them, except a few such as 马 and 苏, whose names the
// matcher rejoins by reading adjacent parts as one.
const chineseSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏" +
	"魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
