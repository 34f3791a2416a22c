package tizim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sources that do not know a birth date often know an age: a family says "he was 42 when they
// took him in 2019", a media report "aged 42 in 2019", a police list 2019年42岁. BirthFromAge
// reads such a statement from free text (a record's notes) to the birth years it allows.

// AgeText is how many bytes of a text BirthFromAge reads: an age is stated near the start of a
// note, and a testimony's pages are not scanned for one.
const AgeText = 4000

// Years an age and the year it was stated at may take.
const (
	maxAge            = 120
	firstAgeYear      = 1900
	lastAgeYear       = 2100
	earliestBirthYear = 1880
)

// BirthFromAge finds in s an age stated at a year, in English, Chinese, Russian or Uyghur ("aged
// 42 in 2019", "42 years old in 2019", "2019年42岁", "в 2019 году ему было 42 года", "2019-يىلى 42
// ياشتا", "2019-yili 42 yashta"), and returns the two birth years it allows: a person aged 42 in
// 2019 was born in 1976 or 1977 (1976/1977), as the birthday had come that year or not yet.
// It reports false when s states no age, or an age without the year it was true in: a bare "aged
// 42" dates from when the source was written, which the text does not say. A number of years that
// is a sentence ("10 years") is not an age: an English age needs "aged" before it or "old" after.
func BirthFromAge(s string) (PartialDate, bool) {
	if len(s) > AgeText {
		s = s[:AgeText]
	}
	for clause := range strings.FieldsFuncSeq(strings.ToLower(s), endsClause) {
		toks := ageTokens(clause)
		for i, t := range toks {
			if t.number < 0 || t.number > maxAge || t.digits > 3 || !statesAge(toks, i) {
				continue
			}
			if y, ok := yearBeside(toks, i); ok && y-t.number >= earliestBirthYear {
				return PartialDate{Year: y - t.number - 1, End: &PartialDate{Year: y - t.number}}, true
			}
		}
	}
	return PartialDate{}, false
}

// endsClause reports whether r ends a clause: an age and its year are looked for within one.
func endsClause(r rune) bool {
	switch r {
	case '.', ';', '!', '?', '\n', '。', '；', '！', '？', '؛', '؟':
		return true
	}
	return false
}

// ageToken is a word or a number of a clause: number is -1 for a word.
type ageToken struct {
	word   string
	number int
	digits int
}

// ageTokens splits a clause into numbers (ASCII or full-width digits), words (runs of letters)
// and Chinese characters, one a token; anything else separates them ("2019-yili" is 2019 and
// yili, "42-year-old" 42, year and old).
func ageTokens(s string) []ageToken {
	var toks []ageToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case digit(r) >= 0:
			n, d := 0, 0
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				v := digit(r)
				if v < 0 {
					break
				}
				if d < 6 {
					n = 10*n + v
				}
				d++
				i += size
			}
			toks = append(toks, ageToken{number: n, digits: d})
			continue
		case unicode.Is(unicode.Han, r):
			toks = append(toks, ageToken{word: s[i : i+size], number: -1})
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := i + size
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if unicode.Is(unicode.Han, r) || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
					break
				}
				j += size
			}
			toks = append(toks, ageToken{word: s[i:j], number: -1})
			size = j - i
		}
		i += size
	}
	return toks
}

// digit is the value of an ASCII, full-width or Arabic-Indic digit, -1 for any other rune.
func digit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// Words that make a number an age: before it ("aged 42", "в возрасте 42 лет", "age: 42") or after
// it ("42 years old", "42岁", "42 ياشتا", "42 yashta"). A Russian number of years is an age only
// after было or возрасте, since "10 лет" is as often a sentence.
var (
	ageBefore   = []string{"aged", "age", "возрасте", "возраст"}
	ageYears    = []string{"years", "year", "yrs", "yr", "y"}
	ageAfter    = []string{"岁", "歲"}
	agePrefixes = []string{"ياش", "yash", "yesh"}
	ruYears     = []string{"лет", "года", "год"}
	ruBefore    = []string{"было", "исполнилось", "возрасте"}
)

// statesAge reports whether the number toks[i] is an age by the words around it.
func statesAge(toks []ageToken, i int) bool {
	word := func(j int) string {
		if j < 0 || j >= len(toks) {
			return ""
		}
		return toks[j].word
	}
	if slices.Contains(ageBefore, word(i-1)) || word(i-1) == "of" && word(i-2) == "age" {
		return true
	}
	next := word(i + 1)
	switch {
	case slices.Contains(ageAfter, next), next == "周" && word(i+2) == "岁":
		return true
	case slices.Contains(ageYears, next) && word(i+2) == "old":
		return true
	case slices.ContainsFunc(agePrefixes, func(p string) bool { return strings.HasPrefix(next, p) }):
		return true
	case slices.Contains(ruYears, next):
		for j := i - 1; j >= i-3 && j >= 0; j-- {
			if slices.Contains(ruBefore, word(j)) {
				return true
			}
		}
	}
	return false
}

// yearBeside returns the year the age toks[i] was stated at: the nearest number of four digits
// in the clause that can be a year, the one after the age when two are as near ("born 1977,
// aged 42 in 2019").
func yearBeside(toks []ageToken, i int) (int, bool) {
	for d := 1; d < len(toks); d++ {
		for _, j := range [2]int{i + d, i - d} {
			if j < 0 || j >= len(toks) {
				continue
			}
			if t := toks[j]; t.digits == 4 && t.number >= firstAgeYear && t.number <= lastAgeYear {
				return t.number, true
			}
		}
	}
	return 0, false
}
