package names

import "strings"

// The consonants that close a syllable or a word are where writings of one name differ most.
// A spelling's key drops an h that closes a syllable, since writers drop or keep it (Mehmet,
// Memet; Tohti, Toti). A Chinese-character writing keeps it: 合 in 买合木提, 托合提 and
// 米合日巴努 spells the closing h or x of Mehmut, Toxti and Mehriban, so its readings have an h
// where the spelling's key has none, and the two share neither a key nor a consonant
// skeleton. Keys therefore lists, for a spelling with a closing h, also its key with the h kept
// (hKey), which meets the Chinese-character writing's readings.

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

// finalDevoiced maps a voiced consonant that ends a word to the voiceless one Uyghur speaks
// and writes there: Arabic Ya'qub, Ahmad, Mahmud, Dawud and Rajab are Uyghur Yaqup, Ehmet,
// Mahmut, Dawut and Rejep, and press spellings use either (Dilshad, Dilshat; Nurbeg, Nurbek).
// Source: the reference on Uyghur names (/work/shared/reference/uyghur-names.md: Arabic-origin
// names in their Uyghur forms) and Uyghur final devoicing of b, d, g.
var finalDevoiced = [128]byte{'b': 'p', 'd': 't', 'g': 'k'}

// devoiceEnd rewrites the last letter of a key of three letters or more by finalDevoiced, in
// place; the g of a final ng (Zhang, Jiang) is a nasal, not a stop, and stays.
func devoiceEnd(k []byte) {
	n := len(k)
	if n < 3 || k[n-1] >= 0x80 {
		return
	}
	if v := finalDevoiced[k[n-1]]; v != 0 && !(k[n-1] == 'g' && (k[n-2] == 'n' || k[n-2] == 'N')) {
		k[n-1] = v
	}
}
