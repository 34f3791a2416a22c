package tizim

import "strings"

// Ethnicities are the canonical ethnicity names Tizim stores, for the peoples most often
// detained in Xinjiang and the Han majority; anything else is kept as the source wrote it.
var Ethnicities = []string{"uyghur", "kazakh", "kyrgyz", "uzbek", "tatar", "tajik", "hui", "mongol", "han"}

// ethnicitySynonyms maps the words lists use (English, Chinese, Uyghur in both scripts, Russian,
// Kazakh) to canonical names. Chinese names are those of the PRC's official list of 56 民族.
var ethnicitySynonyms = map[string]string{
	"uyghur": "uyghur", "uighur": "uyghur", "uygur": "uyghur", "uyghurs": "uyghur", "维吾尔族": "uyghur", "维吾尔": "uyghur",
	"维族": "uyghur", "ئۇيغۇر": "uyghur", "уйгур": "uyghur", "уйгурка": "uyghur", "ұйғыр": "uyghur", "uyɣur": "uyghur",
	"kazakh": "kazakh", "kazak": "kazakh", "qazaq": "kazakh", "哈萨克族": "kazakh", "哈萨克": "kazakh",
	"قازاق": "kazakh", "казах": "kazakh", "казашка": "kazakh", "қазақ": "kazakh",
	"kyrgyz": "kyrgyz", "kirghiz": "kyrgyz", "kirgiz": "kyrgyz", "qirghiz": "kyrgyz", "柯尔克孜族": "kyrgyz", "柯尔克孜": "kyrgyz",
	"قىرغىز": "kyrgyz", "киргиз": "kyrgyz", "кыргыз": "kyrgyz", "қырғыз": "kyrgyz",
	"uzbek": "uzbek", "özbek": "uzbek", "乌孜别克族": "uzbek", "乌兹别克族": "uzbek", "乌孜别克": "uzbek", "ئۆزبېك": "uzbek",
	"узбек": "uzbek", "өзбек": "uzbek",
	"tatar": "tatar", "塔塔尔族": "tatar", "تاتار": "tatar", "татарин": "tatar", "татар": "tatar",
	"tajik": "tajik", "塔吉克族": "tajik", "تاجىك": "tajik", "таджик": "tajik",
	"hui": "hui", "dungan": "hui", "回族": "hui", "回": "hui", "خۇيزۇ": "hui", "дунган": "hui", "хуэй": "hui",
	"mongol": "mongol", "mongolian": "mongol", "蒙古族": "mongol", "موڭغۇل": "mongol", "монгол": "mongol",
	"han": "han", "han chinese": "han", "汉族": "han", "汉": "han", "خەنزۇ": "han", "хань": "han", "ханьцы": "han",
}

// ParseEthnicity returns the canonical name of an ethnicity word, and false when the word is
// not known (then the caller keeps the word as written).
func ParseEthnicity(s string) (string, bool) {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if e, ok := ethnicitySynonyms[k]; ok {
		return e, true
	}
	return "", false
}
