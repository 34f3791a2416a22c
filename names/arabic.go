package names

import "strings"

// arabicPunct writes Latin punctuation the way Uyghur Arabic script does.
var arabicPunct = map[rune]rune{',': '،', ';': '؛', '?': '؟'}

// ToArabic writes Uyghur Latin (ULY) in Uyghur Arabic script (UEY), letter for letter: a
// vowel-initial word gets the hamza carrier ئ (Abdurehman → ئابدۇرەھمان), an apostrophe before a
// vowel inside a word is a hamza (sa'et → سائەت), and an apostrophe between consonants only
// separates them (sen'ger → سەنگەر). Case is dropped; ë and é are both ې.
func ToArabic(uly string) string {
	var b strings.Builder
	b.Grow(len(uly) * 2)
	wordStart := true
	for _, t := range ulyTokens(uly) {
		switch {
		case t.hamza:
			b.WriteRune(hamza)
		case t.letter != "":
			if wordStart && ulyVowels[t.letter] {
				b.WriteRune(hamza)
			}
			b.WriteRune(ulyToUEY[t.letter])
			wordStart = false
		default:
			if p, ok := arabicPunct[t.other]; ok {
				b.WriteRune(p)
			} else {
				b.WriteRune(t.other)
			}
			wordStart = !isApostrophe(t.other)
		}
	}
	return b.String()
}
