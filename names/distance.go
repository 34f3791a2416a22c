package names

// maxKey caps the bytes of a key the matcher aligns: longer keys are cut, so a 10,000-letter
// name costs no more than a long real one.
const maxKey = 40

// nearSounds are the consonants that spellings and Chinese transcription confuse, with the cost
// of writing one for the other (1 for any other pair). Source: the alternations of the phonetic
// key's documentation (ULY x/press h, q/k, ch/j, s/sh from pinyin x) and the place-of-articulation
// pairs of voiced and voiceless stops.
var nearSounds = map[[2]byte]float64{
	{'s', 'x'}: 0.3, {'c', 'x'}: 0.4, {'c', 'j'}: 0.4, {'j', 'x'}: 0.5, {'s', 'z'}: 0.5,
	{'j', 'z'}: 0.5, {'c', 's'}: 0.5, {'k', 'g'}: 0.5, {'k', 'h'}: 0.5, {'g', 'h'}: 0.6,
	{'t', 'd'}: 0.5, {'p', 'b'}: 0.5, {'w', 'b'}: 0.6, {'w', 'p'}: 0.6, {'n', 'm'}: 0.6,
	{'l', 'r'}: 0.5, {'c', 'k'}: 0.6, {'c', 't'}: 0.7,
}

var nearCost [128][128]float32

func init() {
	for i := range nearCost {
		for j := range nearCost[i] {
			nearCost[i][j] = 1
		}
		nearCost[i][i] = 0
	}
	for p, c := range nearSounds {
		nearCost[p[0]][p[1]] = float32(c)
		nearCost[p[1]][p[0]] = float32(c)
	}
	vowels := "aiuAIU"
	for i := 0; i < len(vowels); i++ {
		for j := 0; j < len(vowels); j++ {
			a, b := vowels[i], vowels[j]
			if a|0x20 == b|0x20 {
				nearCost[a][b] = 0
			} else {
				nearCost[a][b] = 0.5
			}
		}
	}
}

// indelCost is the cost of a letter one key has and the other lacks. An optional vowel of a
// Han reading costs little; so does h, which Chinese transcription and some spellings drop,
// and more so when the other key is a Han reading.
func indelCost(c byte, otherHan bool) float32 {
	switch {
	case c >= 'A' && c <= 'Z':
		return 0.15
	case c == 'h' && otherHan:
		return 0.3
	case c == 'h':
		return 0.5
	case c == 'i' && otherHan:
		return 0.6
	}
	return 1
}

// keySimilarity compares two keys whole: 1 for the same key, falling with the weighted edit
// distance relative to the longer key, squared so that a part that only begins like another
// (Tursun, Tursunay) stays well below a part spelled slightly differently (Scholz, Scholze).
func keySimilarity(a, b string, aHan, bHan bool) float64 {
	if a == b {
		return 1
	}
	if len(a) > maxKey {
		a = a[:maxKey]
	}
	if len(b) > maxKey {
		b = b[:maxKey]
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var row [maxKey + 1]float32
	for j := 1; j <= len(b); j++ {
		row[j] = row[j-1] + indelCost(b[j-1], aHan)
	}
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		del := indelCost(ca, bHan)
		diag := row[0]
		row[0] += del
		for j := 1; j <= len(b); j++ {
			cb := b[j-1]
			best := diag + nearCost[ca&127][cb&127]
			if v := row[j] + del; v < best {
				best = v
			}
			if v := row[j-1] + indelCost(cb, aHan); v < best {
				best = v
			}
			diag = row[j]
			row[j] = best
		}
	}
	l := max(len(a), len(b))
	s := 1 - float64(row[len(b)])/float64(l)
	if s <= 0 {
		return 0
	}
	return s * s
}
