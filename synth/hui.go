package synth

// Hui names are Chinese names: a family name and a one- or two-character given name, with no
// patronymic. The rows are in the layout of uyghurMale: pinyin (which also serves as the Latin
// and, through names.ToArabic, as a rough Arabic-script rendering), weight, characters, English
// spelling, and the Russian (Palladius) transcription that Central Asian lists use for Chinese
// names (Ma Ming → Ма Мин).
//
// Source: the family names most common among the Hui (马 Ma first by far, then 杨, 李, 王, 白,
// 张, 丁, 金, 冶, 韩) as described in the Wikipedia article "Hui people" (section Names) and
// common Chinese given names; Palladius after the standard table. Weights are invented.
var huiFamily = []nameRow{
	{"Ma", 40, "马", "Ma", "Ма"},
	{"Yang", 8, "杨", "Yang", "Ян"},
	{"Li", 7, "李", "Li", "Ли"},
	{"Wang", 7, "王", "Wang", "Ван"},
	{"Bai", 5, "白", "Bai", "Бай"},
	{"Zhang", 5, "张", "Zhang", "Чжан"},
	{"Ding", 4, "丁", "Ding", "Дин"},
	{"Jin", 3, "金", "Jin", "Цзинь"},
	{"Ye", 3, "冶", "Ye", "Е"},
	{"Han", 3, "韩", "Han", "Хань"},
}

var huiMale = []nameRow{
	{"Ming", 6, "明", "Ming", "Мин"},
	{"Jianguo", 5, "建国", "Jianguo", "Цзяньго"},
	{"Wen", 4, "文", "Wen", "Вэнь"},
	{"Hai", 4, "海", "Hai", "Хай"},
	{"Xiaolong", 3, "小龙", "Xiaolong", "Сяолун"},
	{"Fu", 3, "福", "Fu", "Фу"},
	{"Cheng", 3, "成", "Cheng", "Чэн"},
	{"Zhiqiang", 4, "志强", "Zhiqiang", "Чжицян"},
	{"Yusuf", 2, "玉素甫", "Yusuf", "Юсуф"},
	{"Guoqing", 3, "国庆", "Guoqing", "Гоцин"},
}

var huiFemale = []nameRow{
	{"Yulan", 5, "玉兰", "Yulan", "Юйлань"},
	{"Xiuying", 5, "秀英", "Xiuying", "Сюин"},
	{"Fang", 4, "芳", "Fang", "Фан"},
	{"Li", 3, "丽", "Li", "Ли"},
	{"Yan", 4, "燕", "Yan", "Янь"},
	{"Mei", 3, "梅", "Mei", "Мэй"},
	{"Fatima", 2, "法图麦", "Fatima", "Фатима"},
	{"Xiaohong", 3, "小红", "Xiaohong", "Сяохун"},
}
