package divisions

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// genericSuffixes are the words for kinds of division that end a name, longest first so that
// 自治州 wins over 州. Source: the 名称 column of the table itself (GB/T 2260 naming).
var genericSuffixes = []string{
	"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "矿区",
	"省", "市", "县", "区", "盟", "旗",
}

// ethnicNames are the names of the nationalities as they appear inside the names of autonomous
// divisions (伊犁哈萨克自治州, 积石山保安族东乡族撒拉族自治县); they are stripped, with the suffix, to
// get the place's own name. Source: the 56 nationalities of the PRC (GB 3304-1991), in the
// short forms the division names use.
var ethnicNames = []string{
	"维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克", "塔塔尔", "俄罗斯", "锡伯", "蒙古", "回",
	"藏", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "傣", "黎",
	"傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "土", "达斡尔", "仫佬",
	"羌", "布朗", "撒拉", "毛南", "仡佬", "阿昌", "普米", "怒", "鄂温克", "德昂", "保安", "裕固",
	"京", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各族",
}

// placeReadings give the reading of characters whose everyday pinyin differs in place names
// (喀什 is Kashi, not Kashen), longest phrase first. go-pinyin reads one character at a time,
// so phrases that differ from these defaults are listed whole. Sources: the pinyin of these
// places in the Xiandai Hanyu Cidian and in GB/T 2260's romanised edition.
var placeReadings = []struct{ han, pinyin string }{
	{"长子", "zhang zi"}, {"六安", "lu an"}, {"六合", "lu he"}, {"蚌埠", "beng bu"},
	{"尉犁", "yu li"}, {"蔚县", "yu xian"}, {"乐亭", "lao ting"}, {"番禺", "pan yu"},
	{"铅山", "yan shan"}, {"洪洞", "hong tong"}, {"东阿", "dong e"}, {"涡阳", "guo yang"},
	{"犍为", "qian wei"}, {"枞阳", "zong yang"}, {"荥阳", "xing yang"}, {"荥经", "ying jing"},
	{"单县", "shan xian"}, {"牟平", "mu ping"}, {"会理", "hui li"}, {"会稽", "kuai ji"},
	{"会昌", "hui chang"}, {"会宁", "hui ning"}, {"会同", "hui tong"}, {"会东", "hui dong"},
	{"会泽", "hui ze"}, {"乐清", "yue qing"}, {"乐山", "le shan"}, {"大埔", "da bu"},
	{"黄埔", "huang pu"}, {"闵行", "min hang"}, {"莘县", "shen xian"}, {"莘庄", "xin zhuang"},
	{"阿", "a"}, {"什", "shi"}, {"伽", "jia"}, {"长", "chang"}, {"重", "chong"}, {"都", "du"},
	{"朝", "chao"}, {"厦", "xia"}, {"藏", "zang"}, {"曲", "qu"}, {"沈", "shen"}, {"解", "jie"},
	{"莎", "sha"}, {"和", "he"}, {"车", "che"}, {"台", "tai"}, {"番", "fan"}, {"喀", "ka"}, {"勒", "le"},
	{"亳", "bo"}, {"泌", "bi"}, {"筠", "jun"}, {"柏", "bai"}, {"乾", "qian"}, {"峇", "ba"},
}

// townshipSuffixes are the generic words that end township names (乡, 镇, 街道), from the
// names in data/townships_xinjiang.csv.
var townshipSuffixes = []string{"街道", "民族乡", "乡", "镇"}

// splitName cuts a Chinese name into its own part (莎车) and the generic words after it
// (县; 哈萨克, 自治州). The stem is the whole name if nothing generic is found or if stripping
// would leave less than one character.
func splitName(name string) (stem string, generic []string) {
	return splitWith(name, genericSuffixes)
}

// splitWith is splitName with a given list of suffixes. The names of nationalities are
// stripped before 自治… and 民族乡 (塔尔塔吉克民族乡 → 塔尔), and before 乡 when written with 族
// (东巴扎回族乡 → 东巴扎).
func splitWith(name string, suffixes []string) (stem string, generic []string) {
	stem = name
	for _, s := range suffixes {
		if rest, ok := strings.CutSuffix(stem, s); ok && rest != "" {
			stem, generic = rest, []string{s}
			break
		}
	}
	if len(generic) == 0 {
		return stem, generic
	}
	short := strings.HasPrefix(generic[0], "自治") || generic[0] == "民族乡"
	if !short && generic[0] != "乡" {
		return stem, generic
	}
	for stripped := true; stripped; {
		stripped = false
		for _, e := range ethnicNames {
			rest, ok := strings.CutSuffix(stem, e+"族")
			if !ok && short {
				rest, ok = strings.CutSuffix(stem, e)
			}
			if ok && len([]rune(rest)) >= 2 {
				generic = append([]string{strings.TrimPrefix(stem, rest)}, generic...)
				stem, stripped = rest, true
				break
			}
		}
	}
	return stem, generic
}

// syllables caches go-pinyin's reading of each character: the library applies regular
// expressions per call, and the table's 25,000 characters are only 3,000 distinct ones.
var syllables sync.Map // rune → string

// pinyinOf gives the toneless pinyin of Chinese text as one word (shache), using the place-name
// readings before go-pinyin's dictionary. Characters without a reading are dropped.
func pinyinOf(han string) string {
	var b strings.Builder
	for rest := han; rest != ""; {
		if after, py, ok := placeReading(rest); ok {
			b.WriteString(py)
			rest = after
			continue
		}
		r, size := firstRune(rest)
		rest = rest[size:]
		b.WriteString(syllable(r))
	}
	return b.String()
}

// placeReading matches the start of s against placeReadings.
func placeReading(s string) (rest, py string, ok bool) {
	for _, r := range placeReadings {
		if after, found := strings.CutPrefix(s, r.han); found {
			return after, strings.ReplaceAll(r.pinyin, " ", ""), true
		}
	}
	return s, "", false
}

func syllable(r rune) string {
	if py, ok := syllables.Load(r); ok {
		return py.(string)
	}
	py := ""
	if p := pinyin.SinglePinyin(r, pinyin.NewArgs()); len(p) > 0 {
		// go-pinyin writes ü as v in its toneless style; only ü has a v.
		py = strings.ReplaceAll(p[0], "v", "ü")
	}
	syllables.Store(r, py)
	return py
}

// pinyinName writes a whole name in pinyin with each part capitalised: 伊犁哈萨克自治州 →
// "Yili Hasake Zizhizhou". It also returns the pinyin of the stem as one word.
func pinyinName(name string, suffixes []string) (display, stem string) {
	st, generic := splitWith(name, suffixes)
	stem = pinyinOf(st)
	words := []string{title(stem)}
	for _, g := range generic {
		words = append(words, title(pinyinOf(g)))
	}
	return strings.Join(words, " "), stem
}

func title(s string) string {
	r, size := firstRune(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
