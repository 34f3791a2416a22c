package names

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// latinFold spells letters with diacritics and ligatures in plain ASCII the way the name's own
// tradition sounds them: Turkish ş ç ğ ı, Czech and Croatian š č ž ć đ, Nordic ø æ å, German ß,
// Polish ł, and the ULY letters ö ü é ë. Letters not listed lose their marks (NFD). Source: the
// alphabets of those languages (sound values per the Wikipedia article on each alphabet).
var latinFold = map[rune]string{
	'ş': "sh", 'ș': "sh", 'š': "sh", 'ç': "ch", 'č': "ch", 'ć': "ch", 'ğ': "gh", 'ı': "i",
	'ž': "zh", 'ż': "zh", 'đ': "dj", 'ø': "o", 'æ': "ae", 'œ': "oe", 'å': "a", 'ß': "ss",
	'ł': "l", 'þ': "th", 'ð': "d", 'ə': "e", 'ǰ': "j", 'ţ': "ts", 'ț': "ts", 'ŋ': "ng",
}

// appendASCII appends the lower-case ASCII spelling of a Latin rune to dst; other runes are
// dropped. Upper-case vowels, N and G (optional letters of a Han reading) are kept as they are.
func appendASCII(dst []byte, r rune) []byte {
	if r < 0x80 {
		switch {
		case r >= 'a' && r <= 'z':
			return append(dst, byte(r))
		case r == 'A' || r == 'E' || r == 'I' || r == 'O' || r == 'U' || r == 'N' || r == 'G':
			return append(dst, byte(r))
		case r >= 'A' && r <= 'Z':
			return append(dst, byte(r)+('a'-'A'))
		}
		return dst
	}
	if s, ok := latinFold[r]; ok {
		return append(dst, s...)
	}
	if s, ok := latinFold[unicode.ToLower(r)]; ok {
		return append(dst, s...)
	}
	if r == 'Ü' || r == 'Ö' {
		// optional vowels of a Han reading written with ü
		if r == 'Ü' {
			return append(dst, 'U')
		}
		return append(dst, 'O')
	}
	if !unicode.Is(unicode.Latin, r) {
		return dst
	}
	var buf [16]byte
	d := norm.NFD.Append(buf[:0], []byte(string(r))...)
	if len(d) > 0 && d[0] < 0x80 {
		c := d[0] | 0x20
		if c >= 'a' && c <= 'z' {
			return append(dst, c)
		}
	}
	return dst
}
