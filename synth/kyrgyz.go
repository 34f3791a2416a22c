package synth

// Kyrgyz and Uzbek given names, in the layout of the Kazakh tables (kazakh.go): the fifth field
// is the name in Kyrgyz or Uzbek Cyrillic, as lists compiled in Kyrgyzstan and Uzbekistan write
// it (Алмазбек, Улуғбек). Kyrgyz men's names take -bek very often (Almazbek, Nurbek,
// Kubanychbek); Uzbek ones -bek and -jon (Otabek, Sherzodjon); women's names Ay-, Gül-, Dil-.
//
// Source: common Kyrgyz and Uzbek given names and name elements as listed in the Wikipedia name
// articles; Chinese forms by the syllable conventions of the Uyghur tables (别克 -bek, 江 -jon).
// Weights and rule shares are invented.
var kyrgyzMale = ruleRows([]nameRule{
	{share: 0.55, heads: kyrgyzMaleStems},
	{share: 0.35, heads: kyrgyzMaleStems, tails: []nameRow{
		{"bek", 8, "别克|拜克", "bek", "бек"}, {"bay", 1, "拜|巴依", "bai|bay", "бай"}}},
	{share: 0.10, heads: []nameRow{ // heads that are names only with -bek
		{"Nur", 4, "努尔|奴尔", "Nur", "Нур"}, {"Ay", 2, "阿依|阿伊", "Ai|Ay", "Ай"},
		{"Jan", 1, "江|加尼", "Zhan|Jan", "Жан"}},
		tails: []nameRow{{"bek", 1, "别克|拜克", "bek", "бек"}}},
})

var kyrgyzMaleStems = []nameRow{
	{"Almaz", 6, "阿勒玛孜|阿力玛孜", "Almaz", "Алмаз"},
	{"Baqit", 6, "巴合提|巴克提", "Bakyt|Bakit", "Бакыт"},
	{"Azamat", 7, "阿扎马提|阿匝玛提", "Azamat", "Азамат"},
	{"Ulan", 5, "乌兰|吾兰", "Ulan", "Улан"},
	{"Temir", 5, "铁木尔|铁米尔", "Temir|Timur", "Темир"},
	{"Nurlan", 4, "努尔兰|努尔郎", "Nurlan", "Нурлан"},
	{"Qubanich", 3, "库巴尼奇|库巴尼其", "Kubanych", "Кубаныч"},
	{"Talant", 4, "塔兰特|塔兰提", "Talant", "Талант"},
	{"Bolot", 4, "波洛特|博洛特", "Bolot", "Болот"},
	{"Adilet", 3, "阿迪列特|阿迪列提", "Adilet", "Адилет"},
	{"Mirlan", 3, "米尔兰|米尔郎", "Mirlan", "Мирлан"},
	{"Qanat", 3, "哈纳提|哈那提", "Kanat", "Канат"},
	{"Melis", 2, "麦力斯|买力斯", "Melis", "Мелис"},
	{"Ermek", 2, "叶尔麦克|叶尔买克", "Ermek", "Эрмек"},
	{"Tilek", 2, "铁列克|提列克", "Tilek", "Тилек"},
	{"Kutman", 2, "库特曼|库图曼", "Kutman", "Кутман"},
}

var kyrgyzFemale = ruleRows([]nameRule{
	{share: 0.50, heads: []nameRow{
		{"Cholpan", 5, "乔勒盘|乔力潘", "Cholpon|Cholpan", "Чолпон"},
		{"Nazira", 5, "娜孜拉|那孜拉", "Nazira", "Назира"},
		{"Jildiz", 4, "吉力都孜|吉尔德孜", "Jyldyz|Zhyldyz", "Жылдыз"},
		{"Asel", 4, "阿谢勒|阿塞力", "Asel", "Асел"},
		{"Begimay", 3, "别吉麦|别吉买", "Begimai|Begimay", "Бегимай"},
		{"Meerim", 3, "麦依热木|梅热木", "Meerim", "Мээрим"},
		{"Burul", 2, "布如力|布鲁勒", "Burul", "Бурул"},
	}},
	{share: 0.30, heads: []nameRow{{"Ay", 1, "阿依|阿伊", "Ai|Ay", "Ай"}}, tails: []nameRow{
		{"gül", 6, "古丽|古力", "gul", "гүл"}, {"zada", 3, "扎达|匝达", "zada", "зада"},
		{"peri", 2, "佩里|皮热", "peri", "пери"}, {"jan", 2, "江|姜", "zhan|jan", "жан"},
		{"nura", 2, "努拉|奴拉", "nura", "нура"}, {"sulu", 1, "苏鲁|素鲁", "sulu", "сулуу"}}},
	{share: 0.20, heads: []nameRow{{"Gül", 1, "古丽|古力", "Gul", "Гүл"}}, tails: []nameRow{
		{"mira", 6, "米拉|米热", "mira", "мира"}, {"nara", 4, "娜拉|那拉", "nara", "нара"},
		{"jan", 3, "江|姜", "zhan|jan", "жан"}, {"zat", 2, "扎提|匝提", "zat", "зат"},
		{"nur", 2, "努尔|奴尔", "nur", "нур"}, {"sana", 1, "萨娜|沙娜", "sana", "сана"}}},
})

var uzbekMale = ruleRows([]nameRule{
	{share: 0.55, heads: uzbekMaleStems},
	{share: 0.35, heads: uzbekMaleStems, tails: []nameRow{
		{"bek", 5, "别克|拜克", "bek", "бек"}, {"jon", 5, "江|琼", "jon", "жон"}}},
	{share: 0.10, heads: []nameRow{ // heads that are names only with an ending
		{"Ulugh", 3, "乌鲁格|吾鲁格", "Ulug", "Улуғ"}, {"Ota", 3, "奥塔|欧塔", "Ota", "Ота"}},
		tails: []nameRow{{"bek", 2, "别克|拜克", "bek", "бек"}, {"jon", 1, "江|琼", "jon", "жон"}}},
})

var uzbekMaleStems = []nameRow{
	{"Rustam", 6, "鲁斯坦木|如斯坦木", "Rustam", "Рустам"},
	{"Shuhrat", 5, "舒赫拉提|舒合拉提", "Shukhrat|Shuhrat", "Шуҳрат"},
	{"Bahodir", 5, "巴哈迪尔|巴哈迪力", "Bakhodir|Bahodir", "Баҳодир"},
	{"Jasur", 4, "加苏尔|贾苏尔", "Jasur", "Жасур"},
	{"Sherzod", 4, "谢尔佐德|谢尔佐特", "Sherzod", "Шерзод"},
	{"Dilshod", 4, "迪力肖德|迪力硕德", "Dilshod", "Дилшод"},
	{"Farhod", 3, "法尔霍德|帕尔哈提", "Farhod", "Фарҳод"},
	{"Akmal", 3, "阿克马力|阿克玛力", "Akmal", "Акмал"},
	{"Bobur", 3, "巴布尔|巴布尔", "Bobur|Babur", "Бобур"},
	{"Jamshid", 3, "加木希德|加姆希德", "Jamshid", "Жамшид"},
	{"Sardor", 3, "萨尔多尔|沙尔多尔", "Sardor", "Сардор"},
	{"Anvar", 3, "安瓦尔|安外尔", "Anvar", "Анвар"},
}

var uzbekFemale = ruleRows([]nameRule{
	{share: 0.55, heads: []nameRow{
		{"Nodira", 5, "诺迪拉|努迪拉", "Nodira", "Нодира"},
		{"Feruza", 4, "菲鲁扎|费鲁扎", "Feruza", "Феруза"},
		{"Malika", 4, "玛丽卡|马丽卡", "Malika", "Малика"},
		{"Zarina", 4, "扎丽娜|匝丽娜", "Zarina", "Зарина"},
		{"Nilufar", 3, "尼鲁法尔|尼鲁帕尔", "Nilufar", "Нилуфар"},
		{"Shahnoza", 3, "夏赫诺扎|夏合诺扎", "Shakhnoza|Shahnoza", "Шаҳноза"},
		{"Mohira", 2, "莫希拉|玛依热", "Mohira", "Моҳира"},
	}},
	{share: 0.25, heads: []nameRow{{"Gul", 1, "古丽|古力", "Gul", "Гул"}}, tails: []nameRow{
		{"nora", 5, "诺拉|努拉", "nora", "нора"}, {"chehra", 3, "切合热|切合拉", "chehra", "чеҳра"},
		{"noza", 2, "诺扎|努扎", "noza", "ноза"}, {"jahon", 1, "加洪|佳洪", "jahon", "жаҳон"}}},
	{share: 0.20, heads: []nameRow{{"Dil", 1, "迪丽|地里", "Dil", "Дил"}}, tails: []nameRow{
		{"noza", 5, "诺扎|努扎", "noza", "ноза"}, {"fuza", 2, "富扎|福扎", "fuza", "фуза"},
		{"bar", 2, "巴尔|拜尔", "bar", "бар"}, {"rabo", 1, "拉波|热波", "rabo", "рабо"}}},
})
