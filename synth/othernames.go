package synth

// Names of the other peoples: Kazakh, Kyrgyz and Uzbek given names, in the layout of uyghurMale plus a fifth field: the name
// in the Cyrillic alphabet of the person's own language, as lists compiled in Kazakhstan and
// Kyrgyzstan write it (Kazakh Нұрлан, Kyrgyz Алмазбек). The first field is a Latin spelling
// close enough to Uyghur Latin for names.ToArabic to give the Arabic-script form Kazakhs in
// Xinjiang use; the fourth is the usual English spelling. The Chinese forms follow the same
// syllable conventions as the Uyghur ones (努尔兰 Nurlan, 叶尔兰 Erlan).
//
// Source: common Kazakh, Kyrgyz and Uzbek given names as listed in the Wikipedia name articles
// and national name-frequency reports (Kazakhstan's Committee on Statistics publishes the most
// popular newborn names); the weights are an invented ranking, not measured frequencies.
var kazakhMale = []nameRow{
	{"Nurlan", 14, "努尔兰|努尔郎", "Nurlan", "Нұрлан"},
	{"Erlan", 12, "叶尔兰|叶尔郎", "Yerlan|Erlan", "Ерлан"},
	{"Serik", 11, "赛力克|塞力克", "Serik", "Серік"},
	{"Qayrat", 8, "哈依拉提|凯拉特", "Kairat|Qairat", "Қайрат"},
	{"Bawirjan", 7, "包尔江|鲍尔江", "Baurzhan|Bauyrzhan", "Бауыржан"},
	{"Asqar", 7, "阿斯哈尔|阿斯卡尔", "Askar|Asqar", "Асқар"},
	{"Marat", 8, "马拉提|玛拉提", "Marat", "Марат"},
	{"Erbol", 6, "叶尔波力|叶尔博力", "Yerbol|Erbol", "Ербол"},
	{"Nurbek", 6, "努尔别克|努尔白克", "Nurbek", "Нұрбек"},
	{"Daniyar", 5, "达尼亚尔|达尼娅尔", "Daniyar", "Данияр"},
	{"Qanat", 6, "哈纳提|哈那提", "Kanat|Qanat", "Қанат"},
	{"Murat", 7, "木拉提|穆拉提", "Murat", "Мұрат"},
	{"Ermek", 4, "叶尔麦克|叶尔买克", "Yermek|Ermek", "Ермек"},
	{"Sayat", 3, "萨亚提|沙亚提", "Sayat", "Саят"},
}

var kazakhFemale = []nameRow{
	{"Sayragul", 10, "萨依拉古丽|赛拉古丽", "Sayragul", "Сайрагүл"},
	{"Gulnur", 9, "古丽努尔|古力努尔", "Gulnur", "Гүлнұр"},
	{"Dinara", 8, "迪娜拉|迪那拉", "Dinara", "Динара"},
	{"Aygerim", 8, "阿依格尔木|阿依根木", "Aigerim|Aygerim", "Айгерім"},
	{"Gulzira", 6, "古丽孜拉|古力孜拉", "Gulzira", "Гүлзира"},
	{"Janar", 5, "加纳尔|加那尔", "Zhanar|Janar", "Жанар"},
	{"Aliya", 6, "阿丽娅|阿丽亚", "Aliya", "Әлия"},
	{"Ardaq", 4, "阿尔达克|阿尔达克", "Ardak|Ardaq", "Ардақ"},
	{"Saltanat", 4, "萨勒塔纳提|沙勒塔那提", "Saltanat", "Салтанат"},
}

var kyrgyzMale = []nameRow{
	{"Almazbek", 6, "阿勒玛孜别克|阿力玛孜别克", "Almazbek", "Алмазбек"},
	{"Baqit", 6, "巴合提|巴克提", "Bakyt|Bakit", "Бакыт"},
	{"Azamat", 7, "阿扎马提|阿匝玛提", "Azamat", "Азамат"},
	{"Ulan", 5, "乌兰|吾兰", "Ulan", "Улан"},
	{"Temir", 5, "铁木尔|铁米尔", "Temir|Timur", "Темир"},
	{"Nurlanbek", 3, "努尔兰别克|努尔郎别克", "Nurlanbek", "Нурланбек"},
	{"Qubanichbek", 3, "库巴尼奇别克|库巴尼其别克", "Kubanychbek", "Кубанычбек"},
}

var kyrgyzFemale = []nameRow{
	{"Aygül", 6, "阿依古丽|阿依古力", "Aigul|Aygul", "Айгүл"},
	{"Cholpan", 5, "乔勒盘|乔力潘", "Cholpon|Cholpan", "Чолпон"},
	{"Nazira", 5, "娜孜拉|那孜拉", "Nazira", "Назира"},
	{"Gülmira", 5, "古丽米拉|古力米拉", "Gulmira", "Гүлмира"},
	{"Jildiz", 4, "吉力都孜|吉尔德孜", "Jyldyz|Zhyldyz", "Жылдыз"},
}

var uzbekMale = []nameRow{
	{"Rustam", 6, "鲁斯坦木|如斯坦木", "Rustam", "Рустам"},
	{"Shuhrat", 5, "舒赫拉提|舒合拉提", "Shukhrat|Shuhrat", "Шухрат"},
	{"Bahodir", 5, "巴哈迪尔|巴哈迪力", "Bakhodir|Bahodir", "Баходир"},
	{"Ulughbek", 4, "乌鲁格别克|吾鲁格别克", "Ulugbek", "Улугбек"},
	{"Otabek", 4, "奥塔别克|欧塔别克", "Otabek", "Отабек"},
}

var uzbekFemale = []nameRow{
	{"Dilnoza", 5, "迪丽诺扎|地里诺扎", "Dilnoza", "Дилноза"},
	{"Nodira", 5, "诺迪拉|努迪拉", "Nodira", "Нодира"},
	{"Feruza", 4, "菲鲁扎|费鲁扎", "Feruza", "Феруза"},
	{"Gulnora", 4, "古丽诺拉|古力诺拉", "Gulnora", "Гулнора"},
}

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
