package names

import (
	"strings"
	"unicode/utf8"
)

// A Chinese document may write a person's names as one run of characters, without the middle
// dot between them (买买提吐尔逊 for Memet Tursun), and a Chinese name as family name and given
// name without a space (张伟). Parts cuts such a run into the names it holds, where known names
// and the elements of compound names show the cut (hanparse.go, hanunits.go) or a family name
// does, and keeps it whole where nothing does: the matcher reads adjacent parts as one anyway,
// so a missed cut costs less than a wrong one, which keeps a record's parts from meeting the
// parts of the person's other records.

// splitHanRun splits a run of Chinese characters written without separators into the two
// names it holds, or returns it whole (second ""). A run of two to four characters that is the
// whole name (alone), opens with one of the 100 commonest family names and is not a Uyghur
// name the unit table reads (苏莱曼江 Süleymanjan) is a Chinese name: family name and given name
// (张伟 → 张 伟), so that it meets Zhang Wei and Wei Zhang part by part. A longer run is cut
// where unitCut finds two names (买买提吐尔逊 → 买买提 吐尔逊, 卡尤木尼亚孜买买提 → 卡尤木
// 尼亚孜买买提). An attested name (吐尔逊) is never split.
func splitHanRun(tok string, alone bool) (first, second string) {
	if len(tok) < 6 || len(tok) > 3*2*hanUnitMax+6 || DetectScript(tok) != Han {
		return tok, ""
	}
	n := utf8.RuneCountInString(tok)
	if n < 4 && !alone {
		return tok, ""
	}
	parts := hanParts(tok)
	if len(parts) != 1 || len(parts[0].syllables) != n {
		return tok, ""
	}
	syl := parts[0].syllables
	if _, ok := attestedBySound[strings.Join(syl, " ")]; ok {
		return tok, ""
	}
	at := func(k int) (string, string) { // split after k characters
		i := 0
		for range k {
			_, size := utf8.DecodeRuneInString(tok[i:])
			i += size
		}
		return tok[:i], tok[i:]
	}
	if r, size := utf8.DecodeRuneInString(tok); alone && n <= 4 && strings.ContainsRune(chineseSurnames, r) {
		next, _ := utf8.DecodeRuneInString(tok[size:])
		if !strings.ContainsRune(neverOpens, next) && !strings.ContainsAny(tok[size:], transcribes) && !isOneName(syl) {
			return at(1)
		}
	}
	if r, size := utf8.DecodeRuneInString(tok); alone && n <= 3 && strings.ContainsRune(huiSurnames, r) &&
		!strings.ContainsFunc(tok[size:], func(c rune) bool { return !strings.ContainsRune(givenNameChars, c) }) {
		return at(1) // 哈志国 Ha Zhiguo, but 哈力克 is Xaliq
	}
	if n < 4 {
		return tok, ""
	}
	if k := unitCut(syl, alone); k > 0 {
		return at(k)
	}
	return tok, ""
}

// splitHanRuns applies splitHanRun to each space-separated token of s.
func splitHanRuns(s string) string {
	if isASCII(s) {
		return s
	}
	toks := strings.Split(s, " ")
	for i, t := range toks {
		if a, b := splitHanRun(t, len(toks) == 1); b != "" {
			toks[i] = a + " " + b
		}
	}
	return strings.Join(toks, " ")
}

// neverOpens are characters that close a syllable of a transcribed name and open no Chinese
// given name: after them a run is a transcription, not a family name and a given name (叶尔兰
// Erlan, 叶尔达斯 Erdos, not 叶 + 尔兰). Source: the reference's "Chinese-character forms" (Tursun
// → tu-er-xun: 尔 writes a closing r) and the Kazakh names of the synth tables.
const neverOpens = "尔"

// transcribes are characters that write the closing consonant or a Turkic syllable of a
// transcribed name and that Chinese given names do not use: a run with one after its first
// character is a transcription, not a family name and a given name (马木提 Mamut, 肖开提
// Shewket, 马合木提 Mehmut, not 马 + 木提). Source: the reference's "Chinese-character forms"
// (Memet → mai-mai-ti: 提 writes a closing t) and the synth tables' spellings (甫 -p in 玉素甫
// Yüsüp, 孜 -z in 肉孜 Rozi, 买 me- in 买买提, 吾 ö-/u- in 吾买尔 Ömer, 热 re- in 热合曼), and
// 尔 -r anywhere, 丁 -din, 皮 pi, 勒 -l and 别 bé (苏尔 in 贾苏尔 Jasur, 卡力丁 in 马卡力丁
// Makalidin, 苏皮 Supi, 肖勒潘 Cholpan, 江别克 Janbek).
const transcribes = "提甫孜买吾热尔丁皮勒别"

// chineseSurnames are the 100 most common family names of the PRC, from the Ministry of Public
// Security's 2020 national name report (二〇二〇年全国姓名报告). Characters Chinese uses to spell
// Uyghur names (阿 艾 买 吐 …) are not among them, except a few such as 马 and 苏, whose names the
// matcher rejoins by reading adjacent parts as one.
const chineseSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏" +
	"魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// huiSurnames are family names common among the Hui and rare among other Chinese, outside
// chineseSurnames (哈 纳 冶 沙 穆 海 撒 喇 妥 者 虎 米), and 洪, a family name just past the 100
// commonest. Source: the Hui family names that Chinese reference works list (such as the
// Chinese Wikipedia's article on the Hui, 回族), written from the author's knowledge of them.
// Many of them open Uyghur transcriptions too (哈力克 Xaliq, 米吉提 Mijit), so a run is cut
// after one only where every other character is one of givenNameChars.
const huiSurnames = "哈纳冶沙穆海撒喇妥者虎米洪"

// givenNameChars are characters common in Chinese given names and rare in transcriptions of
// Turkic names, written from the author's knowledge of Chinese names (not from a cited
// frequency list). 丽, 娜 and 明, common in both (古丽 -gül, 依明 Imin), are left out; 玉 and 海
// are kept, since the Uyghur names they open (玉素甫, 海热提) are longer than a given name here.
const givenNameChars = "伟芳秀英敏静强磊军洋勇艳杰娟涛超霞平刚桂兰红梅国建文志海成永福荣德学春金林云龙燕萍鹏辉" +
	"飞斌宇浩凯鑫俊晨婷雪琳华玉花山生忠宏亮波峰新民东清祥瑞庆贵发珍凤翠莲芬琴"
