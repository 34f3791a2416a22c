package names

import (
	"slices"
	"strings"
)

// Writings of one name differ most in h. A spelling's key drops an h that closes a syllable,
// since writers drop or keep it (Mehmet, Memet; Tohti, Toti). A Chinese-character writing
// keeps it: 合 in 买合木提, 托合提 and 米合日巴努 spells the closing h or x of Mehmut, Toxti and
// Mehriban, so its readings have an h where the spelling's key has none, and the two share
// neither a key nor a consonant skeleton. Keys therefore lists, for a spelling with a closing
// h, also its key with the h kept (hKey), which meets the Chinese-character writing's readings.
// Chinese drops the h that opens a name after 艾 instead (艾山 Hesen), and Keys lists its
// readings with the h too (hOpened).

// closesSyllable reports whether the h at k[i] closes a syllable and is dropped: one before a
// consonant or at the end, except after a vowel that opens the word. Writers drop or keep an h
// inside a word (Mehmet, Memet; Tohti, Toti), but the h of Ehmet, Ahmet, Exmet, Ахмет and
// ئەخمەت is in every writing of the name, and with it gone Ehmet (amat) would differ from Memet
// (mamat) only in a letter every skeleton drops.
func closesSyllable(k []byte, i int) bool {
	if i == 1 && isKeyVowel(k[0]) && i+1 < len(k) {
		return false
	}
	return i+1 == len(k) || !isKeyVowel(k[i+1])
}

// hKey returns the key of a part spelled in letters (Latin, Arabic script, Cyrillic) with its
// closing h kept, cut and devoiced as publicKey does, or "" if it has no closing h or is not
// spelled in letters.
func hKey(part string) string {
	var s string
	switch DetectScript(part) {
	case Latin:
		s = part
		if isYengiYeziq(s) {
			s = yengiToULY(s)
		}
	case Arabic, Cyrillic:
		s = ToLatin(part)
	default:
		return ""
	}
	if !strings.ContainsAny(s, "hHxX") {
		return ""
	}
	k := latinKeyH(s, true)
	if !strings.Contains(k, "h") || k == latinKey(s) {
		return ""
	}
	k, _ = cutPatronymic(k)
	return publicKey(k)
}

// hOpened returns, for a part in Chinese characters or capital pinyin that opens with 艾 (ai),
// alone or after abdu- (阿不都艾米提 Abduhémit), its first reading with every vowel and an h
// before the 艾, or "". Chinese spells Uyghur e, he and ghe alike with 艾 (艾尔肯 Erkin, 艾山
// Hesen, 艾米提 Hémit, 艾比布拉 Hebibulla): the reading without the h misses the spellings
// that have it, and the two share no consonants. Sources: the reference on Uyghur names
// (/work/shared/reference/uyghur-names.md: 艾力 Eli, 艾尔肯 Erkin) and the Chinese forms in
// the synth package's name tables (synth/uyghur.go: 艾山 Hesen, 艾米提 Hémit;
// synth/uyghurparts.go: 艾比布拉 Hébibulla). cs are the part's candidate keys (partCands).
func hOpened(part string, cs []cand) string {
	var syl []string
	switch {
	case strings.HasPrefix(part, "艾") || strings.HasPrefix(part, "阿"):
		if ps := hanParts(part); len(ps) == 1 {
			syl = ps[0].syllables
		}
	case len(part) > 2 && (part[0]|0x20) == 'a':
		syl = splitPinyinWord(strings.ToLower(part), 2)
	}
	at := headSyllables(syl) // the syllables of abdu- before the 艾
	if len(syl) < at+2 || syl[at] != "ai" {
		return ""
	}
	if _, ok := attestedBySound[strings.Join(syl, " ")]; ok && at == 0 {
		return "" // 艾力 is Eli, 艾尔肯 Erkin
	}
	for _, c := range cs {
		if !c.han {
			continue
		}
		i := 0
		if at > 0 {
			if i = headLen(c.key, compoundHeads[0][1]); i == 0 {
				return ""
			}
		}
		// 艾合买提 has its h already: the closing h of Ehmet, written with 合.
		if rest := lowerKey(c.key[i:], 0, false); len(rest) > 1 && isKeyVowel(rest[0]) && rest[1] != 'h' {
			return lowerKey(c.key[:i], 0, false) + "h" + rest
		}
		return ""
	}
	return ""
}

// headSyllables returns how many of the first syllables spell abdu- (阿不都, ABUDU), or 0.
func headSyllables(syl []string) int {
	for k := min(len(syl)-1, 3); k >= 2; k-- {
		r, ok := attestedBySound[strings.Join(syl[:k], " ")]
		if ok && slices.Contains(compoundHeads[0], latinKey(r)) {
			return k
		}
	}
	return 0
}
