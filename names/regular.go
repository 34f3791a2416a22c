package names

// Two differences between writings of one Uyghur name are regular, not misspellings. Uyghur
// devoices b, d and g at the end of a word, so Arabic-origin names are spoken and written with
// p, t and k (Ya'qub, Yaqup; Ahmad, Ehmet), while press spellings keep either. And Uyghur raises
// e to i in a syllable before one with i, so one name is written both ways (ئىمىنجان Iminjan,
// Eminjan; Méhrigül, Mihrigul). The public keys end devoiced (publicKey); the matcher lets
// both differences cost little (keySimilarity, through regularSpellings).

const (
	// raisedVowel is the cost of e (a) for i in a name's first syllable before a syllable with
	// i: Uyghur raises e there, and one name is spelled both ways (ئىمىنجان Iminjan, Eminjan;
	// Ibrahim, Ebrahim; Méhrigül, Mihrigul).
	raisedVowel = 0.15
	// devoicedEnd is the cost of a voiced for a voiceless consonant ending both keys: Uyghur
	// devoices b, d, g there and spellings keep either (Ayup, Ayub; Dilshat, Dilshad).
	devoicedEnd = 0.1
)

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

// regularSpellings finds the two places where Uyghur spellings of one name differ regularly,
// the first syllable's vowel before i (raisedVowel) and a consonant's voicing at the end
// (devoicedEnd), writes a's letter there into b (a key's bytes, changed in place), and
// returns what the differences cost: the alignment then meets them at no cost, and the
// distance adds this.
func regularSpellings(a string, b []byte, cost *[keyLetterCount][keyLetterCount]float32) float32 {
	extra := float32(0)
	if fa, fb := firstVowel(a), firstVowel(b); fa > 0 && fb > 0 && a[fa-1] != b[fb-1] &&
		cost[letterIndex[a[fa-1]]][letterIndex[b[fb-1]]] == vowelSub &&
		raised(a, fa, a[fa-1]) && raised(b, fb, b[fb-1]) {
		b[fb-1] = a[fa-1]
		extra += raisedVowel
	}
	if ea, eb := lastWritten(a), lastWritten(b); ea > 0 && eb > 0 &&
		finalVoicing[letterIndex[a[ea-1]]][letterIndex[b[eb-1]]] {
		b[eb-1] = a[ea-1]
		extra += devoicedEnd
	}
	return extra
}

// finalVoicing marks the pairs of key letters that differ only in voicing (finalDevoiced).
var finalVoicing [keyLetterCount][keyLetterCount]bool

func init() {
	for v, u := range finalDevoiced {
		if u != 0 {
			finalVoicing[letterIndex[v]][letterIndex[u]] = true
			finalVoicing[letterIndex[u]][letterIndex[v]] = true
		}
	}
}

// firstVowel returns the position (from 1) of the first vowel of key k, or 0.
func firstVowel[K string | []byte](k K) int {
	for i := 0; i < len(k); i++ {
		if isKeyVowel(k[i]) {
			return i + 1
		}
	}
	return 0
}

// lastWritten returns the position (from 1) of the last letter of key k that is not an
// optional letter of a syllabic reading: the end a spelling hears (迪力夏德 ends in d).
func lastWritten[K string | []byte](k K) int {
	i := len(k)
	for i > 0 && k[i-1] >= 'A' && k[i-1] <= 'Z' {
		i--
	}
	return i
}

// raised reports whether the vowel c, the i-th letter of key k (from 1), is a or i and the
// next syllable's vowel is i: the place of Uyghur vowel raising (raisedVowel).
func raised[K string | []byte](k K, i int, c byte) bool {
	if c|0x20 != 'a' && c|0x20 != 'i' {
		return false
	}
	for p := i; p < len(k) && p <= i+2; p++ {
		if isKeyVowel(k[p]) {
			return p > i && k[p]|0x20 == 'i'
		}
	}
	return false
}
