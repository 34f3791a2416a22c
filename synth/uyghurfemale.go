package synth

// uyghurFemale are women's given names: stems alone, and compounds with Gül- (古丽, "flower"),
// Ay- (阿依, "moon"), Dil- (迪丽, "heart"), Mihri- (米合日, "kindness"), Nur- (努尔, "light"), and
// the endings -gül, -nisa (尼沙, "woman"), -xan (汗) and -ay on a stem (Tursungül, Tursunay,
// Amannisa, Patixan). The shares of the rules are invented, as are all weights: what matters is
// that Aygül, Gülnar and Ayshem are common and most compounds rare.
var uyghurFemale = ruleRows([]nameRule{
	{share: 0.30, heads: uyghurFemaleStems},
	{share: 0.18, heads: []nameRow{{"Gül", 1, "古丽|古力", "Gul", ""}}, tails: gulTails},
	{share: 0.32, heads: uyghurFemaleHeads, tails: femaleEndings, evenness: 0.5},
	{share: 0.08, heads: []nameRow{{"Ay", 1, "阿依|阿伊", "Ay|Ai", ""}}, tails: ayTails},
	{share: 0.05, heads: []nameRow{{"Dil", 1, "迪丽|地里", "Dil", ""}}, tails: dilTails},
	{share: 0.03, heads: []nameRow{{"Mihri", 1, "米合日|米日", "Mihri|Mehri", ""}}, tails: mihriTails},
	{share: 0.04, heads: []nameRow{{"Nur", 1, "努尔|奴尔", "Nur", ""}}, tails: nurFemaleTails},
})

// uyghurFemaleStems are women's names used alone, in the layout of uyghurMaleStems.
//
// Sources: the female names and forms of /work/shared/reference/uyghur-names.md (热依拉 Rahile,
// 古丽 -gül, 阿依古丽 Aygül, 热比娅 Rabiye) and common Uyghur women's names written by the same
// syllable conventions (娜 for a final -na, 古丽/古力, 热 for re-, 阿依 for ay-). Weights invented.
var uyghurFemaleStems = []nameRow{
	{"Ayshem", 30, "阿依先木|阿依夏木|阿伊先木", "Aysham|Ayshem", ""},
	{"Zöhre", 14, "祖热|左合热", "Zohre|Zohra", ""},
	{"Rahile", 16, "热依拉|拉依拉", "Rahile|Rahila", ""},
	{"Hebibe", 7, "海比拜|艾比拜", "Habiba|Hebibe", ""},
	{"Xediche", 7, "海地恰|哈地恰", "Khadija|Hadicha", ""},
	{"Meryem", 12, "麦尔耶姆|买热木", "Maryam|Meryem", ""},
	{"Reyhan", 8, "热依汗|热伊汗", "Rayhan|Reyhan", ""},
	{"Zulpiye", 6, "祖丽皮亚|祖力皮亚", "Zulpiye|Zulfiya", ""},
	{"Amine", 8, "阿米娜|阿米那", "Amina|Amine", ""},
	{"Parida", 6, "帕丽达|帕里达", "Parida", ""},
	{"Zeynep", 5, "再娜甫|再纳甫", "Zeynep|Zaynab", ""},
	{"Mayinur", 6, "麦依努尔|买依努尔", "Mayinur|Maynur", ""},
	{"Mahire", 5, "玛依热|玛伊热", "Mahira|Mahire", ""},
	{"Sanem", 5, "赛乃姆|萨乃姆", "Sanam|Sanem", ""},
	{"Xalide", 5, "哈丽达|哈里达", "Halida|Khalida", ""},
	{"Ruqiye", 4, "茹克亚|如克亚", "Rukiye|Ruqiye", ""},
	{"Nurbiye", 3, "努尔比亚|努尔比耶", "Nurbiye", ""},
	{"Muherrem", 3, "木合热木|穆合热木", "Muharram|Muherrem", ""},
	{"Saadet", 2, "萨阿代提|沙阿代提", "Saadet", ""},
	{"Mehriban", 10, "米合日巴努|麦合日巴努", "Mehriban", ""},
	{"Rabiye", 6, "热比娅|热比亚", "Rabiya|Rabiye", ""},
	{"Patime", 8, "帕提麦|帕提玛", "Fatima|Patime", ""},
	{"Chimen", 4, "其曼|奇曼", "Chimen|Chiman", ""},
	{"Hamide", 4, "哈米代|哈米达", "Hamida|Hamide", ""},
	{"Kamile", 3, "卡米拉|卡米莱", "Kamila|Kamile", ""},
	{"Kawser", 3, "考赛尔|卡吾赛尔", "Kawser|Kavsar", ""},
	{"Marhaba", 4, "马尔哈巴|玛尔哈巴", "Marhaba", ""},
	{"Mehbube", 3, "买合布拜|麦合布拜", "Mahbuba|Mehbube", ""},
	{"Muyesser", 3, "木尧赛尔|穆耶赛尔", "Muyassar|Muyesser", ""},
	{"Nezire", 3, "娜孜热|那孜热", "Nazira|Nezire", ""},
	{"Nigare", 3, "尼尕拉|尼加拉", "Nigara|Nigare", ""},
	{"Salamet", 3, "沙拉买提|萨拉麦提", "Salamet", ""},
	{"Zumret", 3, "祖木热提|祖母热提", "Zumrat|Zumret", ""},
	{"Mukeddes", 3, "木凯代斯|穆开代斯", "Mukaddas|Mukeddes", ""},
	{"Ezize", 4, "艾孜再|阿孜再", "Aziza|Ezize", ""},
	{"Hélime", 4, "海丽曼|艾丽曼", "Halima|Helime", ""},
	{"Ibadet", 2, "依巴代提|伊巴代提", "Ibadat|Ibadet", ""},
	{"Jemile", 3, "加米拉|佳米拉", "Jamila|Jemile", ""},
	{"Leyla", 4, "莱丽|来依拉", "Leyla|Layla", ""},
	{"Perizat", 3, "帕丽扎提|帕里扎提", "Perizat", ""},
	{"Selime", 3, "赛丽麦|沙里麦", "Salima|Selime", ""},
	{"Yultuz", 3, "玉勒吐孜|尤力吐孜", "Yultuz|Yulduz", ""},
	{"Asiye", 3, "阿西耶|阿希亚", "Asiya|Asiye", ""},
	{"Buhejer", 2, "布合加尔|布海加尔", "Buhejer|Bukhajar", ""},
	{"Tajinisa", 2, "塔吉尼沙|塔吉尼莎", "Tajinisa", ""},
	{"Sayime", 2, "沙依曼|萨依曼", "Sayima|Sayime", ""},
	{"Bahar", 3, "巴哈尔|巴哈儿", "Bahar", ""},
	{"Ranagül", 2, "热娜古丽|热那古丽", "Ranagul", ""},
}

// uyghurFemaleHeads take the endings of femaleEndings: women's names and a few men's names that
// parents extend into women's names (Tursun → Tursungül, Tursunay; Rozi → Rozigül).
var uyghurFemaleHeads = []nameRow{
	{"Tursun", 12, "吐尔逊|图尔荪", "Tursun", ""},
	{"Rozi", 8, "肉孜|如孜", "Rozi", ""},
	{"Pati", 10, "帕提|帕第", "Pati|Fati", ""},
	{"Ayshem", 8, "阿依先木|阿依夏木", "Aysham|Ayshem", ""},
	{"Meryem", 5, "麦尔耶姆|买热木", "Maryam|Meryem", ""},
	{"Reyhan", 5, "热依汗|热伊汗", "Rayhan|Reyhan", ""},
	{"Roshen", 5, "肉先|如先", "Roshen|Roshan", ""},
	{"Rizwan", 5, "热孜万|热孜宛", "Rizwan|Rizvan", ""},
	{"Arzu", 5, "阿孜|阿尔孜", "Arzu", ""},
	{"Nazi", 5, "娜孜|那孜", "Nazi", ""},
	{"Aman", 4, "阿曼|阿满", "Aman", ""},
	{"Qemer", 4, "凯麦尔|开麦尔", "Kamar|Qemer", ""},
	{"Zöhre", 4, "祖热|左合热", "Zohre|Zuhra", ""},
	{"Bahar", 4, "巴哈尔|巴哈儿", "Bahar", ""},
	{"Hebib", 3, "艾比布|海比布", "Habib|Hebib", ""},
	{"Toxti", 3, "托合提|土赫提", "Tohti|Tokhti", ""},
	{"Qurban", 3, "库尔班|库尔邦", "Kurban|Qurban", ""},
	{"Hajir", 2, "哈吉尔|阿吉尔", "Hajir", ""},
	{"Ruqiye", 2, "茹克亚|如克亚", "Rukiye|Ruqiye", ""},
	{"Xalide", 2, "哈丽达|哈里达", "Khalida|Halida", ""},
	{"Mayi", 2, "麦依|买依", "Mayi|Mai", ""},
	{"Sherip", 2, "谢力甫|谢里甫", "Sherip|Sharip", ""},
	{"Yaqut", 2, "亚库提|牙库提", "Yakut|Yaqut", ""},
	{"Amine", 2, "阿米娜|阿米那", "Amina|Amine", ""},
	{"Mehri", 2, "米合日|麦合日", "Mehri|Mihri", ""},
}

// femaleEndings end women's names: -gül "flower", -nisa "woman", -xan (a title), -ay "moon"
// (after a consonant only), -jan "soul". Chinese 古丽/古力, 尼沙/尼莎, 汗/罕, 阿依, 江 as in
// 阿依古丽, 古丽尼沙 and 吐尔逊阿依 (Tursunay) of the reference.
var femaleEndings = []nameRow{
	{"gül", 10, "古丽|古力", "gul", "гүл"},
	{"nisa", 4, "尼沙|尼莎", "nisa|nissa", ""},
	{"xan", 3, "汗|罕", "khan|han", ""},
	{"ay", 3, "阿依|阿伊", "ay|ai", ""},
	{"jan", 1, "江|姜", "jan|zhan", ""},
}

// gulTails follow Gül- (Gülnar "pomegranate flower", Gülbahar "spring flower").
var gulTails = []nameRow{
	{"nar", 12, "娜尔|那尔", "nar", ""},
	{"nur", 8, "努尔|奴尔", "nur", ""},
	{"bahar", 7, "巴哈尔|巴哈儿", "bahar", ""},
	{"shen", 6, "先|仙", "shen|shan", ""},
	{"nisa", 6, "尼沙|尼莎", "nisa", ""},
	{"mire", 6, "米热|米拉", "mire|mira", ""},
	{"zar", 4, "扎尔|匝尔", "zar", ""},
	{"bostan", 3, "波斯坦|博斯坦", "bostan", ""},
	{"chéhre", 3, "切合热|切热", "chehre|chehra", ""},
	{"xan", 4, "汗|罕", "khan|han", ""},
	{"jamal", 3, "加玛丽|加马力", "jamal", ""},
	{"süm", 3, "苏木|素木", "sum|sum", ""},
	{"zire", 3, "孜热|孜拉", "zire|zira", ""},
	{"hayat", 2, "哈亚提|哈亚特", "hayat", ""},
	{"nigar", 3, "尼尕尔|尼加尔", "nigar", ""},
	{"peri", 2, "皮热|帕丽", "peri|pari", ""},
	{"sara", 2, "萨拉|沙拉", "sara", ""},
	{"jan", 2, "江|姜", "jan|zhan", ""},
	{"andam", 1, "安达木|安达姆", "andam", ""},
	{"nem", 1, "乃木|奈木", "nem|nam", ""},
	{"meryem", 1, "麦尔耶姆|买热木", "meryem|maryam", ""},
	{"zade", 1, "扎旦|匝代", "zade|zada", ""},
	{"rena", 1, "热娜|热那", "rena|rana", ""},
	{"dan", 1, "旦|丹", "dan", ""},
}

// ayTails follow Ay- (Aygül "moon flower", Aynur "moonlight").
var ayTails = []nameRow{
	{"gül", 12, "古丽|古力", "gul", ""},
	{"nur", 8, "努尔|奴尔", "nur", ""},
	{"nisa", 3, "尼沙|尼莎", "nisa", ""},
	{"xan", 2, "汗|罕", "khan|han", ""},
	{"jamal", 2, "加玛丽|加马力", "jamal", ""},
	{"jan", 1, "江|姜", "jan|zhan", ""},
	{"zöhre", 1, "祖热|左合热", "zohre|zuhra", ""},
	{"peri", 1, "皮热|帕丽", "peri|pari", ""},
}

// dilTails follow Dil- in women's names (Dilnur "light of the heart", Dilber "beloved").
var dilTails = []nameRow{
	{"nur", 10, "努尔|奴尔", "nur", ""},
	{"ber", 8, "拜尔|白尔", "ber|bar", ""},
	{"reba", 6, "热巴|拉巴", "raba|reba", ""},
	{"nara", 3, "娜拉|那拉", "nara", ""},
	{"nigar", 2, "尼尕尔|尼加尔", "nigar", ""},
	{"humar", 2, "胡马尔|呼玛尔", "humar", ""},
	{"aram", 2, "阿拉木|阿热木", "aram", ""},
	{"zat", 1, "扎提|匝提", "zat", ""},
}

// mihriTails follow Mihri- (Mihrigül, Mihriban, Mihrinisa).
var mihriTails = []nameRow{
	{"gül", 6, "古丽|古力", "gul", ""},
	{"ban", 3, "巴努|巴奴", "ban|banu", ""},
	{"nisa", 2, "尼沙|尼莎", "nisa", ""},
}

// nurFemaleTails follow Nur- in women's names (Nurgül, Nurjamal, Nuriman).
var nurFemaleTails = []nameRow{
	{"gül", 10, "古丽|古力", "gul", ""},
	{"jamal", 2, "加玛丽|加马力", "jamal", ""},
	{"iman", 2, "依曼|伊曼", "iman", ""},
	{"nisa", 1, "尼沙|尼莎", "nisa", ""},
	{"xan", 1, "汗|罕", "khan|han", ""},
	{"ay", 1, "阿依|阿伊", "ay|ai", ""},
}
