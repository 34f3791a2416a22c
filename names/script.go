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
