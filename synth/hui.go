package synth

// Hui names are Chinese names: a family name and a one- or two-character given name, with no
// patronymic. The rows are in the layout of uyghurMaleStems: pinyin (which also serves as the
// Latin and, through names.ToArabic, as a rough Arabic-script rendering), weight, characters,
// English spelling, and the Russian (Palladius) transcription that Central Asian lists use for
// Chinese names (Ma Ming → Ма Мин). A two-character given name is a first character joined to a
// second (建 + 国 = 建国 Jianguo, Цзяньго), as compound.go joins Turkic parts; the characters are
// those common in given names, one set for men and one for women, as in Chinese naming.
//
// Source: the family names most common among the Hui (马 Ma first by far, then 杨, 李, 王, 白,
// 张, 丁, 金, 冶, 韩, and the Hui-specific 沙, 哈, 纳, 穆, 米) as described in the Wikipedia
// article "Hui people" (section Names); common characters of Chinese given names; Palladius
// after the standard table. Weights and rule shares are invented.
var huiFamily = []nameRow{
	{"Ma", 40, "马", "Ma", "Ма"}, {"Yang", 8, "杨", "Yang", "Ян"}, {"Li", 7, "李", "Li", "Ли"},
	{"Wang", 7, "王", "Wang", "Ван"}, {"Bai", 5, "白", "Bai", "Бай"}, {"Zhang", 5, "张", "Zhang", "Чжан"},
	{"Ding", 4, "丁", "Ding", "Дин"}, {"Jin", 3, "金", "Jin", "Цзинь"}, {"Ye", 3, "冶", "Ye", "Е"},
	{"Han", 3, "韩", "Han", "Хань"}, {"He", 3, "何", "He", "Хэ"}, {"Liu", 3, "刘", "Liu", "Лю"},
	{"Sha", 2, "沙", "Sha", "Ша"}, {"Ha", 2, "哈", "Ha", "Ха"}, {"Na", 2, "纳", "Na", "На"},
	{"Mu", 2, "穆", "Mu", "Му"}, {"Mi", 2, "米", "Mi", "Ми"}, {"Su", 2, "苏", "Su", "Су"},
	{"Zhou", 2, "周", "Zhou", "Чжоу"}, {"Zhao", 2, "赵", "Zhao", "Чжао"}, {"Luo", 2, "罗", "Luo", "Ло"},
	{"Hei", 1, "黑", "Hei", "Хэй"}, {"Hong", 1, "洪", "Hong", "Хун"}, {"Tian", 1, "田", "Tian", "Тянь"},
}

var huiMale = ruleRows([]nameRule{
	{share: 0.30, heads: []nameRow{
		{"Ming", 6, "明", "Ming", "Мин"}, {"Wen", 4, "文", "Wen", "Вэнь"}, {"Hai", 4, "海", "Hai", "Хай"},
		{"Fu", 3, "福", "Fu", "Фу"}, {"Cheng", 3, "成", "Cheng", "Чэн"}, {"Jun", 3, "军", "Jun", "Цзюнь"},
		{"Qiang", 3, "强", "Qiang", "Цян"}, {"Lin", 2, "林", "Lin", "Линь"}, {"Bin", 2, "斌", "Bin", "Бинь"},
		{"Tao", 2, "涛", "Tao", "Тао"}, {"Wei", 3, "伟", "Wei", "Вэй"}, {"Jie", 2, "杰", "Jie", "Цзе"},
		{"Gang", 2, "刚", "Gang", "Ган"}, {"Long", 2, "龙", "Long", "Лун"}, {"Yusuf", 2, "玉素甫", "Yusuf", "Юсуф"},
	}},
	{share: 0.70, heads: []nameRow{
		{"Jian", 6, "建", "Jian", "Цзянь"}, {"Guo", 4, "国", "Guo", "Го"}, {"Zhi", 5, "志", "Zhi", "Чжи"},
		{"Yong", 4, "永", "Yong", "Юн"}, {"Xue", 2, "学", "Xue", "Сюэ"}, {"Wen", 3, "文", "Wen", "Вэнь"},
		{"De", 3, "德", "De", "Дэ"}, {"Zhong", 2, "忠", "Zhong", "Чжун"}, {"Fu", 2, "福", "Fu", "Фу"},
		{"Hai", 3, "海", "Hai", "Хай"}, {"Yu", 2, "玉", "Yu", "Юй"}, {"Shi", 2, "世", "Shi", "Ши"},
		{"Ming", 3, "明", "Ming", "Мин"}, {"Xiao", 3, "小", "Xiao", "Сяо"}, {"Chun", 2, "春", "Chun", "Чунь"},
		{"Zhen", 2, "振", "Zhen", "Чжэнь"}, {"Shou", 1, "守", "Shou", "Шоу"}, {"Hu", 1, "虎", "Hu", "Ху"},
	}, tails: []nameRow{
		{"guo", 5, "国", "guo", "го"}, {"ming", 5, "明", "ming", "мин"}, {"qiang", 5, "强", "qiang", "цян"},
		{"jun", 4, "军", "jun", "цзюнь"}, {"hua", 4, "华", "hua", "хуа"}, {"cheng", 3, "成", "cheng", "чэн"},
		{"lin", 3, "林", "lin", "линь"}, {"ping", 3, "平", "ping", "пин"}, {"gui", 2, "贵", "gui", "гуй"},
		{"sheng", 3, "生", "sheng", "шэн"}, {"yi", 2, "义", "yi", "и"}, {"hai", 3, "海", "hai", "хай"},
		{"long", 3, "龙", "long", "лун"}, {"fu", 3, "福", "fu", "фу"}, {"xiang", 2, "祥", "xiang", "сян"},
		{"bin", 2, "斌", "bin", "бинь"}, {"tao", 2, "涛", "tao", "тао"}, {"wei", 3, "伟", "wei", "вэй"},
		{"jie", 2, "杰", "jie", "цзе"}, {"gang", 2, "刚", "gang", "ган"}, {"rong", 1, "荣", "rong", "жун"},
		{"quan", 2, "全", "quan", "цюань"}, {"shan", 2, "山", "shan", "шань"}, {"de", 1, "德", "de", "дэ"},
	}},
})

var huiFemale = ruleRows([]nameRule{
	{share: 0.30, heads: []nameRow{
		{"Fang", 4, "芳", "Fang", "Фан"}, {"Li", 3, "丽", "Li", "Ли"}, {"Yan", 4, "燕", "Yan", "Янь"},
		{"Mei", 3, "梅", "Mei", "Мэй"}, {"Xia", 3, "霞", "Xia", "Ся"}, {"Juan", 3, "娟", "Juan", "Цзюань"},
		{"Ling", 2, "玲", "Ling", "Лин"}, {"Ping", 2, "萍", "Ping", "Пин"}, {"Fatima", 2, "法图麦", "Fatima", "Фатима"},
		{"Hong", 2, "红", "Hong", "Хун"}, {"Qin", 2, "琴", "Qin", "Цинь"},
	}},
	{share: 0.70, heads: []nameRow{
		{"Xiu", 5, "秀", "Xiu", "Сю"}, {"Yu", 5, "玉", "Yu", "Юй"}, {"Gui", 3, "桂", "Gui", "Гуй"},
		{"Shu", 3, "淑", "Shu", "Шу"}, {"Hui", 2, "惠", "Hui", "Хуэй"}, {"Li", 3, "丽", "Li", "Ли"},
		{"Mei", 3, "美", "Mei", "Мэй"}, {"Chun", 2, "春", "Chun", "Чунь"}, {"Xiao", 4, "小", "Xiao", "Сяо"},
		{"Hong", 2, "红", "Hong", "Хун"}, {"Fang", 2, "芳", "Fang", "Фан"}, {"Cui", 2, "翠", "Cui", "Цуй"},
		{"Lan", 2, "兰", "Lan", "Лань"}, {"Yan", 2, "艳", "Yan", "Янь"}, {"Jing", 2, "静", "Jing", "Цзин"},
	}, tails: []nameRow{
		{"ying", 5, "英", "ying", "ин"}, {"lan", 5, "兰", "lan", "лань"}, {"zhen", 3, "珍", "zhen", "чжэнь"},
		{"fang", 3, "芳", "fang", "фан"}, {"hua", 3, "花", "hua", "хуа"}, {"mei", 3, "梅", "mei", "мэй"},
		{"hong", 3, "红", "hong", "хун"}, {"xia", 3, "霞", "xia", "ся"}, {"yan", 3, "燕", "yan", "янь"},
		{"qin", 2, "琴", "qin", "цинь"}, {"li", 2, "丽", "li", "ли"}, {"juan", 2, "娟", "juan", "цзюань"},
		{"ling", 2, "玲", "ling", "лин"}, {"ping", 2, "萍", "ping", "пин"}, {"feng", 2, "凤", "feng", "фэн"},
		{"rong", 1, "荣", "rong", "жун"}, {"lian", 1, "莲", "lian", "лянь"}, {"zhi", 1, "芝", "zhi", "чжи"},
		{"na", 1, "娜", "na", "на"}, {"qing", 1, "青", "qing", "цин"},
	}},
})
