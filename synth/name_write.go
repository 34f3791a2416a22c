package synth

import (
	"math/rand/v2"
	"strings"

	"github.com/tizim/tizim"
)

// writeName writes a person's name the way source src writes names, with its noise: a missing
// part, swapped order, typos, and for Chinese characters the mark between the parts.
func (g *generator) writeName(r *rand.Rand, p *person, src *source, t *tally) string {
	var buf [2]string
	parts := g.nameParts(r, p, src.style, buf[:0])
	if len(parts) == 2 && t.roll(r, src, MissingPart) {
		if chance(r, 0.7) {
			parts = parts[:1]
		} else {
			parts = parts[1:]
		}
	}
	if len(parts) == 2 && t.roll(r, src, SwappedOrder) {
		parts[0], parts[1] = parts[1], parts[0]
	}
	for i := range parts {
		if t.roll(r, src, Typo) {
			parts[i] = typo(r, parts[i])
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	sep := " "
	if src.style == styleHan {
		sep = "·"
		if p.eth.chinese {
			sep = ""
		} else if t.roll(r, src, Separator) {
			sep = pick(r, separators)
		}
	}
	return parts[0] + sep + parts[1]
}

// plainName writes a person's name in a style without noise or variation: the usual Uyghur
// Latin or Arabic-script form, as a list gives a second writing of a name it has just written.
func (g *generator) plainName(p *person, st style) string {
	a, b := p.parts[0], p.parts[1]
	if st == styleArabic {
		return a.arabic + " " + b.arabic
	}
	return a.uly + " " + b.uly
}

// nameParts returns the two parts of the name in the source's writing and canonical order.
func (g *generator) nameParts(r *rand.Rand, p *person, st style, out []string) []string {
	a, b := p.parts[0], p.parts[1]
	switch st {
	case styleHan, stylePinyin:
		ia, ib := variant(r, a), variant(r, b)
		if st == styleHan {
			return append(out, a.han[ia], b.han[ib])
		}
		return append(out, a.pinyin[ia], b.pinyin[ib])
	case styleLatin:
		if chance(r, 0.5) {
			return append(out, a.uly, b.uly)
		}
		return append(out, pressSpelling(r, a), pressSpelling(r, b))
	case styleEnglish:
		return append(out, pressSpelling(r, a), pressSpelling(r, b))
	case styleArabic:
		return append(out, a.arabic, b.arabic)
	default: // Cyrillic: Central Asian lists make the father's name a surname, written first.
		if !p.eth.chinese && chance(r, 0.6) {
			return append(out, surname(b.cyr, p.sex), a.cyr)
		}
		return append(out, a.cyr, b.cyr)
	}
}

// variant picks a Chinese form of a name: the usual one mostly, another one where practice
// varies.
func variant(r *rand.Rand, n *name) int {
	if len(n.han) == 1 || chance(r, 0.75) {
		return 0
	}
	return 1 + r.IntN(len(n.han)-1)
}

// pressSpelling picks an English spelling: the usual one mostly.
func pressSpelling(r *rand.Rand, n *name) string {
	if len(n.press) == 1 || chance(r, 0.6) {
		return n.press[0]
	}
	return n.press[1+r.IntN(len(n.press)-1)]
}

// surname makes a Russian-style surname of a father's name: -ov/-ova, or -ev/-eva after a
// vowel (Tursun → Турсунов, Abdulla → Абдуллаева), as Soviet registries wrote them.
func surname(father string, sex tizim.Sex) string {
	suffix := surnameSuffixes[strings.ContainsAny(lastRune(father), "аеиоуәөүыэюя")]
	if sex == tizim.Female {
		return father + suffix[1]
	}
	return father + suffix[0]
}

// surnameSuffixes are the masculine and feminine endings, after a consonant (false) and after a
// vowel (true).
var surnameSuffixes = map[bool][2]string{false: {"ов", "ова"}, true: {"ев", "ева"}}

func lastRune(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return s[i:]
		}
	}
	return s
}
