package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The phonetic key is a lower-case ASCII string over a small alphabet: vowels fold to a (a e é
// ä), i (i y ı) and u (o u ö ü); ch, ç, č fold to c; sh, ş, sch to x; zh, j, dj to j; kh, x
// (ULY), h to h; gh and g to g; q, k, ck and hard c to k; v and w to w; f and p to p; th to t.
// An h that closes a syllable is dropped (Mehmet and Memet meet; Tohti, Toxti and Tokhti meet),
// a j that closes a syllable is i (Sergej), doubled letters are written once, and the Russian and Central Asian patronymic endings -ov,
// -ova, -ev, -eva, -ovich, -ovna are cut (Tursunov meets Tursun). Inside the matcher a Han
// reading's optional vowels stay upper case (A I U).

// keyDigraphs are the letter groups that are one sound, longest first. Source: the spelling
// conventions of English, German, Russian romanisation (kh, zh, sh, ch) and ULY (gh, ng).
var keyDigraphs = []struct{ from, to string }{
	{"tsch", "c"}, {"sch", "x"}, {"tch", "c"}, {"dzh", "j"}, {"ch", "c"}, {"sh", "x"},
	{"zh", "j"}, {"kh", "h"}, {"gh", "g"}, {"ph", "p"}, {"th", "t"}, {"dj", "j"}, {"ck", "k"},
	{"ou", "u"}, {"oo", "u"}, {"ee", "i"},
}

// digraphsByFirst indexes keyDigraphs by their first letter.
var digraphsByFirst [128][]int

func init() {
	for i, d := range keyDigraphs {
		digraphsByFirst[d.from[0]] = append(digraphsByFirst[d.from[0]], i)
	}
}

// keyLetters maps each single ASCII letter to its key letter (0 drops it).
var keyLetters = [128]byte{
	'a': 'a', 'e': 'a', 'i': 'i', 'y': 'i', 'o': 'u', 'u': 'u', 'b': 'b', 'c': 'k', 'd': 'd',
	'f': 'p', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l', 'm': 'm', 'n': 'n', 'p': 'p',
	'q': 'k', 'r': 'r', 's': 's', 't': 't', 'v': 'w', 'w': 'w', 'x': 'h', 'z': 'z',
	'A': 'A', 'E': 'A', 'I': 'I', 'O': 'U', 'U': 'U', 'N': 'N', 'G': 'G',
	'1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', // reading classes (readingclass.go)
}

// patronymicEnds are key endings cut from a part (after folding: -ov → uw, -eva → awa).
var patronymicEnds = []string{"uwic", "awic", "uwna", "awna", "uwa", "awa", "uw", "aw"}

func isKeyVowel(c byte) bool {
	switch c {
	case 'a', 'i', 'u', 'A', 'I', 'U':
		return true
	}
	return false
}

// foldKey turns an ASCII spelling (from appendASCII) into a key, appending to dst.
func foldKey(dst []byte, s []byte) []byte {
	return foldKeyH(dst, s, false)
}

// foldKeyH is foldKey that keeps every h when keepH is set (hKey).
func foldKeyH(dst []byte, s []byte, keepH bool) []byte {
	start := len(dst)
	for i := 0; i < len(s); {
		matched := false
		for _, di := range digraphsByFirst[s[i]&127] {
			d := keyDigraphs[di]
			if len(s)-i >= len(d.from) && string(s[i:i+len(d.from)]) == d.from {
				dst = append(dst, d.to...)
				i += len(d.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		c := s[i]
		i++
		if c == 'c' && i < len(s) && (s[i] == 'e' || s[i] == 'i' || s[i] == 'y') {
			dst = append(dst, 's')
			continue
		}
		if c >= 128 {
			dst = append(dst, c) // a letter of a script without a Latin spelling
		} else if keyLetters[c] != 0 {
			dst = append(dst, keyLetters[c])
		}
	}
	// Drop a syllable-closing h, then write doubled letters once.
	out := dst[:start]
	k := dst[start:]
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == 'h' && i > 0 && !keepH && closesSyllable(k, i) {
			continue
		}
		if c == 'j' && i > 0 && isKeyVowel(k[i-1]) && (i+1 == len(k) || !isKeyVowel(k[i+1])) {
			c = 'i' // Sergej, Andrej: a j that closes a syllable is the Slavic and German y
		}
		if n := len(out); n > start && c < 0x80 {
			p := out[n-1]
			if p == c || (isKeyVowel(p) && isKeyVowel(c) && p|0x20 == c|0x20) {
				if p >= 'A' && p <= 'Z' {
					out[n-1] = c // a written vowel beats an optional one
				}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// cutPatronymic removes a patronymic ending if enough of the name is left.
func cutPatronymic(k string) (string, bool) {
	for _, e := range patronymicEnds {
		if len(k) >= len(e)+3 && strings.HasSuffix(k, e) {
			return k[:len(k)-len(e)], true
		}
	}
	return k, false
}

// latinKey returns the key of a part already written in Latin letters (ULY or a press
// spelling), without cutting endings; capitals are plain letters.
func latinKey(s string) string {
	return latinKeyH(s, false)
}

// latinKeyH is latinKey that keeps every h when keepH is set (hKey).
func latinKeyH(s string, keepH bool) string {
	var buf [64]byte
	a := buf[:0]
	for _, r := range s {
		if r == '\'' || r == '’' || r == 'ʼ' {
			// ULY's apostrophe keeps apart two letters that would spell a digraph
			// (Abliz'hajim is Abliz-hajim, not zh): foldKey matches no digraph across it
			// and writes nothing for it.
			a = append(a, '\'')
			continue
		}
		a = appendASCII(a, unicode.ToLower(r))
	}
	var kb [64]byte
	return string(foldKeyH(kb[:0], a, keepH))
}

// readingKey is latinKey for a syllabic reading, whose upper-case vowels are optional and
// whose reading classes stay as they are.
func readingKey(s string) string {
	var buf [64]byte
	a := buf[:0]
	for _, r := range s {
		if r < 0x80 && classOf[r] != nil {
			a = append(a, byte(r))
			continue
		}
		if n := len(a); n > 0 && (r == 'e' || r == 'o') && a[n-1] == byte(r) {
			continue // two syllables' vowels (GULIPAIERI, gu-li-pai-e-ri, is Gülperi), not the English ee and oo
		}
		a = appendASCII(a, r)
	}
	var kb [64]byte
	return string(foldKey(kb[:0], a))
}

// rawKey is latinKey for romanize's output, where letters without a Latin spelling stay as
// UTF-8 bytes.
func rawKey(s string) string {
	var buf [64]byte
	a := buf[:0]
	for _, r := range s {
		if r >= 0x80 && scriptOf(r) != Latin {
			a = utf8.AppendRune(a, r)
			continue
		}
		a = appendASCII(a, r)
	}
	var kb [64]byte
	return string(foldKey(kb[:0], a))
}

// Key returns the phonetic key of one name part in any script: Arabic script and Cyrillic are
// read letter for letter, Chinese characters by their most likely Uyghur reading, and the
// spelling is folded so that English, Turkish, Russian and Uyghur spellings of one name meet
// (Toxti, Tohti, Tokhti, Тохти, توختى and 土赫提 all give "tuti"). Patronymic endings are cut.
func Key(part string) string {
	part, _ = clean(part, false, true)
	cs := partCands(part, nil)
	if len(cs) == 0 {
		return ""
	}
	return publicKey(cs[0].key)
}

// publicKey drops the optional vowels of a Han reading and writes its reading classes as
// their usual sound. The key of a spelling (no optional letters) ends devoiced (devoiceEnd),
// so that Yaqub and Yakup, Dilshad and Dilshat share a key in the indexes; a Han reading's
// last consonant is not, since its dropped vowel may be the name's own (哈米达 Hamida).
func publicKey(k string) string {
	if plainKey(k) {
		if n := len(k); n >= 3 && k[n-1] < 0x80 && finalDevoiced[k[n-1]] != 0 {
			b := []byte(k)
			devoiceEnd(b)
			return string(b)
		}
		return k
	}
	return lowerKey(k, 0, true)
}

// plainKey reports a key without optional letters or reading classes: a spelling's.
func plainKey(k string) bool {
	return strings.IndexFunc(k, func(r rune) bool { return r >= 'A' && r <= 'Z' || r < 0x80 && classOf[r] != nil }) < 0
}

// lowerKey writes the reading classes of k as their sound number i and its optional letters
// in lower case, or drops them.
func lowerKey(k string, i int, drop bool) string {
	if plainKey(k) {
		return k
	}
	var b []byte
	for j := 0; j < len(k); j++ {
		switch c := k[j]; {
		case c >= 'A' && c <= 'Z':
			if !drop {
				b = append(b, c|0x20)
			}
		case classOf[c] != nil:
			s := classOf[c].sounds
			b = append(b, s[min(i, len(s)-1)])
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// Keys returns, for each part of a name, its candidate keys: one for most parts, several for
// a part in Chinese characters or in capital pinyin (its attested reading, its syllable reading
// without and with the optional vowels, and for the first reading that merges sounds, with them
// and each merged sound read the other way: 沙 as s, not sh), and for a spelling with a closing
// h also its key with the h kept (hKey: Bextiyar meets 拜合提亚尔), and for a Chinese writing
// that opens with 艾 also its reading with an h (hOpened: 艾山 meets Hesen). Search indexes and
// blocking are built on them.
func Keys(name string) [][]string { return PartKeys(Parts(name)) }

// PartKeys returns the keys of each of parts, a name's Parts, as Keys does: for a caller that
// needs both the parts and their keys, without splitting the name twice. A part with no key
// (one of no letters) gives no entry.
func PartKeys(parts []string) [][]string {
	out := make([][]string, 0, len(parts))
	for _, p := range parts {
		var ks []string
		if r := cachedPart(p); r != nil {
			ks = slices.Clone(r.keys) // the cache's own must not change
		} else {
			ks = partKeys(p, partCands(p, nil))
		}
		if len(ks) > 0 {
			out = append(out, ks)
		}
	}
	return out
}

// partKeys returns the keys of one part (see Keys) whose candidates are cs (partCands(p)).
func partKeys(p string, cs []cand) []string {
	var ks []string
	other := true // the other sounds of the first reading with classes only: few keys
	for _, c := range cs {
		for j, k := range []string{publicKey(c.key), lowerKey(c.key, 0, false)} {
			if j == 1 && plainKey(c.key) {
				break // a spelling's one key is its public key
			}
			if k != "" && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		if other && c.class {
			other = false
			if k := lowerKey(c.key, 1, false); !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
	}
	if k := hKey(p); k != "" && !slices.Contains(ks, k) {
		ks = append(ks, k)
	}
	if k := hOpened(p, cs); k != "" && !slices.Contains(ks, k) {
		ks = append(ks, k)
	}
	return ks
}
