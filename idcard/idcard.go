// Package idcard reads PRC resident identity numbers (GB 11643-1999): 18 characters holding the
// address code of the county where the number was issued, the birth date, a sequence number
// whose parity gives the sex, and a check character; or the older 15-digit form without century
// or check. A number is evidence about a person, so this package says what a number tells and
// what is wrong with it rather than only yes or no: a number with a retired county code is
// judged against the code list of its time (Turpan's 652101 is right for a person born in 1980
// and wrong for one born in 2016), a masked number (6531**********123X) still gives what can be
// read, and Compare tells a typo apart from a different person.
package idcard

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/divisions"
)

// Number is what an identity number says and what is wrong with it.
type Number struct {
	Raw string // the input as given
	// Normalized is the 18-character form: ASCII digits, a final 'X', '*' for masked
	// characters; a 15-digit number is converted. "" when the input could not be read.
	Normalized string
	// Valid is true for a complete number whose every part checks out. A masked number is
	// never Valid; it is not invalid either unless Problems says so.
	Valid    bool
	Problems []string // why the number is invalid, one sentence each; empty for a good number
	Notes    []string // what else a reader should know: a conversion, an unusual county code
	Masked   bool     // some characters are hidden
	Fifteen  bool     // converted from the old 15-digit form

	// Birth is the birth date when all of it is readable and real; otherwise the zero time,
	// and BirthYear, BirthMonth, BirthDay hold the parts that can be read (0 = hidden).
	Birth                           time.Time
	BirthYear, BirthMonth, BirthDay int
	Sex                             string // "m" (odd sequence), "f" (even), "" if hidden

	// County is the division of the address code as it was named when the number was issued
	// (about the birth year), CountyKnown whether the code is in the table at all, and
	// CountyCurrent the divisions that cover its area today.
	County        divisions.Division
	CountyKnown   bool
	CountyCurrent []divisions.Division
	// Province and Prefecture are read from the first two and four digits, also when the rest
	// of the address code is masked; zero when hidden or unknown.
	Province, Prefecture divisions.Division
}

// earliestBirth is the first birth year accepted: the first cards were issued in 1984, so a
// holder born before 1880 would have been over 104.
const earliestBirth = 1880

// Parse reads an identity number. It accepts spaces and hyphens between digits, a lower-case x,
// full-width digits (０-９) and masks (*, ●, ×); a 15-digit number is converted to 18 digits.
// It never fails silently: every problem is in Number.Problems, and the error (code EINVALID)
// repeats them when there are any. A masked number with nothing wrong in its visible
// characters gives no error.
func Parse(s string) (Number, error) {
	return parseAt(s, time.Now())
}

// parseAt is Parse with a fixed today, so that "in the future" can be tested.
func parseAt(s string, today time.Time) (Number, error) {
	n := Number{Raw: s}
	n.read(today)
	if len(n.Problems) > 0 {
		return n, tizim.Errorf(tizim.EINVALID, "identity number %s: %s", quote(s), strings.Join(n.Problems, "; "))
	}
	return n, nil
}

func (n *Number) problem(format string, args ...any) {
	n.Problems = append(n.Problems, fmt.Sprintf(format, args...))
}

func (n *Number) note(format string, args ...any) {
	n.Notes = append(n.Notes, fmt.Sprintf(format, args...))
}

// read fills n from n.Raw.
func (n *Number) read(today time.Time) {
	s, problem := normalize(n.Raw)
	if problem != "" {
		n.problem("the input %s", problem)
		return
	}
	length := utf8.RuneCountInString(s)
	switch {
	case length == 0:
		n.problem("it is empty")
		return
	case length != 18 && length != 15:
		n.problem("it has %d characters; an identity number has 18 (or 15 in the form used before 1999)", length)
	}
	if pos, r := badChar(s); pos > 0 {
		n.problem("character %d is %q; only digits and a final X may appear", pos, r)
	}
	if len(n.Problems) > 0 {
		return
	}
	if length == 15 {
		n.Fifteen = true
		s = upgrade(s)
		n.note("converted from the 15-digit form used before 1999 by adding the century 19 and the check character")
	}
	n.Normalized = s
	n.Masked = strings.ContainsRune(s, maskChar)
	n.readBirth(s[6:14], today)
	n.readSex(s[16])
	n.readAddress(s[:6])
	if !n.Masked && !n.Fifteen {
		if want := Check(s[:17]); want != s[17] {
			n.problem("the check character is %c, but the first 17 digits give %c: a digit is wrong", s[17], want)
		}
	}
	n.Valid = !n.Masked && len(n.Problems) == 0
}

// readSex reads the sex from the last digit of the sequence number.
func (n *Number) readSex(c byte) {
	switch {
	case c == maskChar:
	case (c-'0')%2 == 1:
		n.Sex = "m"
	default:
		n.Sex = "f"
	}
}

// visible returns the number written in s, and false when any of its digits is masked.
func visible(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] == maskChar {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}
