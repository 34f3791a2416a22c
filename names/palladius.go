package names

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Chinese names in Russian and Central Asian lists (Hui and Dungan people, 马建国 as Ма Цзяньго)
// are written in the Palladius system. The package turns each pinyin syllable into its
// Palladius spelling, and reads a Cyrillic word that splits wholly into such spellings back as
// pinyin, which then goes the way of Chinese characters. Source: the Palladius system
// (Cyrillization of Chinese) as tabulated in the Russian Wikipedia article «Система Палладия».

// palladiusInitials spells the pinyin initials; j q x are цз ц с, as z c s are.
var palladiusInitials = map[string]string{
	"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
	"k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж",
	"z": "цз", "c": "ц", "s": "с",
}

// palladiusFinals spells the pinyin finals after an initial.
var palladiusFinals = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
	"en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я",
	"ian": "янь", "iang": "ян", "iao": "яо", "ie": "е", "in": "инь", "ing": "ин", "iong": "юн",
	"iu": "ю", "u": "у", "ua": "уа", "uai": "уай", "uan": "уань", "uang": "уан", "ui": "уй",
	"un": "унь", "uo": "о", "v": "юй", "ve": "юэ", "ü": "юй", "üe": "юэ",
}

// palladiusWhole spells the syllables without an initial and those with y or w.
var palladiusWhole = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
	"en": "энь", "ang": "ан", "eng": "эн", "er": "эр", "yi": "и", "ya": "я", "yan": "янь",
	"yang": "ян", "yao": "яо", "ye": "е", "yin": "инь", "ying": "ин", "yong": "юн", "you": "ю",
	"yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wai": "вай",
	"wan": "вань", "wang": "ван", "wei": "вэй", "wen": "вэнь", "weng": "вэн", "wo": "во",
}

// toPalladius spells one toneless pinyin syllable in Palladius, or "" if it cannot.
func toPalladius(syl string) string {
	if p, ok := palladiusWhole[syl]; ok {
		return p
	}
	ini, fin := splitPinyin(syl)
	in, ok := palladiusInitials[ini]
	if !ok {
		return ""
	}
	switch {
	case fin == "i" && (ini == "z" || ini == "c" || ini == "s"):
		return in + "ы" // 子 zi цзы
	case ini == "j" || ini == "q" || ini == "x":
		switch fin { // u after j q x is ü
		case "u":
			fin = "ü"
		case "ue":
			fin = "üe"
		case "uan":
			return in + "юань"
		case "un":
			return in + "юнь"
		}
	}
	f, ok := palladiusFinals[fin]
	if !ok {
		return ""
	}
	return in + f
}

var (
	palladiusOnce sync.Once
	fromPalladius map[string]string // Palladius spelling → pinyin syllable
)

func loadPalladius() {
	pinyinOnce.Do(loadPinyinSyllables)
	fromPalladius = make(map[string]string, len(pinyinSyllables))
	for syl := range pinyinSyllables {
		if strings.ContainsRune(syl, 'v') {
			continue
		}
		if p := toPalladius(syl); p != "" {
			if old, ok := fromPalladius[p]; !ok || len(syl) < len(old) {
				fromPalladius[p] = syl
			}
		}
	}
}

// palladiusMark reports a letter group that Palladius uses and Russian spellings of other names
// do not.
func palladiusMark(w string) bool {
	for _, m := range []string{"цз", "чж", "эй", "энь", "эн", "оу"} {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}

// splitPalladius reads a lower-case Cyrillic word as Palladius syllables and returns their
// pinyin, or nil if the word does not split wholly into at least minSyllables of them (one is
// always enough with a Palladius letter group).
func splitPalladius(w string, minSyllables int) []string {
	n := utf8.RuneCountInString(w)
	if n < 1 || n > 40 {
		return nil
	}
	if strings.ContainsAny(w, "әөүңғқһҗұі") {
		return nil // Uyghur and Kazakh letters: not Palladius
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if !strings.ContainsRune("аоэиыуяеюйьнр", last) {
		return nil // a Palladius syllable ends in a vowel, ь, н, й or р
	}
	palladiusOnce.Do(loadPalladius)
	var at [41]int // byte offset of each rune
	i := 0
	for k := range w {
		at[i] = k
		i++
	}
	at[n] = len(w)
	const inf = 1 << 30
	var best, from [41]int
	for i := 1; i <= n; i++ {
		best[i] = inf
		for l := 1; l <= 5 && l <= i; l++ {
			if best[i-l] < inf && best[i-l]+1 < best[i] {
				if _, ok := fromPalladius[w[at[i-l]:at[i]]]; ok {
					best[i], from[i] = best[i-l]+1, i-l
				}
			}
		}
	}
	if best[n] >= inf || (best[n] < minSyllables && !palladiusMark(w)) {
		return nil
	}
	out := make([]string, best[n])
	for i, j := n, len(out)-1; i > 0; i, j = from[i], j-1 {
		out[j] = fromPalladius[w[at[from[i]]:at[i]]]
	}
	return out
}
