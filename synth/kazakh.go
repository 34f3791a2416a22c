package synth

// Kazakh given names, in the layout of uyghurMaleStems plus a fifth field: the name in the
// Kazakh Cyrillic alphabet, as lists compiled in Kazakhstan write it (Нұрлан). The first field is
// a Latin spelling close enough to Uyghur Latin for names.ToArabic to give the Arabic-script
// form Kazakhs in Xinjiang use; the fourth is the usual English spelling. The Chinese forms
// follow the same syllable conventions as the Uyghur ones (努尔兰 Nurlan, 叶尔兰 Erlan, 别克
// -bek, 江 -jan). Compounds are formed as the Uyghur ones (compound.go): Nur- and Er- heads,
// -bek, -jan, -bay, -bol endings; Ay- and Gül- heads and -gül, -jan endings for women.
//
// Source: common Kazakh given names and name elements as listed in the Wikipedia name articles
// and Kazakhstan's Committee on Statistics reports of popular newborn names; the weights and
// rule shares are an invented ranking, not measured frequencies.
var kazakhMale = ruleRows([]nameRule{
	{share: 0.40, heads: kazakhMaleStems, evenness: 0.7},
	{share: 0.36, heads: kazakhMaleStems, tails: kazakhEndings, evenness: 0.5},
	{share: 0.12, heads: []nameRow{{"Nur", 1, "努尔|奴尔", "Nur", "Нұр"}}, tails: kazakhNurTails},
	{share: 0.12, heads: []nameRow{{"Er", 1, "叶尔|也尔", "Yer|Er", "Ер"}}, tails: kazakhErTails},
})

var kazakhFemale = ruleRows([]nameRule{
	{share: 0.45, heads: kazakhFemaleStems, evenness: 0.7},
	{share: 0.20, heads: []nameRow{{"Ay", 1, "阿依|阿伊", "Ai|Ay", "Ай"}}, tails: kazakhAyTails},
	{share: 0.20, heads: []nameRow{{"Gül", 1, "古丽|古力", "Gul", "Гүл"}}, tails: kazakhGulTails},
	{share: 0.15, heads: kazakhFemaleHeads, tails: []nameRow{
		{"gül", 3, "古丽|古力", "gul", "гүл"}, {"jan", 2, "江|姜", "zhan|jan", "жан"}}},
})

var kazakhMaleStems = []nameRow{
	{"Nurlan", 8, "努尔兰|努尔郎", "Nurlan", "Нұрлан"},
	{"Erlan", 7, "叶尔兰|叶尔郎", "Yerlan|Erlan", "Ерлан"},
	{"Serik", 7, "赛力克|塞力克", "Serik", "Серік"},
	{"Qayrat", 8, "哈依拉提|凯拉特", "Kairat|Qairat", "Қайрат"},
	{"Bawirjan", 7, "包尔江|鲍尔江", "Baurzhan|Bauyrzhan", "Бауыржан"},
	{"Asqar", 7, "阿斯哈尔|阿斯卡尔", "Askar|Asqar", "Асқар"},
	{"Marat", 8, "马拉提|玛拉提", "Marat", "Марат"},
	{"Daniyar", 5, "达尼亚尔|达尼娅尔", "Daniyar", "Данияр"},
	{"Qanat", 6, "哈纳提|哈那提", "Kanat|Qanat", "Қанат"},
	{"Murat", 7, "木拉提|穆拉提", "Murat", "Мұрат"},
	{"Sayat", 3, "萨亚提|沙亚提", "Sayat", "Саят"},
	{"Arman", 5, "阿尔曼|阿尔满", "Arman", "Арман"},
	{"Berik", 5, "别力克|拜力克", "Berik", "Берік"},
	{"Dawren", 4, "道仑|达吾仑", "Dauren|Dawren", "Дәурен"},
	{"Almas", 4, "阿勒玛斯|阿力马斯", "Almas", "Алмас"},
	{"Baqit", 4, "巴合提|巴克提", "Bakyt|Bakhyt", "Бақыт"},
	{"Bolat", 5, "波拉提|博拉提", "Bolat", "Болат"},
	{"Dastan", 3, "达斯坦|达斯塔恩", "Dastan", "Дастан"},
	{"Muxtar", 3, "木合塔尔|穆合塔尔", "Mukhtar", "Мұхтар"},
	{"Samat", 3, "沙马提|萨马提", "Samat", "Самат"},
	{"Temir", 3, "铁木尔|铁米尔", "Temir", "Темір"},
	{"Ruslan", 3, "鲁斯兰|如斯兰", "Ruslan", "Руслан"},
	{"Janibek", 3, "加尼别克|贾尼别克", "Zhanibek|Janibek", "Жәнібек"},
	{"Qaysar", 3, "凯萨尔|哈依萨尔", "Kaisar|Qaysar", "Қайсар"},
	{"Talghat", 2, "塔勒哈提|塔力哈提", "Talgat", "Талғат"},
	{"Aydos", 2, "阿依多斯|艾多斯", "Aidos|Aydos", "Айдос"},
	{"Adil", 3, "阿迪力|阿迪里", "Adil", "Әділ"},
	{"Ghalim", 2, "哈力木|尕力木", "Galym|Ghalim", "Ғалым"},
	{"Asxat", 2, "阿斯哈提|阿斯喀提", "Askhat|Askat", "Асхат"},
	{"Beybit", 2, "拜依别特|别依比提", "Beibit|Beybit", "Бейбіт"},
	{"Quanish", 2, "夸尼什|宽尼什", "Kuanysh|Quanish", "Қуаныш"},
	{"Tölegen", 2, "吐列根|托列根", "Tolegen|Tulegen", "Төлеген"},
	{"Seyit", 2, "赛依提|色依提", "Seit|Seyit", "Сейіт"},
	{"Qabdesh", 2, "哈布德西|卡布德西", "Kabdesh|Qabdesh", "Қабдеш"},
	{"Jaqip", 2, "加克甫|贾克甫", "Zhakyp|Jakip", "Жақып"},
	{"Oraz", 2, "奥拉孜|沃拉孜", "Oraz", "Ораз"},
}

// kazakhEndings follow a stem (Asqarbek, Qanatbay, Muratjan).
var kazakhEndings = []nameRow{
	{"bek", 5, "别克|拜克", "bek", "бек"},
	{"jan", 4, "江|姜", "zhan|jan", "жан"},
	{"bay", 2, "拜|巴依", "bai|bay", "бай"},
}

var kazakhNurTails = []nameRow{
	{"lan", 4, "兰|郎", "lan", "лан"},
	{"bek", 6, "别克|拜克", "bek", "бек"},
	{"bol", 4, "波力|博力", "bol", "бол"},
	{"jan", 3, "江|姜", "zhan|jan", "жан"},
	{"sultan", 3, "苏力坦|苏里坦", "sultan", "сұлтан"},
	{"dawlet", 2, "道来提|达吾列提", "daulet", "дәулет"},
	{"bolat", 2, "波拉提|博拉提", "bolat", "болат"},
	{"ghali", 1, "哈力|尕力", "gali|ghali", "ғали"},
}

var kazakhErTails = []nameRow{
	{"lan", 4, "兰|郎", "lan", "лан"},
	{"bol", 6, "波力|博力", "bol", "бол"},
	{"jan", 5, "江|姜", "zhan|jan", "жан"},
	{"bek", 3, "别克|拜克", "bek", "бек"},
	{"mek", 3, "麦克|买克", "mek", "мек"},
	{"nur", 3, "努尔|奴尔", "nur", "нұр"},
	{"ghali", 2, "哈力|尕力", "gali|ghali", "ғали"},
	{"dos", 1, "多斯|达斯", "dos", "дос"},
}

var kazakhFemaleStems = []nameRow{
	{"Dinara", 8, "迪娜拉|迪那拉", "Dinara", "Динара"},
	{"Janar", 5, "加纳尔|加那尔", "Zhanar|Janar", "Жанар"},
	{"Aliya", 6, "阿丽娅|阿丽亚", "Aliya", "Әлия"},
	{"Ardaq", 4, "阿尔达克|阿尔达合", "Ardak|Ardaq", "Ардақ"},
	{"Saltanat", 4, "萨勒塔纳提|沙勒塔那提", "Saltanat", "Салтанат"},
	{"Asel", 5, "阿谢勒|阿塞力", "Asel", "Әсел"},
	{"Dana", 3, "达娜|达那", "Dana", "Дана"},
	{"Madina", 4, "玛迪娜|马迪娜", "Madina", "Мадина"},
	{"Bayan", 3, "巴彦|巴燕", "Bayan", "Баян"},
	{"Rawshan", 3, "劳申|拉吾山", "Raushan", "Раушан"},
	{"Sholpan", 4, "肖勒潘|乔勒潘", "Sholpan", "Шолпан"},
	{"Juldiz", 3, "居勒都孜|朱勒德孜", "Zhuldyz|Juldiz", "Жұлдыз"},
	{"Gawhar", 3, "高哈尔|嘎吾哈尔", "Gaukhar|Gauhar", "Гауһар"},
	{"Tomiris", 2, "托米丽斯|陶米丽斯", "Tomiris", "Томирис"},
	{"Kamila", 2, "卡米拉|卡米莱", "Kamila", "Камила"},
	{"Meruert", 2, "麦如尔提|麦鲁尔特", "Meruert", "Меруерт"},
}

// kazakhFemaleHeads take -gül and -jan (Sayragül, Aruzhan).
var kazakhFemaleHeads = []nameRow{
	{"Sayra", 5, "萨依拉|赛拉", "Saira|Sayra", "Сайра"},
	{"Aru", 4, "阿如|阿茹", "Aru", "Ару"},
	{"Bal", 2, "巴力|巴勒", "Bal", "Бал"},
	{"Qarli", 1, "哈尔力|卡尔力", "Karly|Qarli", "Қарлы"},
	{"Nur", 3, "努尔|奴尔", "Nur", "Нұр"},
	{"Mayra", 2, "玛依拉|麦拉", "Maira|Mayra", "Майра"},
}

var kazakhAyTails = []nameRow{
	{"gerim", 8, "格尔木|格日木", "gerim", "герім"},
	{"gül", 6, "古丽|古力", "gul", "гүл"},
	{"jan", 4, "江|姜", "zhan|jan", "жан"},
	{"nur", 5, "努尔|奴尔", "nur", "нұр"},
	{"dana", 2, "达娜|达那", "dana", "дана"},
	{"sulu", 2, "苏鲁|素鲁", "sulu", "сұлу"},
	{"jamal", 1, "加玛丽|加马力", "zhamal|jamal", "жамал"},
}

var kazakhGulTails = []nameRow{
	{"nur", 8, "努尔|奴尔", "nur", "нұр"},
	{"zira", 6, "孜拉|孜热", "zira", "зира"},
	{"mira", 4, "米拉|米热", "mira", "мира"},
	{"sara", 4, "萨拉|沙拉", "sara", "сара"},
	{"jan", 3, "江|姜", "zhan|jan", "жан"},
	{"nar", 3, "娜尔|那尔", "nar", "нар"},
	{"jamal", 2, "加玛丽|加马力", "zhamal|jamal", "жамал"},
	{"shat", 1, "夏提|沙提", "shat", "шат"},
}
