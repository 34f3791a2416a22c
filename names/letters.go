package names

// letter is one Uyghur letter in its three official alphabets.
type letter struct {
	uey rune   // Uyghur Arabic script (Uyghur Ereb Yéziqi)
	uly string // Uyghur Latin (Uyghur Latin Yéziqi, 2006 standard), lower case
	usy string // Uyghur Cyrillic (Uyghur Siril Yéziqi), lower case
}

// letters is the official letter-for-letter correspondence of UEY, ULY and USY.
// Source: /work/shared/reference/uyghur-names.md (the table "UEY ↔ ULY ↔ USY"), which follows the
// ULY standard adopted in Ürümchi in 2006 and the Soviet-era USY alphabet. ULY é is also written
// ë; the reader accepts both and writes é.
var letters = []letter{
	{'ا', "a", "а"}, {'ە', "e", "ә"}, {'ب', "b", "б"}, {'پ', "p", "п"}, {'ت', "t", "т"},
	{'ج', "j", "җ"}, {'چ', "ch", "ч"}, {'خ', "x", "х"}, {'د', "d", "д"}, {'ر', "r", "р"},
	{'ز', "z", "з"}, {'ژ', "zh", "ж"}, {'س', "s", "с"}, {'ش', "sh", "ш"}, {'غ', "gh", "ғ"},
	{'ف', "f", "ф"}, {'ق', "q", "қ"}, {'ك', "k", "к"}, {'گ', "g", "г"}, {'ڭ', "ng", "ң"},
	{'ل', "l", "л"}, {'م', "m", "м"}, {'ن', "n", "н"}, {'ھ', "h", "һ"}, {'و', "o", "о"},
	{'ۇ', "u", "у"}, {'ۆ', "ö", "ө"}, {'ۈ', "ü", "ү"}, {'ۋ', "w", "в"}, {'ې', "é", "е"},
	{'ى', "i", "и"}, {'ي', "y", "й"},
}

// hamza is the carrier ئ that opens every vowel-initial syllable in UEY.
const hamza = 'ئ'

// arabicExtra reads Arabic-script letters that are not in the Uyghur alphabet the way Uyghur
// reads them in Arabic and Persian loanwords (ث and ص as s, ذ ض ظ as z, ح as h, ط as t, ع
// silent, ة as e), and folds keyboard variants (Persian ک as k, Persian ی as i, heh ه as e).
// Source: the Uyghur alphabet itself (reference table above) has no letter for these sounds, so
// Uyghur respells loanwords with the letter it pronounces; the variants are those of Arabic and
// Persian keyboards.
var arabicExtra = map[rune]string{
	'ث': "s", 'ص': "s", 'ذ': "z", 'ض': "z", 'ظ': "z", 'ح': "h", 'ط': "t", 'ع': "", 'ء': "",
	'ة': "e", 'ه': "e", 'ک': "k", 'ی': "i", 'ے': "e", 'أ': "a", 'إ': "i", 'آ': "a", 'ؤ': "u",
	'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n", 'ك': "k", 'ٱ': "a",
	// Short-vowel marks, when present, give the vowel an unvowelled Arabic name lacks.
	'\u064E': "a", '\u0650': "i", '\u064F': "u", '\u064B': "", '\u064C': "", '\u064D': "",
	'\u0651': "", '\u0652': "", '\u0640': "",
	// Arabic punctuation and digits.
	'،': ",", '؛': ";", '؟': "?",
	'٠': "0", '١': "1", '٢': "2", '٣': "3", '٤': "4", '٥': "5", '٦': "6", '٧': "7", '٨': "8", '٩': "9",
	'۰': "0", '۱': "1", '۲': "2", '۳': "3", '۴': "4", '۵': "5", '۶': "6", '۷': "7", '۸': "8", '۹': "9",
}

// cyrillicExtra reads Cyrillic letters outside the USY alphabet: Russian (я ю are also USY),
// Kazakh, Kyrgyz, Uzbek, Ukrainian and Belarusian letters, in the ULY spelling of their sound.
// Source: GOST 7.79-2000 system B for Russian, adapted to ULY letters (x for х, ch for ч).
var cyrillicExtra = map[rune]string{
	'я': "ya", 'ю': "yu", 'ё': "yo", 'э': "e", 'ы': "i", 'ц': "ts", 'щ': "shch", 'ъ': "", 'ь': "",
	'і': "i", 'ї': "yi", 'є': "yé", 'ґ': "g", 'ў': "w", 'ұ': "u", 'қ': "q", 'ә': "e",
}

// Lookup tables built from letters at start-up.
var (
	ueyToULY  = map[rune]string{}
	usyToULY  = map[rune]string{}
	ulyToUEY  = map[string]rune{}
	ulyToUSY  = map[string]string{}
	ulyVowels = map[string]bool{"a": true, "e": true, "é": true, "i": true, "o": true, "u": true, "ö": true, "ü": true}
)

func init() {
	for _, l := range letters {
		ueyToULY[l.uey] = l.uly
		for _, r := range l.usy {
			usyToULY[r] = l.uly
		}
		ulyToUEY[l.uly] = l.uey
		ulyToUSY[l.uly] = l.usy
	}
	for r, s := range cyrillicExtra {
		if _, ok := usyToULY[r]; !ok {
			usyToULY[r] = s
		}
	}
	// Accepted variants when reading ULY: ë for é, v for w, and c alone (not in ULY) as k.
	ulyToUEY["ë"] = 'ې'
	ulyToUSY["ë"] = "е"
	ulyToUEY["v"] = 'ۋ'
	ulyToUSY["v"] = "в"
	ulyToUEY["c"] = 'ك'
	ulyToUSY["c"] = "к"
	ulyVowels["ë"] = true
}

// ulyDigraphs are the two-letter ULY letters; where two single letters would spell one of them,
// ULY writes an apostrophe between (n'g, s'h, z'h, g'h, c'h).
var ulyDigraphs = map[string]bool{"ch": true, "gh": true, "ng": true, "sh": true, "zh": true}
