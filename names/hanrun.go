package names

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Chinese document may write a person's names as one run of characters, without the middle
// dot between them (买买提吐尔逊 for Memet Tursun), and a Chinese name as family name and given
// name without a space (张伟). Parts cuts such a run into the names it holds, where an attested
// name, a compound's element or a family name shows the cut, and keeps it whole where nothing
// does: the matcher reads adjacent parts as one anyway, so a missed cut costs less than a wrong one.

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
