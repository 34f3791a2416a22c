package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ToLatin writes Uyghur Arabic script (UEY) and Uyghur Cyrillic (USY) in Uyghur Latin (ULY),
// letter for letter. The hamza carrier ئ is dropped at the start of a word and becomes an
// apostrophe inside one (سائەت → sa'et); where two letters would spell a ULY digraph, an
// apostrophe keeps them apart (سەنگەر → sen'ger). Arabic script has no case, so each word
// written from it starts with a capital; Cyrillic keeps its case. Latin letters, digits and
// punctuation pass through, and Arabic letters outside the Uyghur alphabet are read as Uyghur
// reads them in loanwords. Invalid UTF-8 becomes U+FFFD.
func ToLatin(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	prev := "" // the previous letter written, lower case, "" after a non-letter
	wordStart := true
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				b.WriteRune(utf8.RuneError)
				prev, wordStart = "", true
				continue
			}
		}
		if r == hamza {
			if !wordStart {
				b.WriteByte('\'')
			}
			prev = ""
			continue
		}
		out, upper, ok := latinOf(r, wordStart)
		if !ok {
			if r == '\u200C' || r == '\u200D' {
				continue // ZWNJ/ZWJ shape Arabic letters and mean nothing in Latin
			}
			b.WriteRune(r)
			letter := unicode.IsLetter(r) || unicode.IsMark(r)
			wordStart = !letter
			if letter {
				prev = string(unicode.ToLower(r))
			} else {
				prev = ""
			}
			continue
		}
		if out == "" {
			continue
		}
		if c := out[0]; c < 0x80 && !unicode.IsLetter(rune(c)) {
			b.WriteString(out) // Arabic punctuation and digits
			prev, wordStart = "", true
			continue
		}
		if len(prev) == 1 && ulyDigraphs[prev+out[:1]] {
			b.WriteByte('\'')
		}
		if upper {
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsUpper(next) || (!unicode.IsLetter(next) && !wordStart) {
				b.WriteString(strings.ToUpper(out)) // ЧИН → CHIN, not ChIN
			} else {
				b.WriteString(capitalize(out))
			}
		} else {
			b.WriteString(out)
		}
		prev = out
		if n := len(out); n > 1 && !ulyDigraphs[out] {
			prev = out[n-1:] // ya, yu, ts: the last letter is what can meet the next
		}
		wordStart = false
	}
	return b.String()
}

// latinOf returns the ULY spelling of an Arabic-script or Cyrillic rune and whether it should be
// capitalised; ok is false for runes that pass through unchanged.
func latinOf(r rune, wordStart bool) (out string, upper, ok bool) {
	if s, found := ueyToULY[r]; found {
		return s, wordStart, true
	}
	if s, found := arabicExtra[r]; found {
		return s, wordStart && s != "" && unicode.IsLetter(rune(s[0])), true
	}
	lower := unicode.ToLower(r)
	if s, found := usyToULY[lower]; found {
		return s, lower != r, true
	}
	return "", false, false
}

// capitalize upper-cases the first letter of a ULY letter or syllable.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
