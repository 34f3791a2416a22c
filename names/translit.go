package names

import "strings"

// Forms is one name in every writing the package knows.
type Forms struct {
	Script   Script `json:"script"`    // the script the name was given in
	ULY      string `json:"uly"`       // Uyghur Latin
	UEY      string `json:"uey"`       // Uyghur Arabic script
	USY      string `json:"usy"`       // Uyghur Cyrillic
	Pinyin   string `json:"pinyin"`    // for names given in Chinese characters, else ""
	LatinKey string `json:"latin_key"` // the phonetic key of each part, space-separated
}

// Translit writes a name in every script. Each part is read from its own script: Arabic script
// and Cyrillic letter for letter, Latin as given, Chinese characters through pinyin to their
// most likely Uyghur reading (attested spellings first, then the syllable table). The Uyghur
// Latin form is then written in Arabic script and Cyrillic. Invalid UTF-8 and control characters
// are dropped; Normalize reports them.
func Translit(name string) Forms {
	s, _ := clean(name, false, false)
	f := Forms{Script: DetectScript(s)}
	var uly []string
	if syl := passportPinyin(s); syl != nil {
		// YILIHAMU TUHETI: read the pinyin as Chinese characters would be read.
		var pin []string
		for _, p := range syl {
			uly = append(uly, displayReading(hanReadings(hanPart{syllables: p})[0]))
			pin = append(pin, strings.Join(p, " "))
		}
		f.Pinyin = strings.Join(pin, " · ")
	} else {
		for _, w := range strings.Fields(s) {
			uly = append(uly, wordToLatin(w)...)
		}
	}
	f.ULY = strings.Join(uly, " ")
	f.UEY = ToArabic(f.ULY)
	f.USY = ToCyrillic(f.ULY)
	if f.Script == Han || f.Script == Mixed {
		f.Pinyin = Pinyin(s)
	}
	keys := Keys(s)
	if f.Pinyin != "" && f.Script == Latin {
		keys = Keys(f.ULY) // passport pinyin: the key of its Uyghur reading
	}
	ks := make([]string, 0, len(keys))
	for _, k := range keys {
		if len(k) > 0 {
			ks = append(ks, k[0])
		}
	}
	f.LatinKey = strings.Join(ks, " ")
	return f
}

// wordToLatin writes one space-free word in Uyghur Latin: Han runs become their best reading,
// capitalised; everything else goes through ToLatin.
func wordToLatin(w string) []string {
	if DetectScript(w) != Han {
		if hasHan(w) {
			return mixedToLatin(w)
		}
		if isYengiYeziq(w) {
			return []string{yengiToULY(w)}
		}
		return []string{ToLatin(w)}
	}
	var out []string
	for _, p := range hanParts(w) {
		out = append(out, displayReading(hanReadings(p)[0]))
	}
	return out
}

// displayReading writes a Han reading for people: capitalised, with a final optional vowel after
// a consonant that closes a syllable dropped (a-bu-li-mi-ti → Abulimit, pa-er-ha-ti → Parhat),
// and other optional vowels kept.
func displayReading(r string) string {
	if n := len(r); n >= 3 {
		last, cons, before := r[n-1], r[n-2], r[n-3]
		if last >= 'A' && last <= 'Z' && !isULYVowel(cons) && isULYVowel(before|0x20) {
			r = r[:n-1]
		}
	}
	return capitalize(strings.ToLower(showClasses(r)))
}

// showClasses writes the reading classes of a reading as Translit shows them (readingclass.go).
func showClasses(r string) string {
	if !strings.ContainsAny(r, classCodes) {
		return r
	}
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		if c := classOf[r[i]]; c != nil {
			b.WriteString(c.show)
			continue
		}
		b.WriteByte(r[i])
	}
	return b.String()
}

func isULYVowel(c byte) bool {
	return strings.IndexByte("aeiou", c|0x20) >= 0
}

// passportPinyin returns the syllables of each word of a name written in capital pinyin, as in
// PRC passports (YILIHAMU TUHETI), or nil for any other name.
func passportPinyin(s string) [][]string {
	if strings.ToUpper(s) != s {
		return nil
	}
	return pinyinWords(s)
}

// InPinyin reports whether a name is written in toneless pinyin, in any case: every word a run
// of pinyin syllables and one word at least two (MAIMAITI TUERXUN, Aili Maimaiti). Such a name
// spells a Uyghur name as Chinese characters read it, so its phonetic keys seldom agree with
// those of the name's Latin spellings (Memet Tursun), while the comparison of names does.
func InPinyin(s string) bool { return pinyinWords(s) != nil }

// pinyinWords returns the syllables of each word of a name in toneless pinyin, in any case, or
// nil unless every word is pinyin and one at least two syllables.
func pinyinWords(s string) [][]string {
	if s == "" || !isASCII(s) {
		return nil
	}
	var out [][]string
	long := false
	for _, w := range strings.Fields(strings.ToLower(s)) {
		syl := splitPinyinWord(w, 1)
		if syl == nil {
			return nil
		}
		long = long || len(syl) > 1
		out = append(out, syl)
	}
	if !long {
		return nil
	}
	return out
}

// mixedToLatin handles a word mixing Chinese characters with other letters, run by run.
func mixedToLatin(w string) []string {
	var out []string
	var run []rune
	han := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if han {
			out = append(out, wordToLatin(string(run))...)
		} else {
			out = append(out, ToLatin(string(run)))
		}
		run = run[:0]
	}
	for _, r := range w {
		if h := scriptOf(r) == Han; h != han {
			flush()
			han = h
		}
		run = append(run, r)
	}
	flush()
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if scriptOf(r) == Han {
			return true
		}
	}
	return false
}
