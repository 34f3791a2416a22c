package names

// The costs of the distance between two keys (keySimilarity): of writing one letter for another,
// and of a letter one key has and the other lacks, by the kind of key they meet.

// nearSounds are the consonants that spellings and transcriptions confuse, with the cost of
// writing one for the other (1 for any other pair). Source: the alternations listed in the
// phonetic key's documentation (ULY x / press h, q/k, ch/j, s/sh from pinyin x) and the
// voiced/voiceless pairs of the same place of articulation.
var nearSounds = map[[2]byte]float32{
	{'s', 'x'}: 0.3, {'c', 'x'}: 0.4, {'c', 'j'}: 0.4, {'j', 'x'}: 0.5, {'s', 'z'}: 0.5,
	{'j', 'z'}: 0.5, {'c', 's'}: 0.5, {'k', 'g'}: 0.5, {'k', 'h'}: 0.5, {'g', 'h'}: 0.6,
	{'t', 'd'}: 0.5, {'p', 'b'}: 0.5, {'w', 'b'}: 0.6, {'w', 'p'}: 0.6, {'n', 'm'}: 0.6,
	{'l', 'r'}: 0.5, {'c', 'k'}: 0.6, {'c', 't'}: 0.7,
}

// abjadSounds are cheaper substitutions when one key was read from Arabic script without
// short vowels: Arabic has no p (ب for P in Pérez) and writes foreign s with ز.
var abjadSounds = map[[2]byte]float32{{'p', 'b'}: 0.2, {'s', 'z'}: 0.3, {'w', 'p'}: 0.4}

const (
	vowelSub      = 0.5 // one vowel for another (Qaeda, Qa'ida)
	abjadVowelSub = 0.1 // ... when one key is unvowelled Arabic script
	transposition = 0.5 // two neighbouring letters swapped (Marcon, Macron)
	// firstConsonant and firstAdded are the costs of a name that opens with another consonant
	// (Zhang, Wang) or with one more (Memet, Exmet): more than a letter inside the name.
	firstConsonant = 1.25
	firstAdded     = 1.5
)

// keyAlphabet are the letters keys are written in (foldKey writes no e f o q v y): the
// lower-case letters, the optional letters of a syllabic reading, the reading classes.
const keyAlphabet = "abcdghijklmnprstuwxz" + "AIUNG" + classCodes

// letterIndex numbers the letters of keyAlphabet from 1 for the cost tables, 0 for anything
// else (bytes of scripts without a Latin spelling), so that a table row fits 32 entries.
var letterIndex [256]uint8

const keyLetterCount = 32

var nearCost, abjadCost [keyLetterCount][keyLetterCount]float32

func init() {
	for i := 0; i < len(keyAlphabet); i++ {
		letterIndex[keyAlphabet[i]] = uint8(i + 1)
	}
	set := func(t *[keyLetterCount][keyLetterCount]float32, a, b byte, c float32) {
		t[letterIndex[a]][letterIndex[b]], t[letterIndex[b]][letterIndex[a]] = c, c
	}
	for _, t := range []*[keyLetterCount][keyLetterCount]float32{&nearCost, &abjadCost} {
		for i := range t {
			for j := range t[i] {
				t[i][j] = 1
			}
			if i > 0 {
				t[i][i] = 0
			}
		}
		for p, c := range nearSounds {
			set(t, p[0], p[1], c)
		}
		vs := float32(vowelSub)
		if t == &abjadCost {
			vs = abjadVowelSub
			for p, c := range abjadSounds {
				set(t, p[0], p[1], c)
			}
		}
		set(t, 'N', 'n', 0)
		set(t, 'N', 'm', 0.3)
		set(t, 'G', 'g', 0)
		vowels := "aiuAIU"
		for i := 0; i < len(vowels); i++ {
			for j := 0; j < len(vowels); j++ {
				a, b := vowels[i], vowels[j]
				if a|0x20 == b|0x20 {
					set(t, a, b, 0)
				} else {
					set(t, a, b, vs)
				}
			}
		}
		// A reading class costs what the nearest of its sounds costs.
		for i := range readingClasses {
			c := &readingClasses[i]
			for b := 0; b < 256; b++ {
				if letterIndex[b] != 0 {
					set(t, c.code, byte(b), classCost(t, c, byte(b)))
				}
			}
		}
	}
}

// indelCost is the cost of a letter one key has and the other (of kind other) lacks. An
// optional vowel of a syllabic reading costs little; so do h and g, which Chinese transcription
// drops (and some spellings drop h), a vowel the unvowelled Arabic spelling of the other key leaves out, and a
// final vowel (Scholze, Scholz).
func indelCost(c byte, other *cand, first, last bool) float32 {
	switch {
	case c == 'g' && other.han:
		return 0.4 // Chinese drops Uyghur gh: 乌甫尔 for Ghopur, 艾尼 for -gheni
	case first && !isKeyVowel(c) && c != 'h':
		return firstAdded
	case c >= 'A' && c <= 'Z':
		return 0.15
	case other.abjad && isKeyVowel(c):
		return 0.2
	case c == 'h' && other.han:
		return 0.3
	case c == 'h':
		return 0.5
	case c == 'i' && other.han:
		return 0.6
	case last && isKeyVowel(c):
		return 0.5
	}
	return 1
}

// middleIndel[k][c] is indelCost(c, other, false, false) where other is of kind k
// (cand.indelKind): the cost of a letter inside a key, looked up, not decided.
var middleIndel [4][256]float32

func init() {
	for k := range middleIndel {
		other := cand{han: k&1 != 0, abjad: k&2 != 0}
		for c := range middleIndel[k] {
			middleIndel[k][c] = indelCost(byte(c), &other, false, false)
		}
	}
}

// indelKind numbers what indelCost reads of a key: whether it is a syllabic reading and
// whether it is unvowelled Arabic script.
func (c *cand) indelKind() int {
	k := 0
	if c.han {
		k |= 1
	}
	if c.abjad {
		k |= 2
	}
	return k
}
