package names

import (
	"strings"
	"unicode/utf8"
)

// romanTable spells letters of scripts the package does not transliterate exactly in Latin, well
// enough for the phonetic key. Upper-case vowels are optional (syllabic scripts write them where
// the name has none: Japanese バラク for Barack, Khmer inherent vowels). Sources: ISO 843 (Greek),
// ISO 9985 (Armenian), the Georgian national system of 2002, modified Hepburn (katakana), the
// UNGEGN system for Khmer, ISO 15919 (Devanagari), each simplified to ASCII.
var romanTable = map[string]string{
	// Greek
	"α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i",
	"ή": "i", "θ": "th", "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k", "λ": "l", "μ": "m",
	"ν": "n", "ξ": "ks", "ο": "o", "ό": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
	"υ": "y", "ύ": "y", "ϋ": "y", "ΰ": "y", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o", "ώ": "o",
	"ου": "u", "ού": "u", "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "αυ": "av", "ευ": "ev",
	// Armenian
	"ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "e", "թ": "t",
	"ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz",
	"ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch",
	"պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ու": "u",
	"փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
	// Georgian
	"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
	"კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
	"ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts",
	"ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
	// Katakana
	"ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "kU",
	"ケ": "ke", "コ": "ko", "サ": "sa", "シ": "shi", "ス": "sU", "セ": "se", "ソ": "so",
	"タ": "ta", "チ": "chi", "ツ": "tsU", "テ": "te", "ト": "tO", "ナ": "na", "ニ": "ni",
	"ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fU", "ヘ": "he", "ホ": "ho",
	"マ": "ma", "ミ": "mi", "ム": "mU", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
	"ラ": "ra", "リ": "ri", "ル": "rU", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n",
	"ガ": "ga", "ギ": "gi", "グ": "gU", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zU",
	"ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "dO", "バ": "ba",
	"ビ": "bi", "ブ": "bU", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pU", "ペ": "pe",
	"ポ": "po", "ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e",
	"ォ": "o", "ヴ": "v", "ー": "", "ッ": "",
	// Khmer consonants carry an inherent vowel (see inherent); ៉ and ៊ shift the series.
	"ក": "k", "ខ": "kh", "គ": "k", "ឃ": "kh", "ង": "ng", "ច": "ch", "ឆ": "chh", "ជ": "ch",
	"ឈ": "chh", "ញ": "nh", "ដ": "d", "ឋ": "th", "ឌ": "d", "ឍ": "th", "ណ": "n", "ត": "t",
	"ថ": "th", "ទ": "t", "ធ": "th", "ន": "n", "ប": "b", "ប៉": "p", "ផ": "ph", "ព": "p",
	"ភ": "ph", "ម": "m", "យ": "y", "រ": "r", "ល": "l", "វ": "v", "ស": "s", "ហ": "h", "ឡ": "l",
	"អ": "", "ា": "a", "ិ": "i", "ី": "i", "ឹ": "e", "ឺ": "eu", "ុ": "o", "ូ": "u", "ួ": "uo",
	"ើ": "ae", "ឿ": "oea", "ៀ": "ie", "េ": "e", "ែ": "ae", "ៃ": "ai", "ោ": "ao", "ៅ": "au",
	"ំ": "m", "ះ": "h", "៉": "", "៊": "", "់": "", "្": "",
	// Devanagari consonants carry an inherent a (see inherent); the virama ् removes it.
	"क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
	"झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
	"थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
	"म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
	"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ए": "e", "ऐ": "ai", "ओ": "o",
	"औ": "au", "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "े": "e", "ै": "ai", "ो": "o",
	"ौ": "au", "ं": "n", "ः": "h", "्": "", "़": "",
}

// inherent is the optional vowel that Khmer and Devanagari consonants carry unless a vowel
// sign, virama or subscript mark follows.
func inherent(r rune) string {
	switch {
	case r >= 0x1780 && r <= 0x17A2:
		return "O"
	case r >= 0x0915 && r <= 0x0939:
		return "A"
	}
	return ""
}

// vowelSign reports Khmer and Devanagari dependent vowels and vowel-killing marks.
func vowelSign(r rune) bool {
	return (r >= 0x17B6 && r <= 0x17D2) || (r >= 0x093E && r <= 0x094D) || r == 0x0902
}

// romanize spells a part in a script without an exact transliteration in Latin letters for the
// key; letters not in romanTable are kept as they are, so two writings in the same script still
// compare letter by letter.
func romanize(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r2, n2 := utf8.DecodeRuneInString(s[i+n:]); n2 > 0 {
			if t, ok := romanTable[s[i:i+n+n2]]; ok && r2 != utf8.RuneError {
				b.WriteString(t)
				i += n + n2
				if next, _ := utf8.DecodeRuneInString(s[i:]); !vowelSign(next) {
					b.WriteString(inherent(r))
				}
				continue
			}
		}
		i += n
		if t, ok := romanTable[s[i-n:i]]; ok {
			b.WriteString(t)
			if next, _ := utf8.DecodeRuneInString(s[i:]); !vowelSign(next) && r != 0x17A2 {
				b.WriteString(inherent(r))
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
