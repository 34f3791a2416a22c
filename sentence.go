package tizim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Term is a court sentence's length as records are compared by it: a fixed term in months,
// or one of the terms below. Sources write one sentence many ways (有期徒刑10年, "10 years",
// "10 лет", "10 يىل"); ParseSentence reads them to one Term.
type Term int32

// Terms that are not a number of months.
const (
	TermLife           Term = -1 // life imprisonment: 无期徒刑
	TermDeath          Term = -2 // death: 死刑 (立即执行)
	TermSuspendedDeath Term = -3 // death with a two-year reprieve: 死刑缓期二年执行, 死缓
)

// sentenceWords maps words that name a whole sentence, in English, Chinese, Uyghur and
// Russian, to their term. The longest that a sentence contains wins (死刑缓期 before 死刑). The
// Chinese are the terms of the PRC Criminal Law (articles 33, 45-51).
var sentenceWords = []struct {
	word string
	term Term
}{
	{"死刑缓期", TermSuspendedDeath}, {"死缓", TermSuspendedDeath}, {"suspended death", TermSuspendedDeath},
	{"death with reprieve", TermSuspendedDeath}, {"death sentence with reprieve", TermSuspendedDeath},
	{"death sentence suspended", TermSuspendedDeath},
	{"смертная казнь с отсрочкой", TermSuspendedDeath},
	{"无期徒刑", TermLife}, {"无期", TermLife}, {"life", TermLife}, {"пожизнен", TermLife}, {"مۇددەتسىز", TermLife},
	{"muddetsiz", TermLife},
	{"死刑", TermDeath}, {"death", TermDeath}, {"смертн", TermDeath}, {"ئۆلۈم جازاسى", TermDeath},
	{"ölüm jazasi", TermDeath},
}

// afterTerm are words that begin what a verdict says after the sentence: deprivation of
// political rights and probation, in Chinese, English and Russian.
var afterTerm = []string{"剥夺", "缓刑", "deprivation of political", "political rights", "probation",
	"политических прав", "условно", "испытательн"}

// yearUnits and monthUnits are the words that follow a number of years or months.
var (
	yearUnits  = []string{"years", "year", "yrs", "yr", "年", "يىل", "лет", "года", "год", "yil"}
	monthUnits = []string{"个月", "months", "month", "月", "ئاي", "месяцев", "месяца", "месяц", "ay"}
)

// ParseSentence reads a sentence's length: "有期徒刑10年", "有期徒刑十年六个月", "10 years",
// "3 года", "5 يىل", "life", "无期徒刑", "死缓". A bare number is years. It reports false for
// text it cannot read as one term, which resolution then leaves out rather than count against a
// match.
func ParseSentence(s string) (Term, bool) {
	if len(s) > 200 {
		return 0, false
	}
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if k == "" {
		return 0, false
	}
	// A verdict goes on after the term with terms of other things: 剥夺政治权利三年 (political
	// rights, or 终身: for life), 缓刑五年 (probation); only what comes before them is the sentence.
	for _, w := range afterTerm {
		if i := strings.Index(k, w); i >= 0 {
			k = k[:i]
		}
	}
	best := -1
	for i, w := range sentenceWords {
		if strings.Contains(k, w.word) && (best < 0 || len(w.word) > len(sentenceWords[best].word)) {
			best = i
		}
	}
	if best >= 0 {
		return sentenceWords[best].term, true
	}
	if n, rest, ok := leadingNumber(k); ok && strings.TrimSpace(rest) == "" {
		return Term(12 * n), n > 0 && n <= 100
	}
	months, found := 0, false
	for rest := k; rest != ""; {
		n, after, ok := leadingNumber(rest)
		if !ok {
			_, size := utf8.DecodeRuneInString(rest)
			rest = rest[size:]
			continue
		}
		if len(after) > 1 && (after[0] == '.' || after[0] == ',') && after[1] >= '0' && after[1] <= '9' {
			return 0, false // 1.5 years: a fraction is not read
		}
		after = strings.TrimLeft(after, " ")
		switch {
		case hasUnit(after, yearUnits):
			months, found = months+12*n, true
		case hasUnit(after, monthUnits):
			months, found = months+n, true
		}
		rest = after
	}
	if !found || months <= 0 || months > 1200 {
		return 0, false
	}
	return Term(months), true
}

// hasUnit reports whether s opens with one of the units: a Latin or Cyrillic one as a word of
// its own ("5 yrs", not "5 yrsx"), a Chinese one before anything, an Arabic-script one with any
// suffix (يىللىق).
func hasUnit(s string, units []string) bool {
	for _, u := range units {
		rest, ok := strings.CutPrefix(s, u)
		if !ok {
			continue
		}
		first, _ := utf8.DecodeRuneInString(u)
		next, _ := utf8.DecodeRuneInString(rest)
		if rest == "" || !unicode.IsLetter(next) || unicode.Is(unicode.Han, first) || unicode.Is(unicode.Arabic, first) {
			return true
		}
	}
	return false
}

// chineseDigits are the Chinese numerals a sentence's years are written with (两 as in 两年).
var chineseDigits = map[rune]int{'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// leadingNumber reads the number s opens with, in ASCII or full-width digits or in Chinese
// numerals up to 99 (十, 十五, 二十, 二十三), and returns it with the text after it.
func leadingNumber(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			n = 10*n + int(r-'0')
		case r >= '０' && r <= '９':
			n = 10*n + int(r-'０')
		default:
			if i == 0 {
				return chineseNumber(s)
			}
			return n, s[i:], true
		}
		if n > 10000 {
			return 0, s, false
		}
		i += size
	}
	return n, "", i > 0
}

// chineseNumber reads a Chinese numeral up to 99 that s opens with.
func chineseNumber(s string) (int, string, bool) {
	tens, units, i := 0, 0, 0
	seen := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '十' {
			if tens > 0 {
				break
			}
			tens = max(units, 1)
			units, seen = 0, true
		} else if d, ok := chineseDigits[r]; ok {
			units, seen = d, true
		} else {
			break
		}
		i += size
	}
	if !seen {
		return 0, s, false
	}
	return 10*tens + units, s[i:], true
}
