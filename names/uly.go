package names

import (
	"unicode"
	"unicode/utf8"
)

// ulyToken is one unit of Uyghur Latin text: a ULY letter (lower case, digraphs as one), a
// hamza (an apostrophe before a vowel), or any other rune passed through in other.
type ulyToken struct {
	letter string
	upper  bool // the letter was written with a capital
	hamza  bool
	other  rune
}

// ulyTokens splits ULY text into letters. An apostrophe before a vowel is a hamza; an apostrophe
// between consonants only separates two letters that would otherwise read as a digraph (n'g).
// Typographic apostrophes (’ ʼ ‘ `) count as apostrophes.
func ulyTokens(s string) []ulyToken {
	toks := make([]ulyToken, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isApostrophe(r) {
			j := i + n
			nr, _ := utf8.DecodeRuneInString(s[j:])
			if ulyVowels[string(unicode.ToLower(nr))] && len(toks) > 0 && toks[len(toks)-1].letter != "" {
				toks = append(toks, ulyToken{hamza: true})
			} else if j >= len(s) || !unicode.IsLetter(nr) || len(toks) == 0 || toks[len(toks)-1].letter == "" {
				toks = append(toks, ulyToken{other: r})
			}
			i = j
			continue
		}
		lower := unicode.ToLower(r)
		if i+n < len(s) && lower < 0x80 {
			next := s[i+n]
			if next < 0x80 {
				di := string([]byte{byte(lower), next | 0x20})
				if ulyDigraphs[di] {
					toks = append(toks, ulyToken{letter: di, upper: lower != r})
					i += n + 1
					continue
				}
			}
		}
		l := string(lower)
		if _, ok := ulyToUEY[l]; ok {
			toks = append(toks, ulyToken{letter: l, upper: lower != r})
		} else {
			toks = append(toks, ulyToken{other: r})
		}
		i += n
	}
	return toks
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', 'ʻ':
		return true
	}
	return false
}
