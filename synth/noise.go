package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Noise is a kind of error the generator puts into records on purpose, at a documented rate, so
// that the matcher meets what real lists contain. Each kind has a set of opportunities (for a
// typo: every name part written) and a rate: the share of opportunities where it happens.
type Noise int

// The kinds of noise. docs/SYNTH.md defines the opportunities and gives the rates.
const (
	Typo         Noise = iota // one letter substituted, dropped, doubled or swapped in a name part
	MissingPart               // one part of a two-part name left out
	SwappedOrder              // the two parts of a name in the other order
	Separator                 // a Chinese name joined by another mark than the middle dot ·
	DayMonthSwap              // day and month of a birth date exchanged
	YearOff                   // birth year one too high or too low
	IDMasked                  // identity number partly hidden with *
	IDMistyped                // identity number with one digit wrong (fails its check)
	MissingField              // an optional field left empty
	DetainedOff               // detention date misremembered or mistyped: 1–12 months off
	LaterEpisode              // detention date that of the episode current at the source's date
	noiseKinds                // the number of kinds
)

// noiseNames are the kinds' names in Stats, tests and docs/SYNTH.md.
var noiseNames = [noiseKinds]string{"typo", "missing_part", "swapped_order", "separator",
	"day_month_swap", "year_off", "id_masked", "id_mistyped", "missing_field", "detained_off", "later_episode"}

// String returns the kind's name as docs/SYNTH.md writes it.
func (n Noise) String() string {
	if n < 0 || n >= noiseKinds {
		return "noise(?)"
	}
	return noiseNames[n]
}

// defaultRates are the rates of each kind of noise for a source that does not set its own. They
// are of the order reported for hand-keyed person lists in the record-linkage literature
// (Christen, Data Matching, 2012, ch. 11: a few per cent of fields with typographic errors,
// more for transcribed names) and fixed here so that tests can hold the generator to them.
// The two kinds of detention-date noise are invented to be of the same order: a few per cent
// of dates off in a typed register, the entry into the listed place for a few per cent of
// dates; sources (source.go) that write from memory or list places raise them.
var defaultRates = [noiseKinds]float64{
	Typo: 0.03, MissingPart: 0.05, SwappedOrder: 0.05, Separator: 0.30, DayMonthSwap: 0.03,
	YearOff: 0.03, IDMasked: 0.10, IDMistyped: 0.02, MissingField: 0.04,
	DetainedOff: 0.03, LaterEpisode: 0.05,
}

// separators are the marks other than U+00B7 that Chinese texts join name parts with, as seen in
// leaked lists (see the reference on names): katakana middle dot, bullet, full-width full stop,
// full stop, hyphen, nothing.
var separators = []string{"・", "•", "．", ".", "-", ""}

// confusables are letters that are typed or read for one another: neighbouring Latin letters
// and the ULY letters people write without their marks; Uyghur Arabic letters that differ by a
// dot or a mark; Uyghur and Russian Cyrillic letters; Chinese characters that sound alike in
// names (买/麦, 尔/儿). Source: the letter tables of /work/shared/reference/uyghur-names.md and
// the variant characters of the name table. A letter not listed is dropped, doubled or
// swapped with its neighbour instead.
var confusables = map[rune][]rune{
	'a': {'e', 's'}, 'e': {'a', 'i'}, 'i': {'e', 'y'}, 'o': {'u', 'ö'}, 'u': {'o', 'ü'}, 'ü': {'u'}, 'ö': {'o'},
	'é': {'e'}, 'k': {'q'}, 'q': {'k'}, 'h': {'x'}, 'x': {'h'}, 'n': {'m'}, 'm': {'n'}, 'r': {'l'}, 'l': {'r'},
	't': {'d'}, 'd': {'t'}, 's': {'z'}, 'z': {'s'}, 'y': {'i'}, 'b': {'p'}, 'p': {'b'},
	'ا': {'ە'}, 'ە': {'ا'}, 'ى': {'ې', 'ي'}, 'ې': {'ى'}, 'ۇ': {'ۈ', 'و'}, 'ۈ': {'ۇ'}, 'ۆ': {'و'}, 'و': {'ۇ'},
	'ق': {'ك'}, 'ك': {'ق'}, 'غ': {'گ'}, 'گ': {'غ'}, 'ت': {'د'}, 'س': {'ز'},
	'ә': {'а', 'е'}, 'а': {'ә'}, 'ө': {'о'}, 'о': {'ө', 'у'}, 'ү': {'у'}, 'у': {'ү'}, 'ң': {'н'}, 'қ': {'к'},
	'к': {'қ'}, 'һ': {'х'}, 'х': {'һ'}, 'е': {'и', 'ә'}, 'и': {'е', 'ы'},
	'买': {'麦', '卖'}, '麦': {'买'}, '提': {'题', '堤'}, '尔': {'儿'}, '力': {'立', '丽'}, '丽': {'力', '莉'},
	'古': {'谷'}, '依': {'伊'}, '伊': {'依'}, '木': {'穆'}, '斯': {'司'}, '吐': {'图'}, '孜': {'兹'},
	'热': {'惹'}, '克': {'可'}, '拉': {'啦'}, '甫': {'普'}, '都': {'布'}, '阿': {'啊'}, '江': {'疆'},
}

// typo puts one typing error into s. A capitalised word stays capitalised (Memet → Mmeet
// would read as a typo no one makes; Emmet is one), a word in capitals stays in capitals.
func typo(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s + s
	}
	title := unicode.IsUpper(rs[0]) && unicode.IsLower(rs[1])
	i := r.IntN(len(rs))
	if alts, ok := confusables[unicode.ToLower(rs[i])]; ok && r.IntN(2) == 0 {
		alt := pick(r, alts)
		if unicode.IsUpper(rs[i]) {
			alt = unicode.ToUpper(alt)
		}
		rs[i] = alt
		return string(rs)
	}
	switch op := r.IntN(3); {
	case op == 0 && len(rs) > 2: // drop
		rs = append(rs[:i:i], rs[i+1:]...)
	case op == 1 && i+1 < len(rs) && rs[i] != rs[i+1]: // swap with the next
		rs[i], rs[i+1] = rs[i+1], rs[i]
	default: // double
		rs = append(rs[:i+1:i+1], rs[i:]...)
	}
	if title {
		rs[0] = unicode.ToUpper(rs[0])
		for j := 1; j < len(rs); j++ {
			rs[j] = unicode.ToLower(rs[j])
		}
	}
	return string(rs)
}

// maskID hides part of an identity number the way published lists do: the birth date, or all
// but the first six and last four characters.
func maskID(r *rand.Rand, id string) string {
	birth := 8 // the length of the birth date: YYYYMMDD, or YYMMDD in a 15-digit number
	if len(id) == 15 {
		birth = 6
	}
	if r.IntN(2) == 0 {
		return id[:6] + strings.Repeat("*", birth) + id[6+birth:]
	}
	return id[:4] + strings.Repeat("*", birth+2) + id[6+birth:]
}

// mistypeID changes one character of an identity number so that its check fails: a digit
// replaced by another, or two different neighbouring digits exchanged (GB 11643's check
// catches both).
func mistypeID(r *rand.Rand, id string) string {
	b := []byte(id)
	for {
		i := r.IntN(17)
		if r.IntN(2) == 0 && i < 16 && b[i] != b[i+1] {
			b[i], b[i+1] = b[i+1], b[i]
			return string(b)
		}
		d := byte('0' + r.IntN(10))
		if d != b[i] {
			b[i] = d
			return string(b)
		}
	}
}
