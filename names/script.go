package names

import "unicode"

// Script is the writing system of a name or name part.
type Script string

// The scripts a name can be written in. Arabic means the Uyghur Arabic script (UEY) and other
// Arabic-script writing; Cyrillic includes Uyghur Cyrillic (USY), Russian, Kazakh and Kyrgyz.
const (
	Latin    Script = "latin"
	Arabic   Script = "arabic"
	Cyrillic Script = "cyrillic"
	Han      Script = "han"
	// Other is letters of a script the package does not convert (Greek, Georgian, Hangul, ...).
	Other Script = "other"
	// Mixed is more than one script in the same string.
	Mixed Script = "mixed"
	// Unknown is a string without letters: empty, punctuation or digits only.
	Unknown Script = ""
)

// scriptOf returns the script of one rune, or Unknown for marks, digits, spaces and punctuation.
func scriptOf(r rune) Script {
	switch {
	case r < 0x80:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return Latin
		}
		return Unknown
	// The blocks names are mostly written in, decided without a table search (the range
	// tables of package unicode; TestScriptOfRanges checks every rune against them).
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return Han
	case r >= 0x0620 && r <= 0x063F || r >= 0x0641 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3:
		return Arabic // the letters of the Arabic block
	case r >= 0x0400 && r <= 0x0484 || r >= 0x0487 && r <= 0x052F:
		return Cyrillic // Cyrillic and Cyrillic Supplement, less two combining marks
	case r >= 0x00C0 && r <= 0x024F && r != 0x00D7 && r != 0x00F7:
		return Latin // Latin-1 letters and Latin Extended-A and -B
	}
	return scriptByTable(r)
}

// scriptByTable is scriptOf as the range tables of package unicode decide it: scriptOf's
// answer for every rune outside the blocks it decides by range, and the oracle its ranges are
// tested against.
func scriptByTable(r rune) Script {
	switch {
	case unicode.Is(unicode.Latin, r):
		return Latin
	case unicode.Is(unicode.Arabic, r):
		if unicode.IsLetter(r) {
			return Arabic
		}
		return Unknown
	case unicode.Is(unicode.Cyrillic, r):
		return Cyrillic
	case unicode.Is(unicode.Han, r):
		return Han
	case unicode.IsLetter(r):
		return Other
	}
	return Unknown
}

// DetectScript returns the script of s: the one script its letters are written in, Mixed if
// there are letters of several scripts, or Unknown if there are none.
func DetectScript(s string) Script {
	found := Unknown
	for _, r := range s {
		sc := scriptOf(r)
		if sc == Unknown || sc == found {
			continue
		}
		if found != Unknown {
			return Mixed
		}
		found = sc
	}
	return found
}

// FirstScript returns the script of the first letter of s, or Unknown when s has none: for text
// that is written in one script as far as the caller cares (a place name), where DetectScript
// would call a stray letter of another script Mixed.
func FirstScript(s string) Script {
	for _, r := range s {
		if sc := scriptOf(r); sc != Unknown {
			return sc
		}
	}
	return Unknown
}

// isHan is unicode.Is(unicode.Han, r), without a table search for the CJK Unified Ideographs.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r)
}
