package synth

import "github.com/tizim/tizim"

// sexWords are the words each style writes for male and female; every one is read by
// tizim.ParseSex.
var sexWords = map[style][2]string{
	styleHan: {"男", "女"}, stylePinyin: {"M", "F"}, styleLatin: {"male", "female"},
	styleArabic: {"ئەر", "ئايال"}, styleCyrillic: {"м", "ж"}, styleEnglish: {"male", "female"},
}

// statusWords are the words each style writes for a status, the first the most usual. The
// Chinese ones are those of police and court documents (在押 "in custody", 教培 "education and
// training", 判刑 "sentenced"), the Uyghur ones are Uyghur Latin words of diaspora lists; every
// one is read by tizim.ParseStatus (a test checks this).
var statusWords = map[style]map[tizim.Status][]string{
	styleHan: {
		tizim.Detained: {"在押", "刑拘", "拘留"}, tizim.Camp: {"教培", "教育培训", "集中学习"},
		tizim.Sentenced: {"判刑", "已判", "服刑"}, tizim.Released: {"已释放", "结业"},
		tizim.Restricted: {"监视居住", "管控"}, tizim.ForcedLabour: {"转移就业"},
		tizim.Disappeared: {"下落不明"}, tizim.DiedInCustody: {"在押死亡"}, tizim.DiedAfterRelease: {"释放后死亡"},
	},
	stylePinyin: englishStatus,
	styleLatin:  englishStatus,
	styleArabic: {
		tizim.Detained: {"تۇتۇلدى", "تۇتقۇن"}, tizim.Camp: {"لاگېر", "تەربىيىلەش"},
		tizim.Sentenced: {"كېسىلدى", "قامالدى"}, tizim.Released: {"قويۇپ بېرىلدى"},
		tizim.Restricted: {"نازارەت ئاستىدا"}, tizim.ForcedLabour: {"مەجبۇرىي ئەمگەك"},
		tizim.Disappeared: {"غايىب"}, tizim.DiedInCustody: {"تۇتقۇندا ئۆلدى"}, tizim.DiedAfterRelease: {"قويۇپ بېرىلگەندىن كېيىن ئۆلدى"},
	},
	styleCyrillic: {
		tizim.Detained: {"задержан"}, tizim.Camp: {"лагерь"}, tizim.Sentenced: {"осужден", "осуждён"},
		tizim.Released: {"освобожден"}, tizim.Restricted: {"под надзором"}, tizim.ForcedLabour: {"принудительный труд"},
		tizim.Disappeared: {"пропал", "исчез"}, tizim.DiedInCustody: {"умер под стражей"}, tizim.DiedAfterRelease: {"умер после освобождения"},
	},
	styleEnglish: englishStatus,
}

var englishStatus = map[tizim.Status][]string{
	tizim.Detained: {"detained", "arrested", "in custody"}, tizim.Camp: {"re-education camp", "camp", "interned"},
	tizim.Sentenced: {"sentenced", "imprisoned", "jailed"}, tizim.Released: {"released"},
	tizim.Restricted: {"house arrest", "under surveillance"}, tizim.ForcedLabour: {"forced labour", "labour transfer"},
	tizim.Disappeared: {"disappeared", "whereabouts unknown"}, tizim.DiedInCustody: {"died in custody"},
	tizim.DiedAfterRelease: {"died after release"},
}

// sentenceWords are the patterns of a sentence of %d years and of a life sentence, by style.
var sentenceWords = map[style][2]string{
	styleHan: {"有期徒刑%d年", "无期徒刑"}, stylePinyin: {"%d years", "life"}, styleLatin: {"%d years", "life"},
	styleArabic: {"%d yil", "muddetsiz"}, styleCyrillic: {"%d лет", "пожизненно"}, styleEnglish: {"%d years", "life"},
}

// monthAbbrev are the English month abbreviations of passports (26 JAN 1984).
var monthAbbrev = [13]string{"", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// consentShares weights the consent level of a record: most material is internal, families
// consented to publication for some, a little is sealed. Invented, documented in docs/SYNTH.md.
var consentShares = []struct {
	level  tizim.Consent
	weight float64
}{{tizim.Internal, 70}, {tizim.Partners, 12}, {tizim.Public, 8}, {tizim.Anonymised, 7}, {tizim.Sealed, 3}}

// recordCounts weights how many records speak of one person (index = count): most people
// appear once, some in many sources. Mean about 2.5.
var recordCounts = []float64{1: 55, 2: 16, 3: 9, 4: 6, 5: 4, 6: 3, 7: 2, 8: 1.5, 10: 1.5, 12: 1, 15: 0.6, 20: 0.4}
