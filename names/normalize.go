package names

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Problem is something wrong with a name that Normalize removed instead of keeping silently.
type Problem struct {
	Kind   string `json:"kind"`   // one of the Problem kinds below
	Detail string `json:"detail"` // a sentence for the user, naming the position
}

// Problem kinds.
const (
	InvalidUTF8 = "invalid_utf8" // bytes that are not UTF-8 were dropped
	Bidi        = "bidi_control" // a bidirectional override or isolate was dropped
	Control     = "control"      // another invisible control character was dropped
)

// isBidiControl reports the bidi embedding, override and isolate controls (U+202A–U+202E,
// U+2066–U+2069): they reorder text on screen and are never part of a name.
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// needsCompat reports runes that normalise by compatibility: Arabic presentation forms and
// full-width Latin letters and digits.
func needsCompat(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE) || (r >= 0xFF01 && r <= 0xFF5E)
}

// clean removes invalid UTF-8 and control characters (reporting them), folds presentation
// forms, turns separators into spaces, collapses white space and, if lower, case-folds. ZWNJ is
// kept between Arabic letters, where it is spelling, and dropped elsewhere.
func clean(s string, report, lower bool) (string, []Problem) {
	if out, ok := cleanASCII(s, lower); ok {
		return out, nil
	}
	if utf8.ValidString(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s) // first, so that what composes into a separator (U+0387) is one
	}
	var probs []Problem
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading and repeated spaces
	prevArabic := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		pos := i
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			if report {
				probs = append(probs, Problem{InvalidUTF8, fmt.Sprintf("invalid UTF-8 byte 0x%02X at byte %d was removed", s[pos], pos)})
			}
			continue
		case isBidiControl(r):
			if report {
				probs = append(probs, Problem{Bidi, fmt.Sprintf("bidi control U+%04X at byte %d was removed", r, pos)})
			}
			continue
		case r == '\u200C':
			if prevArabic {
				b.WriteRune(r)
			}
			continue
		case unicode.IsSpace(r) || isNameSeparator(r) || r == '_' || r == '/' || r == ',' || r == ';':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			prevArabic = false
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			if report && r != '\u200D' && r != '\uFEFF' && r != '\u200B' {
				probs = append(probs, Problem{Control, fmt.Sprintf("control character U+%04X at byte %d was removed", r, pos)})
			}
			continue
		case needsCompat(r):
			c := norm.NFKC.String(string(r))
			if lower {
				c = strings.ToLower(c)
			}
			b.WriteString(c)
		case lower && r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case lower && r == 'İ':
			b.WriteByte('i')
		case lower:
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
		space = false
		prevArabic = scriptOf(r) == Arabic
	}
	out := strings.TrimSuffix(b.String(), " ")
	if !isASCII(out) && !norm.NFC.IsNormalString(out) {
		// Composing may make what the loop above treats apart (U+037E, the Greek question
		// mark, is ;), and it did not compose what followed invalid UTF-8: clean the composed
		// form again. Each pass only removes or composes characters, so this ends.
		out, _ = clean(norm.NFC.String(out), false, lower)
	}
	return out, probs
}

// Normalize returns the form of a name used for matching: NFC, Arabic presentation forms and
// full-width letters folded, the middle dot and its look-alikes (· ・ • ． . -) and other
// separators turned into one space, white space collapsed and letters case-folded. Invalid UTF-8,
// bidi controls and other invisible control characters are removed and reported as problems.
func Normalize(s string) (string, []Problem) {
	return clean(s, true, true)
}

// Parts returns the normalised parts of a name, in order.
func Parts(name string) []string {
	n, _ := clean(name, false, true)
	return strings.Fields(splitHanRuns(n))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// cleanASCII is clean's fast path for names of ASCII letters, spaces, dots and hyphens; ok is
// false if s holds anything else.
func cleanASCII(s string, lower bool) (string, bool) {
	simple := true // already clean: lower case as asked, single spaces, no separators
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c == '\'':
			prevSpace = false
		case c >= 'A' && c <= 'Z':
			simple = simple && !lower
			prevSpace = false
		case c == ' ' || c == '.' || c == '-':
			simple = simple && c == ' ' && !prevSpace
			prevSpace = true
		default:
			return "", false
		}
	}
	if simple && !prevSpace {
		return s, true
	}
	if simple && s == "" {
		return "", true
	}
	b := make([]byte, 0, len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '.' || c == '-' {
			if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		if lower && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
		space = false
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return string(b), true
}
