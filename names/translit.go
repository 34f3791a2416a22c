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
	for _, w := range strings.Fields(s) {
		uly = append(uly, wordToLatin(w)...)
	}
	f.ULY = strings.Join(uly, " ")
	f.UEY = ToArabic(f.ULY)
	f.USY = ToCyrillic(f.ULY)
	if f.Script == Han || f.Script == Mixed {
		f.Pinyin = Pinyin(s)
	}
	keys := Keys(s)
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
		return []string{ToLatin(w)}
	}
	var out []string
	for _, p := range hanParts(w) {
		out = append(out, capitalize(strings.ToLower(hanReadings(p)[0])))
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
