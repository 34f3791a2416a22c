package names

import (
	"slices"
	"strings"
)

// attested are Uyghur name parts with their usual Chinese-character spelling, read whole before
// the syllable table is tried. Sources: /work/shared/reference/uyghur-names.md ("Some attested
// pairs"), and the Chinese and English Wikipedia articles on Rebiya Kadeer (热比娅·卡德尔),
// Dolkun Isa (多里坤·艾沙) and Ismail Amat (司马义·艾买提, Ismayil Ehmet); and forms the syllable
// table cannot read, common in Chinese lists and press (as testdata/uyghur_pairs.tsv's
// "practice"): 依不拉音 and 伊布拉音 Ibrahim (音 yin writes -him), 玉山 Hüsen (玉 yu writes hü-),
// and the ending 皮热 -peri (Gülperi, Ayperi: the synth tables, synth/uyghurfemale.go and
// synth/kyrgyz.go), whose vowels the syllables give the other way round (pi-re).
var attested = map[string]string{
	"买买提": "memet", "麦麦提": "memet", "阿不都": "abdu", "阿布都": "abdu", "阿卜杜": "abdu",
	"热合曼": "rehman", "吐尔逊": "tursun", "古丽": "gül", "阿依古丽": "aygül", "艾力": "eli",
	"艾尔肯": "erkin", "努尔买买提": "nurmemet", "玉素甫": "yüsüp", "伊力哈木": "ilham",
	"托合提": "toxti", "土赫提": "toxti", "阿不都热依木": "abduréhim", "热依拉": "rahile",
	"达吾提": "dawut", "库尔班": "qurban", "迪丽热巴": "dilraba", "迪丽拉巴": "dilraba",
	"热比娅": "rabiye", "卡德尔": "qadir", "多里坤": "dolqun", "艾沙": "eysa",
	"司马义": "ismayil", "依不拉音": "ibrahim", "伊布拉音": "ibrahim", "玉山": "hüsen",
	"皮热": "peri",
}

// attestedMax is the longest key of attested, in runes.
const attestedMax = 6

// attestedBySound indexes attested by the pinyin of its characters, space-separated, so that a
// homophone spelling (古力 for 古丽) and capital pinyin (TUHETI) find the attested reading too.
var attestedBySound = map[string]string{}

func init() {
	for han, uly := range attested {
		var syl []string
		for _, r := range han {
			syl = append(syl, firstReading(r)) // not syllable: keep start-up from loading the whole table
		}
		attestedBySound[strings.Join(syl, " ")] = uly
	}
}

// pinyinInitials maps each pinyin initial to the Uyghur Latin consonant nearest its sound; q is
// read ch because DB65/T 2189 spells Uyghur ch with it. x, sh, zh and l each spell two Uyghur
// sounds and are read as reading classes (readingclass.go): x and sh as s or sh (逊 xun in
// Tursun, 夏 xia in Dilshat, 沙 sha in Abdusalam), zh as j or z (扎 zha in Zakir), l as l or r
// (拉 la in Gülnara), j as j, g or k (加 jia in Gülnigar). Source: the pinyin scheme (ISO 7098) read against the ULY table;
// principles of DB65/T 2189-2005 as summarised in /work/shared/reference/uyghur-names.md.
var pinyinInitials = map[string]string{
	"b": "b", "p": "p", "m": "m", "f": "f", "d": "d", "t": "t", "n": "n", "l": classL, "g": "g",
	"k": "k", "h": "h", "j": classJ, "q": "ch", "x": classX, "zh": classZh, "ch": "ch", "sh": classSh,
	"r": "r", "z": "z", "c": "s", "s": "s", "y": "y", "w": "w",
}

// pinyinFinals maps each pinyin final to the Uyghur vowel and coda Chinese uses it for: ai for
// Uyghur e (买 mai in Memet), uo and ou for o (托 tuo in Toxti, 肉 rou in Rozi), ei for é, ao and
// iao for o or aw (奥巴马 Obama, 包尔江 Bawirjan, 道仑 Dawren, 肖开提 Shawket: its a is optional,
// its o a reading class).
// Same sources as pinyinInitials.
var pinyinFinals = map[string]string{
	"a": "a", "o": "o", "e": "e", "ai": "e", "ei": "é", "ao": "A" + classAo, "ou": "o", "an": "an",
	"en": "en", "ang": "ang", "eng": "eng", "ong": "ung", "er": "er", "i": "i", "ia": "ya",
	"ian": "yen", "iang": "yang", "iao": "yA" + classAo, "ie": "yé", "in": "in", "ing": "ing",
	"iong": "yung", "iu": "yu", "u": "u", "ua": "wa", "uai": "we", "uan": "wan", "uang": "wang",
	"ui": "uy", "un": "un", "uo": "o", "ü": "ü", "üe": "üé", "üan": "üen", "ün": "ün",
}

// epenthetic are the finals Chinese adds after a consonant that Uyghur pronounces bare
// (Memet → mai-mai-ti, Ilham → yi-li-ha-mu); in a reading they are optional vowels.
var epenthetic = map[string]bool{"i": true, "u": true, "e": true}

// splitPinyin splits a toneless pinyin syllable into initial and final.
func splitPinyin(s string) (initial, final string) {
	if len(s) >= 2 {
		if _, ok := pinyinInitials[s[:2]]; ok && (s[:2] == "zh" || s[:2] == "ch" || s[:2] == "sh") {
			return s[:2], s[2:]
		}
	}
	if len(s) >= 1 {
		if _, ok := pinyinInitials[s[:1]]; ok {
			return s[:1], s[1:]
		}
	}
	return "", s
}

// openingReadings are the readings of syllables that open a name a vowel opens: Chinese
// writes a vowel-initial name with a w or y syllable (乌买尔 Ömer, 吾斯曼 Osman, 沃拉孜 Oraz), and
// a Kazakh or Kyrgyz E, said ye, with 叶 or 也 (叶尔兰 Erlan, Yerlan; its y is optional). Sources:
// DB65/T 2189 principles in /work/shared/reference/uyghur-names.md, the Kazakh names of the
// synth tables (docs/SYNTH.md "Names").
var openingReadings = map[string]string{"wu": "u", "wo": "o", "ye": "Ie"}

// syllableReading returns the Uyghur reading of one pinyin syllable. Optional (epenthetic)
// vowels are upper case, which only the matcher sees; first tells whether the syllable opens
// the name part (a leading 尔 er is a vowel, a later one only r).
func syllableReading(s string, first bool) string {
	if r, ok := openingReadings[s]; ok && first {
		return r
	}
	ini, fin := splitPinyin(s)
	if fin == "er" && ini == "" && !first {
		return "r"
	}
	var r string
	switch ini {
	case "y":
		switch fin {
		case "i", "in", "ing":
			r = pinyinFinals[fin]
		default:
			r = "y" + strings.TrimPrefix(finalReading(palatal(fin)), "y")
		}
	case "w":
		switch {
		case fin == "u":
			r = "wu" // 达吾提 Dawut
		default:
			r = "w" + finalReading(fin)
		}
	default:
		if ini == "j" || ini == "q" || ini == "x" {
			fin = palatal(fin)
		}
		f := finalReading(fin)
		if ini != "" && len(f) > 1 && f[0] == 'y' {
			f = f[1:] // the glide belongs to the consonant: xia → sa, tie → té
		}
		if ini != "" && epenthetic[fin] {
			f = strings.ToUpper(f)
		}
		r = pinyinInitials[ini] + f
	}
	if strings.HasSuffix(r, "ng") {
		r = r[:len(r)-1] + "G" // -ng often spells a bare n (江 jiang in Memetjan)
	}
	return r
}

// finalReading returns the Uyghur reading of a pinyin final, or the final itself.
func finalReading(fin string) string {
	if f, ok := pinyinFinals[fin]; ok {
		return f
	}
	return fin
}

// palatal spells the u of a final after j, q, x and y as the ü it stands for.
func palatal(fin string) string {
	switch fin {
	case "u", "ue", "uan", "un":
		return "ü" + fin[1:]
	}
	return fin
}

// hanReadings returns the candidate Uyghur readings of one name part written in Chinese
// characters: first with attested spellings read whole, then syllable by syllable if that
// differs. Optional vowels are upper case.
func hanReadings(p hanPart) []string {
	syllables := p.syllables
	var withAttested, plain strings.Builder
	for i, s := range syllables {
		plain.WriteString(nasalBeforeLabial(syllableReading(s, i == 0), syllables, i))
	}
	var buf [64]byte
	opens := true // the next syllable opens a name or the rest of a compound (阿不都吾甫尔 Abdu-ghopur)
	for i := 0; i < len(syllables); {
		n := min(attestedMax, len(syllables)-i)
		for ; n >= 2; n-- {
			k := buf[:0]
			for j, s := range syllables[i : i+n] {
				if j > 0 {
					k = append(k, ' ')
				}
				k = append(k, s...)
			}
			if r, ok := attestedBySound[string(k)]; ok {
				withAttested.WriteString(r)
				opens = compoundHead(r)
				break
			}
		}
		if n < 2 {
			r := syllableReading(syllables[i], opens)
			if o, ok := restOpenings[syllables[i]]; ok && opens && i > 0 {
				r = o
			}
			withAttested.WriteString(nasalBeforeLabial(r, syllables, i))
			n, opens = 1, false
		}
		i += n
	}
	a, pl := withAttested.String(), plain.String()
	if a == pl {
		return []string{a}
	}
	return []string{a, pl}
}

// nasalBeforeLabial marks as optional (N) the final n of a syllable read before m, b or p:
// Chinese closes a syllable with n where Uyghur has none before a labial (阿依仙木 a-yi-xian-mu
// for Ayshem, Ay-she-m).
func nasalBeforeLabial(r string, syllables []string, i int) string {
	if i+1 >= len(syllables) || !strings.HasSuffix(r, "n") || strings.HasSuffix(r, "ng") {
		return r
	}
	switch syllables[i+1][0] {
	case 'm', 'b', 'p':
		return r[:len(r)-1] + "N"
	}
	return r
}

// restOpenings are the readings of syllables that open the rest of a compound after an
// attested head: Chinese drops the Uyghur gh that opens it (阿不都吾甫尔 Abdughopur, as 乌甫尔
// for Ghopur), and the optional G keeps the vowel apart from the head's. Source: the Chinese
// forms of the synth name tables (docs/SYNTH.md "Names") read against the rule of
// /work/shared/reference/uyghur-names.md that Chinese drops sounds it lacks.
var restOpenings = map[string]string{"wu": "Gu"}

// compoundHead reports whether an attested reading is the head of compound names (abdu).
func compoundHead(r string) bool {
	return headReadings[r]
}

// headReadings are the attested readings that spell a compound head, found once.
var headReadings = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range attested {
		k := latinKey(r)
		for _, h := range compoundHeads {
			if slices.Contains(h, k) {
				m[r] = true
			}
		}
	}
	return m
}()
