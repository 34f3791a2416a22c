package synth

import "sync"

// ethnicity is one people the generator draws persons from: its share, its name tables, what
// sources call it, and where in Xinjiang its members mostly live.
type ethnicity struct {
	key   string
	share float64
	// label is what each kind of source writes in the ethnicity column, by writing style.
	label map[style]string
	// male and female are given names; family is the family names of peoples that have them
	// (the Hui). Turkic peoples carry the father's given name instead.
	male, female, family nameTable
	chinese              bool // Chinese name order (family name first), no patronymic
	// prefectures weights the prefecture (first four digits of the division code) of a home.
	prefectures map[string]float64
}

// ethnicityRows are the peoples and their shares of the generated persons. The shares follow
// the composition of public lists of people detained in Xinjiang (overwhelmingly Uyghur, then
// Kazakh; Kyrgyz, Uzbek and Hui in smaller numbers), not any census. The labels are the PRC
// official names (维吾尔族 …, English Uyghur/Uygur), the Uyghur endonyms in Arabic script and the
// Russian names (the Hui are Дунгане in Central Asia). Home prefectures follow where each people
// mostly lives (Uyghurs in the south: Kashgar 6531, Hotan 6532, Aksu 6529; Kazakhs in Ili 6540,
// Tacheng 6542, Altay 6543; Kyrgyz in Kizilsu 6530; Hui in Changji 6523 and Ürümqi 6501), per
// the Wikipedia articles on each prefecture's demographics; the weights are rounded guesses.
var ethnicityRows = []struct {
	key                  string
	share                float64
	zh, en, ug, ru       string
	male, female, family []nameRow
	prefectures          map[string]float64
}{
	{"uyghur", 0.80, "维吾尔族", "Uyghur", "ئۇيغۇر", "уйгур", uyghurMale, uyghurFemale, nil,
		map[string]float64{"6531": 30, "6532": 20, "6529": 15, "6540": 8, "6501": 7, "6504": 5,
			"6528": 4, "6530": 3, "6505": 2, "6523": 1, "6542": 1, "6527": 1, "6590": 1}},
	{"kazakh", 0.11, "哈萨克族", "Kazakh", "قازاق", "казах", kazakhMale, kazakhFemale, nil,
		map[string]float64{"6540": 40, "6543": 25, "6542": 20, "6523": 5, "6501": 5, "6527": 5}},
	{"kyrgyz", 0.03, "柯尔克孜族", "Kyrgyz", "قىرغىز", "кыргыз", kyrgyzMale, kyrgyzFemale, nil,
		map[string]float64{"6530": 80, "6531": 10, "6540": 5, "6529": 5}},
	{"uzbek", 0.01, "乌孜别克族", "Uzbek", "ئۆزبېك", "узбек", uzbekMale, uzbekFemale, nil,
		map[string]float64{"6531": 40, "6540": 40, "6501": 20}},
	{"hui", 0.05, "回族", "Hui", "تۇڭگان", "дунганин", huiMale, huiFemale, huiFamily,
		map[string]float64{"6523": 30, "6501": 30, "6540": 20, "6542": 10, "6505": 10}},
}

// ethnicities are the prepared tables, built once: about 2,400 names in six writings each,
// read-only once built, shared by every generator.
var ethnicities = sync.OnceValues(newEthnicities)

// newEthnicities prepares the table.
func newEthnicities() ([]*ethnicity, weighted) {
	out := make([]*ethnicity, len(ethnicityRows))
	shares := make([]float64, len(ethnicityRows))
	for i, r := range ethnicityRows {
		e := &ethnicity{
			key:   r.key,
			share: r.share,
			label: map[style]string{
				styleHan: r.zh, stylePinyin: r.en, styleLatin: r.en, styleArabic: r.ug,
				styleCyrillic: r.ru, styleEnglish: r.en,
			},
			male:        newNameTable(r.male, r.family != nil),
			female:      newNameTable(r.female, r.family != nil),
			chinese:     r.family != nil,
			prefectures: r.prefectures,
		}
		if r.family != nil {
			e.family = newNameTable(r.family, true)
		}
		out[i] = e
		shares[i] = r.share
	}
	return out, newWeighted(shares)
}
