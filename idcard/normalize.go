package idcard

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxInput is the longest input worth reading: an identity number with generous spacing.
const maxInput = 128

// maskChar stands for a hidden character in a normalised number.
const maskChar = '*'

// maskRunes are the characters lists use to hide digits (6531**********123X). Full-width ＊ is
// folded to * before this table is consulted. Source: masked numbers as printed in leaked lists
// and Chinese web forms (*, ●, ×, #).
var maskRunes = map[rune]bool{'*': true, '●': true, '•': true, '○': true, '×': true, '#': true}

// separators may stand between digit groups (6531 0119 8401 2612 34, 653101-19840126-1234).
var separators = map[rune]bool{'-': true, '_': true, '.': true, '/': true}

// normalize folds s to ASCII digits, 'X' and maskChar, dropping spaces, separators and
// invisible formatting characters (bidi marks, zero-width spaces) that copying from web pages
// and spreadsheets leaves behind. Anything else is kept as it is, for the caller to report.
// problem is set when s cannot be read at all.
func normalize(s string) (out string, problem string) {
	switch {
	case len(s) > maxInput:
		return "", fmt.Sprintf("is %d bytes long, too long for an identity number", len(s))
	case !utf8.ValidString(s):
		return "", "is not valid UTF-8 text"
	}
	if plain(s) {
		return s, ""
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= fullWidthFirst && r <= fullWidthLast {
			r -= fullWidthOffset // full-width ０-９, Ｘ, ｘ, ＊, －
		}
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'x' || r == 'X':
			b.WriteByte('X')
		case maskRunes[r]:
			b.WriteRune(maskChar)
		case unicode.IsSpace(r) || separators[r] || unicode.Is(unicode.Cf, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), ""
}

// The Unicode block of full-width forms of ASCII (U+FF01–U+FF5E) is ASCII shifted by 0xFEE0;
// Chinese input methods type digits there. Source: Unicode 15, Halfwidth and Fullwidth Forms.
const (
	fullWidthFirst  = '\uFF01'
	fullWidthLast   = '\uFF5E'
	fullWidthOffset = 0xFEE0
)

// plain reports whether s is already normal: ASCII digits, 'X' and '*' only.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != 'X' && c != maskChar {
			return false
		}
	}
	return true
}

// badChar finds the first character of a normalised number that cannot be in an identity
// number: anything but digits and masks, and an X anywhere but at the end of 18 characters.
// pos is 1-based and counts characters, not bytes; pos 0 means none.
func badChar(n string) (pos int, r rune) {
	count := utf8.RuneCountInString(n)
	i := 0
	for _, c := range n {
		i++
		switch {
		case c >= '0' && c <= '9', c == maskChar:
		case c == 'X' && i == 18 && count == 18:
		default:
			return i, c
		}
	}
	return 0, 0
}

// quote shows hostile input safely and briefly in a message.
func quote(s string) string {
	if len(s) > 40 {
		cut := 40
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return fmt.Sprintf("%q…", s[:cut])
	}
	return fmt.Sprintf("%q", s)
}
