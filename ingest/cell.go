package ingest

import (
	"strings"
	"unicode/utf8"
)

// bidiControls are the invisible characters that reorder text (U+202A–U+202E embeddings and
// overrides, U+2066–U+2069 isolates). In a name they can make "Ali" display as "ilA" or hide
// a different name behind the visible one, so they are removed from names with a warning.
// Source: Unicode Standard Annex #9, Table 4 (explicit directional formatting characters).
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// stripBidi removes bidi controls from s and reports whether there were any.
func stripBidi(s string) (string, bool) {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s), true
}

// formulaStarts are the first characters that make a spreadsheet read a cell as a formula (or,
// for tab and carriage return, hide one). The export package writes such cells with a leading
// apostrophe (see docs/IMPORT.md); unescapeFormula undoes that so that a round trip keeps
// "-gül" as "-gül". Source: OWASP, "CSV Injection".
const formulaStarts = "=+-@\t\r"

// unescapeFormula removes the apostrophe that the export package puts before a cell starting
// with one of formulaStarts.
func unescapeFormula(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte(formulaStarts, s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// cellFault says why a cell cannot be taken at all ("" when it can).
func cellFault(s string) string {
	switch {
	case strings.IndexByte(s, 0) >= 0:
		return "the cell holds a NUL byte, which no list of names should contain"
	case !utf8.ValidString(s):
		return "the cell is not valid text in the file's encoding (mixed encodings?)"
	}
	return ""
}

// short returns s cut to about 80 characters for messages, with invalid bytes made visible.
func short(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:80]) + "…"
}
