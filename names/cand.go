package names

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// cand is one candidate key of a name part, as the matcher sees it.
type cand struct {
	key   string
	han   bool // read from a syllabic writing (Chinese, pinyin, kana): optional vowels are upper case
	abjad bool // read from Arabic script without Uyghur vowel letters: short vowels are missing
	rest  bool // the rest of a compound name after its common element: it opens no word
	cut   bool // a patronymic ending was cut
	class bool // the key holds reading classes (readingclass.go)
	// halves is twice the effective length of the key's first maxKey bytes (effectiveLen),
	// set once by Prepare so that Score need not count; 0 if not yet counted.
	halves uint8
}

// partCands returns the candidate keys of one normalised name part, appended to dst.
func partCands(part string, dst []cand) []cand {
	return scriptCands(part, DetectScript(part), splitPinyinWord(part, 1), dst)
}

// scriptCands is partCands for a part written in script sc whose pinyin syllables
// (splitPinyinWord(part, 1)) are syl: Prepare has both at hand.
func scriptCands(part string, sc Script, syl []string, dst []cand) []cand {
	switch sc {
	case Latin:
		dst = latinCands(part, dst)
		if len(part) >= 4 && len(syl) >= 2 { // splitPinyinWord(part, 2) != nil
			dst = hanCands(hanPart{chars: make([]rune, len(syl)), syllables: syl}, dst)
		}
		return dst
	case Han:
		for _, p := range hanParts(part) {
			dst = hanCands(p, dst)
		}
		return dst
	case Unknown:
		return dst
	case Other:
		k := rawKey(romanize(part))
		if k == "" {
			return dst
		}
		return append(dst, cand{key: k, han: strings.ContainsAny(k, "AIUO")})
	case Mixed:
		return latinCands(strings.Join(wordToLatin(part), ""), dst)
	case Arabic:
		n := len(dst)
		dst = latinCands(ToLatin(part), dst)
		if !uyghurSpelling(part) {
			for i := n; i < len(dst); i++ {
				dst[i].abjad = true
			}
		}
		return dst
	}
	dst = latinCands(ToLatin(part), dst)
	if syl := splitPalladius(part, 2); syl != nil {
		dst = hanCands(hanPart{syllables: syl}, dst) // Ма Цзяньго is 马建国
	}
	return dst
}

// uyghurSpelling reports whether an Arabic-script word is spelled the Uyghur way, with every
// vowel written: it has a letter only Uyghur uses, ى inside the word, or opens with ئ. Arabic
// and Persian spellings leave short vowels out, and the matcher must allow for that.
func uyghurSpelling(w string) bool {
	if strings.HasPrefix(w, "ئ") {
		return true
	}
	for i, r := range w {
		switch r {
		case 'ە', 'ې', 'ۇ', 'ۆ', 'ۈ', 'ۋ', 'ڭ', 'ھ':
			return true
		case 'ى':
			if i+len("ى") < len(w) {
				return true
			}
		}
	}
	return false
}

// yengiYeziq reads the older pinyin-based Uyghur Latin (Yëngi Yëziq, 1965–1982) in ULY letters:
// q is ch, x is sh, and its own letters ⱪ ƣ ⱨ ⱬ ɵ ə are q gh h zh ö e. Source:
// /work/shared/reference/uyghur-names.md ("An older pinyin-based Latin ...").
var yengiYeziq = map[rune]string{
	'q': "ch", 'x': "sh", 'ⱪ': "q", 'ƣ': "gh", 'ⱨ': "h", 'ⱬ': "zh", 'ɵ': "ö", 'ə': "e",
}

// isYengiYeziq reports a word with a letter only Yëngi Yëziq uses.
func isYengiYeziq(s string) bool {
	return !isASCII(s) && strings.ContainsAny(s, "ⱪƣⱨⱬɵəⱩƢⱧⱫƟƏ")
}

// yengiToULY rewrites a Yëngi Yëziq word in ULY, keeping a capital first letter.
func yengiToULY(s string) string {
	var b strings.Builder
	for i, r := range s {
		lower := unicode.ToLower(r)
		t, ok := yengiYeziq[lower]
		if !ok {
			t = string(lower)
		}
		if i == 0 && lower != r {
			t = capitalize(t)
		}
		b.WriteString(t)
	}
	return b.String()
}

func latinCands(s string, dst []cand) []cand {
	if isYengiYeziq(s) {
		s = yengiToULY(s)
	}
	k := latinKey(s)
	if k == "" {
		return dst
	}
	if c, ok := cutPatronymic(k); ok {
		dst = append(dst, cand{key: c, cut: true})
	}
	dst = append(dst, cand{key: k})
	if len(s) > 3 && (s[0]|0x20) == 'y' && (s[1]|0x20) == 'e' && strings.HasPrefix(k, "ia") {
		// Ye opening a word is Russian and Kazakh Е as English spellings write it (Yerzhan,
		// Yernur, Yevgeny): read it also as E (Erjan, Ernur, Evgeny).
		dst = append(dst, cand{key: k[1:]})
	}
	if i := strings.Index(strings.ToLower(s), "dj"); i > 0 {
		// Inside a word dj may be d and j, as Uzbek and Uyghur Latin write it (Dilshodjon,
		// Ehmedjan), not the French j of Djamal: read it both ways.
		if k2 := latinKey(s[:i+1]) + latinKey(s[i+1:]); k2 != k {
			dst = append(dst, cand{key: k2})
		}
	}
	return dst
}

func hanCands(p hanPart, dst []cand) []cand {
	for _, r := range hanReadings(p) {
		if k := readingKey(r); k != "" {
			dst = append(dst, cand{key: k, han: true, class: strings.ContainsAny(k, classCodes)})
		}
	}
	return dst
}

var (
	pinyinOnce      sync.Once
	pinyinSyllables map[string]bool
)

// loadPinyinSyllables builds the set of toneless pinyin syllables from the go-pinyin
// dictionary (itself from the Unicode Unihan kHanyuPinyin data).
func loadPinyinSyllables() {
	pinyinSyllables = make(map[string]bool, 500)
	for r := range pinyin.PinyinDict {
		for _, s := range strings.Split(syllableAll(rune(r)), ",") {
			if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzü") == "" {
				pinyinSyllables[strings.ReplaceAll(s, "ü", "v")] = true
				pinyinSyllables[strings.ReplaceAll(s, "ü", "u")] = true
			}
		}
	}
	delete(pinyinSyllables, "m")
	delete(pinyinSyllables, "n")
	delete(pinyinSyllables, "ng")
	delete(pinyinSyllables, "hm")
	delete(pinyinSyllables, "hng")
}

// splitPinyinWord splits a lower-case ASCII word written in pinyin without tones (MAIMAITI,
// TUERXUN) into syllables, or returns nil if it is not pinyin of at least minSyllables
// syllables. The split uses as few syllables as possible, so xian stays one syllable, and of
// splits with as many syllables, the one with fewest syllables opening with a vowel (pinyin
// writes an apostrophe before such a syllable: GULINAER is gu-li-na-er, not gu-lin-a-er).
func splitPinyinWord(w string, minSyllables int) []string {
	if len(w) < 2*minSyllables || len(w) > 40 {
		return nil
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return nil
		}
	}
	if !pinyinShape(w) {
		return nil
	}
	pinyinOnce.Do(loadPinyinSyllables)
	const inf = 1 << 30
	var best [41]int
	var from [41]int
	for i := 1; i <= len(w); i++ {
		best[i] = inf
		for l := 1; l <= 6 && l <= i; l++ {
			c := 2 // a syllable; one more for a vowel opening a syllable other than the first
			if i > l && strings.IndexByte("aeo", w[i-l]) >= 0 {
				c++
			}
			if best[i-l] < inf && pinyinSyllables[w[i-l:i]] && best[i-l]+c < best[i] {
				best[i], from[i] = best[i-l]+c, i-l
			}
		}
	}
	if best[len(w)] >= inf {
		return nil
	}
	n := 0
	for i := len(w); i > 0; i = from[i] {
		n++
	}
	if n < minSyllables {
		return nil
	}
	out := make([]string, n)
	for i, j := len(w), len(out)-1; i > 0; i, j = from[i], j-1 {
		out[j] = w[from[i]:i]
	}
	return out
}

// pinyinShape is a quick test that rules out most words that are not pinyin: a pinyin syllable
// ends in a vowel, n, ng or the r of er, so any other consonant must be followed by a vowel or,
// for z c s, by h; v (ü) follows only l or n.
func pinyinShape(w string) bool {
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v' }
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'v':
			if i == 0 || (w[i-1] != 'l' && w[i-1] != 'n') {
				return false
			}
			continue
		case vowel(c), c == 'n':
			continue
		case c == 'g' && i > 0 && w[i-1] == 'n', c == 'r' && i > 0 && w[i-1] == 'e':
			continue // the coda of -ng or er
		}
		if i+1 == len(w) {
			return false
		}
		if next := w[i+1]; !vowel(next) && !(next == 'h' && (c == 'z' || c == 'c' || c == 's')) {
			return false
		}
	}
	return true
}
