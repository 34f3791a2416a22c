package synth

// The parts Uyghur men's names are built from, other than the stems. Sources: the attested
// forms of /work/shared/reference/uyghur-names.md (阿不都 Abdu-, 热合曼 -rehman, 阿不都热依木
// Abduréhim, 努尔买买提 Nurmemet, 江 -jan of 买买提江 Memetjan) and, for the rest, the usual
// Arabic-derived elements of Uyghur men's names (the names of God after Abdu-, "servant of";
// -ulla "of God"; -din "of the faith") and Turkic endings (-jan "soul", -bek "lord", -niyaz
// "offering", -axun "teacher", -baqi, -hajim "pilgrim"), in characters by the same syllable
// conventions (热 re-, 克 k, 木 final m, 提 final t, 甫 final p, 尔 final r). Weights invented.

// abduTails follow Abdu- (Abdurehim, Abdukérim, Abduqadir).
var abduTails = []nameRow{
	{"réhim", 14, "热依木|热衣木", "rahim|rehim", ""},
	{"rehman", 12, "热合曼|热依曼", "rahman|rehman", ""},
	{"kérim", 10, "克力木|克里木", "kerim|karim", ""},
	{"qadir", 9, "卡地尔|卡德尔", "kadir|qadir", ""},
	{"reshit", 8, "热西提|热夏提", "rashid|reshit", ""},
	{"weli", 7, "外力|瓦力", "weli|vali", ""},
	{"salam", 6, "沙拉木|萨拉木", "salam", ""},
	{"ghéni", 5, "艾尼|尕尼", "gheni|ghani", ""},
	{"xaliq", 4, "哈力克|哈里克", "khaliq|halik", ""},
	{"jélil", 4, "吉力力|吉里力", "jelil|jalil", ""},
	{"latip", 4, "拉提甫|拉提普", "latip|latif", ""},
	{"hémit", 4, "艾米提|海米提", "hemit|hamid", ""},
	{"mijit", 4, "米吉提|米吉特", "mijit|majid", ""},
	{"qeyum", 3, "卡尤木|喀尤木", "kayum|qeyum", ""},
	{"sattar", 3, "沙塔尔|萨塔尔", "sattar", ""},
	{"wahit", 3, "瓦依提|瓦伊提", "wahit|vahid", ""},
	{"rezaq", 3, "热扎克|热依扎克", "razak|rezaq", ""},
	{"ghopur", 3, "吾甫尔|乌甫尔", "gopur|ghofur", ""},
	{"shükür", 3, "肖库尔|舒库尔", "shukur", ""},
	{"semet", 3, "斯买提|色买提", "semet|samad", ""},
	{"xélil", 2, "哈力力|哈里力", "khalil|helil", ""},
	{"mutellip", 2, "木塔力甫|木太力普", "mutallip|mutellip", ""},
	{"sopur", 2, "索甫尔|苏甫尔", "sopur|sabur", ""},
	{"ghappar", 2, "尕帕尔|哈帕尔", "gappar|ghaffar", ""},
	{"jappar", 2, "加帕尔|贾帕尔", "jappar|jabbar", ""},
	{"qahar", 2, "卡哈尔|喀哈尔", "kahar|qahhar", ""},
	{"mennan", 1, "曼南|满南", "mennan|mannan", ""},
	{"nasir", 2, "纳斯尔|那斯尔", "nasir", ""},
	{"sami", 1, "沙米|萨米", "sami", ""},
	{"rashid", 1, "热希德|拉希德", "rashid", ""},
	{"muqit", 1, "木克提|穆克提", "mukit|muqit", ""},
	{"qudus", 1, "库都斯|库杜斯", "kudus|qudus", ""},
	{"hélim", 2, "海力木|艾力木", "halim|helim", ""},
	{"bari", 1, "巴热|巴力", "bari", ""},
	{"nebi", 1, "乃比|奈比", "nabi|nebi", ""},
}

// maleEndings follow any stem (Memetjan, Tursunniyaz, Ehmetbek, Qurbanhajim).
var maleEndings = []nameRow{
	{"jan", 10, "江|姜", "jan|zhan", ""},
	{"niyaz", 3, "尼亚孜|尼牙孜", "niyaz", ""},
	{"bek", 2, "别克|拜克", "bek", ""},
	{"baqi", 1, "巴克|巴克依", "baki|baqi", ""},
	{"hajim", 1, "哈吉木|阿吉木", "hajim|haji", ""},
	{"mehmut", 1, "买合木提|麦合木提", "mahmut|mehmut", ""},
	{"axun", 1, "阿洪|阿訇", "akhun|ahun", ""},
}

// memetHeads take -memet (Rozimemet, Toxtimemet, Tursunmemet): the names that open a
// compound with Memet, a few Turkic wishes and Abrahamic names rather than any stem.
var memetHeads = []nameRow{
	{"Rozi", 6, "肉孜|如孜", "Rozi", ""},
	{"Toxti", 5, "托合提|土赫提", "Tohti|Tokhti", ""},
	{"Tursun", 5, "吐尔逊|图尔荪", "Tursun", ""},
	{"Turdi", 4, "吐尔地|图尔迪", "Turdi", ""},
	{"Qurban", 3, "库尔班|库尔邦", "Kurban|Qurban", ""},
	{"Yar", 3, "亚尔|牙尔", "Yar", ""},
	{"Niyaz", 2, "尼亚孜|尼牙孜", "Niyaz", ""},
	{"Qadir", 1, "卡德尔|卡地尔", "Kadir|Qadir", ""},
	{"Sidiq", 1, "斯迪克|司迪克", "Sidik|Sidiq", ""},
	{"Ismayil", 1, "司马义|依斯马依力", "Ismail|Ismayil", ""},
}

// ullaHeads take -lla, "of God" (Abdulla 阿不都拉, Hébibulla 艾比布拉, Nurulla 努如拉).
var ullaHeads = []nameRow{
	{"Abdu", 12, "阿不都|阿布都", "Abdu", ""},
	{"Hébibu", 4, "艾比布|海比布", "Hebibu|Habibu", ""},
	{"Nuru", 3, "努如|努鲁", "Nuru", ""},
	{"Ubeydu", 2, "吾拜都|乌拜都", "Ubaydu|Ubeydu", ""},
	{"Seypu", 2, "赛甫|赛福", "Seypu|Sayfu", ""},
	{"Hemdu", 2, "艾木都|海木都", "Hamdu|Hemdu", ""},
	{"Atawu", 2, "阿塔吾|阿塔乌", "Atawu|Atau", ""},
	{"Nimetu", 2, "尼买吐|尼麦吐", "Nimetu|Nematu", ""},
	{"Rehmitu", 2, "热合米吐|热合木吐", "Rahmatu|Rehmitu", ""},
	{"Izzitu", 1, "伊孜吐|依孜吐", "Izzatu|Izzitu", ""},
	{"Hidayitu", 2, "希达亚吐|依达依吐", "Hidayatu|Hidayitu", ""},
	{"Esedu", 1, "艾赛都|阿赛都", "Asadu|Esedu", ""},
	{"Ekremu", 1, "艾克热木|艾克然木", "Akramu|Ekremu", ""},
	{"Ismitu", 1, "伊斯米吐|依斯米吐", "Ismatu|Ismitu", ""},
}

// dinHeads take -din, "of the faith" (Nurdin 努尔丁, Jalalidin 加拉力丁, Kamalidin 卡马力丁).
var dinHeads = []nameRow{
	{"Nur", 6, "努尔|奴尔", "Nur|Nuri", ""},
	{"Jalali", 3, "加拉力|加拉里", "Jalali|Jelali", ""},
	{"Kamali", 3, "卡马力|卡玛力", "Kamali|Kemali", ""},
	{"Shemsi", 2, "夏木西|夏木斯", "Shemsi|Shamsi", ""},
	{"Nizami", 2, "尼扎米|尼匝米", "Nizami", ""},
	{"Siraji", 2, "斯拉吉|司拉吉", "Siraji", ""},
	{"Zeyni", 2, "再依尼|再尼", "Zeyni|Zayni", ""},
	{"Salahi", 2, "沙拉依|萨拉依", "Salahi|Salah", ""},
	{"Ala", 2, "阿拉|阿啦", "Ala", ""},
	{"Bahawu", 2, "巴哈吾|巴哈乌", "Bahawu|Bahau", ""},
	{"Qutbi", 1, "库特比|库图比", "Kutbi|Qutbi", ""},
	{"Muhi", 1, "木合依|穆合依", "Muhi|Muhy", ""},
	{"Ziyawu", 2, "孜亚吾|孜亚乌", "Ziyawu|Ziyau", ""},
	{"Nesri", 1, "乃斯尔|奈斯尔", "Nasri|Nesri", ""},
	{"Imadi", 1, "依马迪|伊马迪", "Imadi|Emadi", ""},
	{"Xeyri", 1, "海依热|艾依热", "Hayri|Kheyri", ""},
}

// nurMaleTails follow Nur- in men's names (Nurmemet, Nurehmet, Nureli).
var nurMaleTails = []nameRow{
	{"memet", 10, "买买提|麦麦提", "memet|mehmet", ""},
	{"ehmet", 6, "艾合买提|艾买提", "ahmet|ehmet", ""},
	{"eli", 4, "艾力|艾里", "ali|eli", ""},
	{"muhemmet", 3, "木合买提|穆罕麦提", "muhammad|muhemmet", ""},
	{"bek", 2, "别克|拜克", "bek", ""},
	{"islam", 1, "伊斯拉木|依斯拉木", "islam", ""},
	{"yüsüp", 1, "玉素甫|玉苏甫", "yusup|yusuf", ""},
	{"qasim", 1, "卡斯木|喀斯木", "kasim|qasim", ""},
}

// dilMaleTails follow Dil- in men's names (Dilshat 迪力夏提, Dilmurat 迪力木拉提).
var dilMaleTails = []nameRow{
	{"shat", 6, "夏提|夏特", "shat", ""},
	{"murat", 6, "木拉提|穆拉提", "murat", ""},
	{"xemit", 1, "艾米提|海米提", "hamit|khemit", ""},
	{"shad", 1, "夏德|夏迪", "shad", ""},
}
