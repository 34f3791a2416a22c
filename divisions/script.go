package divisions

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// uyghurLatin spells the letters of the Uyghur Arabic (UEY) and Cyrillic (USY) scripts in
// Uyghur Latin (ULY), letter for letter, so that a place written by a family in Uyghur script
// (قەشقەر, Қәшқәр) meets the ULY names of xinjiangNames (Qeshqer). Source: the UEY–ULY–USY table
// of /work/shared/reference/uyghur-names.md (the Uyghur Computer Science Association's ULY
// standard), with the Arabic and Persian look-alike letters that keyboards put in their place
// (ه for ە, ک for ك, ی for ى) and the Russian letters of USY texts.
var uyghurLatin = map[rune]string{
	// Arabic script
	'ا': "a", 'ە': "e", 'ب': "b", 'پ': "p", 'ت': "t", 'ج': "j", 'چ': "ch", 'خ': "x", 'د': "d",
	'ر': "r", 'ز': "z", 'ژ': "zh", 'س': "s", 'ش': "sh", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'گ': "g", 'ڭ': "ng", 'ل': "l", 'م': "m", 'ن': "n", 'ھ': "h", 'و': "o", 'ۇ': "u", 'ۆ': "ö",
	'ۈ': "ü", 'ۋ': "w", 'ې': "ë", 'ى': "i", 'ي': "y", 'ئ': "",
	'ه': "e", 'ک': "k", 'ی': "i", 'ة': "e", 'أ': "a", 'إ': "i", 'آ': "a",
	// Cyrillic script
	'а': "a", 'ә': "e", 'б': "b", 'п': "p", 'т': "t", 'җ': "j", 'ч': "ch", 'х': "x", 'д': "d",
	'р': "r", 'з': "z", 'ж': "zh", 'с': "s", 'ш': "sh", 'ғ': "gh", 'ф': "f", 'қ': "q", 'к': "k",
	'г': "g", 'ң': "ng", 'л': "l", 'м': "m", 'н': "n", 'һ': "h", 'о': "o", 'у': "u", 'ө': "ö",
	'ү': "ü", 'в': "w", 'е': "ë", 'и': "i", 'й': "y", 'я': "ya", 'ю': "yu",
	'э': "e", 'ы': "i", 'ё': "yo", 'ц': "ts", 'щ': "shch", 'ъ': "", 'ь': "",
}

// toLatin spells Arabic- and Cyrillic-script text in ULY; it returns s unchanged when s holds
// neither script.
func toLatin(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Arabic, unicode.Cyrillic)
	}) {
		return s
	}
	s = norm.NFKC.String(s) // Arabic presentation forms to letters
	var b strings.Builder
	for _, r := range s {
		lower := unicode.ToLower(r)
		if l, ok := uyghurLatin[lower]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
