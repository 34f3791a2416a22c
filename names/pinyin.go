package names

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// nameReadings overrides the pinyin library's first reading of characters that read differently
// in personal names. Sources: the surname readings of the Xinhua Zidian (仇 Qiu, 单 Shan, 解 Xie,
// 区 Ou, 朴 Piao, 查 Zha, 翟 Zhai, 曾 Zeng, 缪 Miao, 种 Chong, 覃 Qin, 长 Chang); the Uyghur name
// transcriptions in /work/shared/reference/uyghur-names.md (都 du in 阿不都 Abdu-, 卜 bu in 阿卜杜);
// 什 shi and 伽 jia as in 喀什 Kashgar and 伽师 Peyziwat (Jiashi) county.
var nameReadings = map[rune]string{
	'都': "du", '卜': "bu", '什': "shi", '伽': "jia", '曾': "zeng", '长': "chang",
	'仇': "qiu", '单': "shan", '解': "xie", '区': "ou", '朴': "piao", '查': "zha", '翟': "zhai",
	'缪': "miao", '种': "chong", '覃': "qin",
}

// toneless maps the tone-marked vowels of pinyin to plain letters (ü stays ü).
var toneless = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e', 'ê': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ǖ': 'ü', 'ǘ': 'ü', 'ǚ': 'ü', 'ǜ': 'ü',
	'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm', '̄': -1, '̌': -1, '̀': -1, '́': -1,
}

// syllable returns the toneless pinyin of one Han character (its first reading in the
// go-pinyin dictionary, or its name reading), lower case with ü, or "" if it has none.
func syllable(r rune) string {
	if s, ok := nameReadings[r]; ok {
		return s
	}
	firstOnce.Do(loadFirstReadings)
	return firstReadings[r]
}

// firstReading computes one character's reading without the table.
func firstReading(r rune) string {
	if s, ok := nameReadings[r]; ok {
		return s
	}
	p := syllableAll(r)
	if i := strings.IndexByte(p, ','); i >= 0 {
		p = p[:i]
	}
	return p
}

var (
	firstOnce     sync.Once
	firstReadings map[rune]string // the toneless first reading of every character in the dictionary
)

// loadFirstReadings strips the tones of every character's first reading once, so that reading
// a name costs one map lookup per character.
func loadFirstReadings() {
	firstReadings = make(map[rune]string, len(pinyin.PinyinDict))
	seen := map[string]string{} // one string per distinct syllable
	for r := range pinyin.PinyinDict {
		p := firstReading(rune(r))
		if q, ok := seen[p]; ok {
			p = q
		} else {
			seen[p] = p
		}
		firstReadings[rune(r)] = p
	}
}

// syllableAll returns every toneless reading of a Han character, comma-separated.
func syllableAll(r rune) string {
	p, ok := pinyin.PinyinDict[int(r)]
	if !ok {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if t, ok := toneless[r]; ok {
			return t
		}
		return r
	}, p)
}

// isNameSeparator reports whether r separates the parts of a name written in Chinese characters:
// the middle dot and its look-alikes seen in lists (· ・ • ． . - and the Katakana middle dot).
func isNameSeparator(r rune) bool {
	switch r {
	case '·', '\u0387', '・', '•', '．', '.', '-', '‧', '∙', '⋅', '･', '‐', '‑', '–', '—', '－', '᛫':
		return true
	}
	return false
}

// hanPart is a run of Chinese characters that forms one name part, with their pinyin.
type hanPart struct {
	chars     []rune
	syllables []string
}

// hanParts splits s into the Han parts between separators and spaces; characters of other
// scripts, and Han characters without a reading, are ignored.
func hanParts(s string) []hanPart {
	var parts []hanPart
	// The parts share two arrays, one rune and one syllable per letter of s at most.
	n := utf8.RuneCountInString(s)
	chars, syllables := make([]rune, 0, n), make([]string, 0, n)
	start := 0
	flush := func() {
		if len(chars) > start {
			end := len(chars)
			parts = append(parts, hanPart{chars: chars[start:end:end], syllables: syllables[start:end:end]})
			start = end
		}
	}
	for _, r := range s {
		switch {
		case isHan(r):
			if p := syllable(r); p != "" {
				chars = append(chars, r)
				syllables = append(syllables, p)
			}
		case isNameSeparator(r) || unicode.IsSpace(r):
			flush()
		}
	}
	flush()
	return parts
}

// Pinyin writes Chinese characters in toneless lower-case pinyin, one syllable per character
// separated by spaces, reading characters as they read in names (阿不都 → a bu du, not a bu dou).
// Parts of the name stay apart with " · " (伊力哈木·土赫提 → "yi li ha mu · tu he ti"); other
// characters are left out.
func Pinyin(han string) string {
	var b strings.Builder
	for i, p := range hanParts(han) {
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(strings.Join(p.syllables, " "))
	}
	return b.String()
}
