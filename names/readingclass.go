package names

// Chinese transcription merges sounds that Uyghur, Kazakh, Kyrgyz and Uzbek keep apart: one
// character stands for several syllables of the name it writes (沙 is sha in Shadiyar and sa in
// 阿不都沙拉木 Abdusalam). A reading of Chinese characters therefore writes such a sound as a
// reading class, a byte that stands for each of its sounds: the matcher compares it with each at
// no cost (and with any other letter at the cost of the nearest of its sounds), so the reading
// holds every candidate syllable without multiplying the candidate keys. Public keys
// (Key, Keys) write a class as its first sound; Keys adds the key with every class at its
// second sound, for indexes and blocking.

// readingClass is one class: its byte in readings and keys, how Translit shows it to people,
// and the key letters it stands for, the first being the usual one.
type readingClass struct {
	code   byte
	show   string
	sounds string
}

// readingClasses are the sounds Chinese spellings of Turkic names merge. Sources: the principle
// stated in /work/shared/reference/uyghur-names.md ("Chinese-character forms": the characters
// are chosen for sound, a character has candidate Uyghur syllables, Chinese merges sounds
// Uyghur keeps apart), the pinyin scheme (ISO 7098: pinyin has no r closing or inside a
// syllable after a consonant, no z before a, no w after a vowel), and the spellings cited:
//   - x (逊 xun, 夏 xia): Uyghur s in 吐尔逊 Tursun (reference, attested pairs), sh in 迪力夏提
//     Dilshat and 肖开提 Shawket (synth name tables, docs/SYNTH.md "Names").
//   - sh (沙 sha): Uyghur sh in Shadiyar, s in 阿不都沙拉木 Abdusalam and 古丽沙拉 Gülsara (same).
//   - zh (扎 zha, 朱 zhu): Uyghur j in 朱马 Juma, z in 扎基尔 Zakir, 古丽扎尔 Gülzar and 古力娜扎
//     Gulnazar (Chinese Wikipedia, the actress Gulnezer Bextiyar).
//   - l (丽 li, 拉 la): Uyghur l in 古丽 Gül, r in 古丽娜拉 Gülnara, 古丽沙拉 Gülsara and 迪丽拉巴
//     Dilraba (reference: 迪丽热巴/迪丽拉巴).
//   - j (基 ji, 加 jia): Uyghur j in 江 jiang -jan (Memetjan), k and g before a front vowel,
//     which pinyin cannot write (no gi, ki): 扎基尔 Zakir, 哈基木 Hakim, 古丽尼加尔 Gülnigar
//     (synth name tables).
//   - ao (奥, 道, 肖): Uyghur o in 奥巴马 Obama, aw in 包尔江 Bawirjan, 道仑 Dawren, 肖开提 Shawket.
var readingClasses = []readingClass{
	{code: '1', show: "s", sounds: "sx"},
	{code: '2', show: "sh", sounds: "xs"},
	{code: '3', show: "j", sounds: "jz"},
	{code: '4', show: "l", sounds: "lr"},
	{code: '5', show: "o", sounds: "uw"},
	{code: '6', show: "j", sounds: "jgk"},
}

// Codes of the reading classes, as written by the syllable table.
const (
	classX  = "1" // pinyin x: s or sh
	classSh = "2" // pinyin sh: sh or s
	classZh = "3" // pinyin zh: j or z
	classL  = "4" // pinyin l: l or r
	classAo = "5" // the o of pinyin ao: o (u in keys) or w
	classJ  = "6" // pinyin j: j, or g or k before a front vowel
)

// classCodes are the bytes of all reading classes.
const classCodes = classX + classSh + classZh + classL + classAo + classJ

// classOf maps a byte to its reading class, or nil, and isClass tells whether it has one.
// (Variables, not init, so that the cost tables built in init see them.)
var (
	classOf = func() (t [256]*readingClass) {
		for i := range readingClasses {
			t[readingClasses[i].code] = &readingClasses[i]
		}
		return t
	}()
	isClass = func() (t [256]bool) {
		for _, c := range readingClasses {
			t[c.code] = true
		}
		return t
	}()
)

// classCost is the cost of writing key letter b (or another class) where a reading has class
// c: the cheapest over the class's sounds, in the given cost table.
func classCost(t *[keyLetterCount][keyLetterCount]float32, c *readingClass, b byte) float32 {
	best := float32(1)
	for i := 0; i < len(c.sounds); i++ {
		s := c.sounds[i]
		if o := classOf[b]; o != nil {
			for j := 0; j < len(o.sounds); j++ {
				best = min(best, t[letterIndex[s]][letterIndex[o.sounds[j]]])
			}
			continue
		}
		best = min(best, t[letterIndex[s]][letterIndex[b]])
	}
	return best
}
