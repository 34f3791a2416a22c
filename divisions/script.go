package divisions

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// uyghurLatin spells the letters of the Uyghur Arabic (UEY) and Cyrillic (USY) scripts in
// Uyghur Latin (ULY), letter for letter, so that a place written by a family in Uyghur script
// (قەشقەر, Қәшқәр) meets the ULY names of xinjiangNames (Qeshqer). Source: the UEY–ULY–USY table
// of /work/shared/reference/uyghur-names.md (the Uyghur Computer Science Association's ULY
// standard), with the Arabic and Persian look-alike letters that keyboards put in their place
// (ه for ە, ک for ك, ی for ى) and the Russian letters of USY texts.
var uyghurLatin = map[rune]string{
	// Arabic script
	'ا': "a", 'ە': "e", 'ب': "b", 'پ': "p", 'ت': "t", 'ج': "j", 'چ': "ch", 'خ': "x", 'د': "d",
	'ر': "r", 'ز': "z", 'ژ': "zh", 'س': "s", 'ش': "sh", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'گ': "g", 'ڭ': "ng", 'ل': "l", 'م': "m", 'ن': "n", 'ھ': "h", 'و': "o", 'ۇ': "u", 'ۆ': "ö",
	'ۈ': "ü", 'ۋ': "w", 'ې': "ë", 'ى': "i", 'ي': "y", 'ئ': "",
	'ه': "e", 'ک': "k", 'ی': "i", 'ة': "e", 'أ': "a", 'إ': "i", 'آ': "a",
	// Cyrillic script
	'а': "a", 'ә': "e", 'б': "b", 'п': "p", 'т': "t", 'җ': "j", 'ч': "ch", 'х': "x", 'д': "d",
	'р': "r", 'з': "z", 'ж': "zh", 'с': "s", 'ш': "sh", 'ғ': "gh", 'ф': "f", 'қ': "q", 'к': "k",
	'г': "g", 'ң': "ng", 'л': "l", 'м': "m", 'н': "n", 'һ': "h", 'о': "o", 'у': "u", 'ө': "ö",
	'ү': "ü", 'в': "w", 'е': "ë", 'и': "i", 'й': "y", 'я': "ya", 'ю': "yu",
	'э': "e", 'ы': "i", 'ё': "yo", 'ц': "ts", 'щ': "shch", 'ъ': "", 'ь': "",
}

// simplified maps the traditional characters of division names, as Hong Kong, Taiwan and
// overseas Chinese media write them (烏魯木齊, 伊寧), to the simplified ones of the code table,
// one pair per entry. Source: the traditional–simplified correspondence of the Table of
// General Standard Chinese Characters (通用规范汉字表, 2013), limited to characters that occur in
// division names and the generic words 縣, 區, 鄉, 鎮.
var simplified = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range strings.Fields(traditionalPairs) {
		r := []rune(p)
		m[r[0]] = r[1]
	}
	return m
}()

const traditionalPairs = "" +
	"烏乌 魯鲁 齊齐 寧宁 蘇苏 庫库 車车 葉叶 麥麦 蓋盖 嶽岳 師师 爾尔 圖图 輪轮 臺台 " +
	"靜静 碩硕 溫温 瑪玛 納纳 薩萨 壘垒 樂乐 鞏巩 灣湾 額额 賽赛 蘊蕴 遜逊 獨独 維维 " +
	"區区 縣县 豐丰 於于 澤泽 勝胜 東东 陽阳 門门 興兴 廣广 雲云 龍龙 長长 華华 無无 " +
	"慶庆 陳陈 億亿 遼辽 貴贵 內内 寶宝 閩闽 漢汉 濟济 鄭郑 開开 順顺 農农 場场 團团 " +
	"鎮镇 鄉乡 聖圣 國国 際际 當当 歸归 陝陕 蘭兰 義义 黃黄 滬沪 滄沧 劍剑 韓韩 暉晖 " +
	"璽玺 鐵铁 關关 雙双 號号 達达 圓圆 錫锡 倫伦 衛卫 郵邮 莊庄 嚴严 邊边 濱滨 橋桥 " +
	"灤滦 鶴鹤 島岛 彎弯 訓训 盧卢 殘残 熱热 線线 衝冲 裡里 裏里 託托 後后 "

// toSimplified writes traditional characters of division names in simplified form.
func toSimplified(s string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := simplified[r]; ok {
			return t
		}
		return r
	}, s)
}

// toLatin spells Arabic- and Cyrillic-script text in ULY; it returns s unchanged when s holds
// neither script.
func toLatin(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Arabic, unicode.Cyrillic)
	}) {
		return s
	}
	s = norm.NFKC.String(s) // Arabic presentation forms to letters
	var b strings.Builder
	for _, r := range s {
		lower := unicode.ToLower(r)
		if l, ok := uyghurLatin[lower]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
