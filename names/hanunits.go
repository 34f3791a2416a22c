package names

import (
	"strings"
	"sync"
)

// A run of Chinese characters that holds a given name and a father's name without the mark
// between them is cut where it parses as two names made of known units: names that stand alone
// (吐尔逊 Tursun), heads that open a compound (阿不都 Abdu-), and endings that close one (江 -jan,
// 别克 -bek). The units are read by sound, so that a homophone spelling (尼牙孜 for 尼亚孜) finds
// its unit too.

// unitRole says how a unit takes part in a name.
type unitRole uint8

const (
	unitStands        unitRole = 1 << iota // a name alone (吐尔逊 Tursun)
	unitOpens                              // opens a compound, and only that (阿不都 Abdu-)
	unitCloses                             // closes a compound after a name (江 -jan, 买买提 -memet)
	unitEndsAfterHead                      // a head that also closes a compound after a head (阿依|努尔 Aynur)
)

// hanUnit is one unit of the table: its roles, and what it costs to read it as a name alone
// when it also closes compounds (买买提 after a name is more often -memet than the father's Memet).
type hanUnit struct {
	role  unitRole
	id    int32 // which spelling, by sound: a unit does not follow itself (Memetmemet)
	alone float64
}

// hanUnitRows lists the units by role, in their common Chinese-character spellings, with
// variants. Sources: the attested pairs of /work/shared/reference/uyghur-names.md (买买提,
// 阿不都, 热合曼, 吐尔逊, 古丽, 艾力, 艾尔肯, 努尔, 玉素甫, 伊力哈木, 托合提, 达吾提, 库尔班 …), the
// Wikipedia articles named beside the attested table (hanzi.go), and, as in testdata/
// uyghur_pairs.tsv's "practice" rows, common spellings of Uyghur, Kazakh and Kyrgyz given names
// in Chinese lists and press written from the author's knowledge of them (not copied from a
// document or from synth/). The compound elements are those of compound.go (Abdu-, Gül-, Nur-,
// Ay-, Dil-; -gül, -nur, -jan, -xan, -peri) with -bek, -axun, -nisa, -ay and -baqi, common
// endings of Turkic given names (Tursunbek, Ömerahun, Gülnisa, Tursunay, Abdulbaqi), and the
// names that also close compounds: -memet and -mehmut (Nurmemet in the reference; both
// Muhammad), -niyaz and -hajim.
var hanUnitRows = []struct {
	role  unitRole
	alone float64
	spell string
}{
	{unitOpens, 0, "阿不都 阿布都 阿卜杜 阿布杜 阿不力 阿布力 阿不 阿布 迪丽 迪力 买依 麦依"},
	{unitOpens | unitEndsAfterHead, 0, "努尔 奴尔"},
	{unitOpens | unitCloses, 0, "古丽 古力 阿依"},
	{unitCloses, 0, "江 姜 汗 罕 别克 拜克 阿洪 阿訇 尼沙 尼莎 娜尔 佩里 皮热 巴克 巴克依 巴吉"},
	{unitStands | unitCloses, 1, "买买提 麦麦提 买合木提 麦合木提"},
	// A run that ends with -niyaz is kept whole (托合提尼亚孜 Toxtiniyaz, and so 谢力甫尼亚孜 too): on
	// the generated corpus of TestHanRunCorpus cutting before it cut 127 more single names for
	// 5 more two-name runs cut right.
	{unitStands | unitCloses, 1, "尼亚孜 尼牙孜 尼雅孜 哈吉木 阿吉木"},
	// Men's names.
	{unitStands, 0, "艾力 阿力 阿里 吐尔逊 图尔荪 库尔班 库尔邦 玉素甫 玉苏甫 艾尔肯 伊力哈木 依力哈木 " +
		"托合提 土赫提 托乎提 达吾提 艾山 艾沙 艾散 玉山 司马义 斯马义 依斯马依力 伊斯马伊力 依不拉音 " +
		"伊布拉音 卡德尔 卡地尔 多里坤 热合曼 热依木 卡哈尔 肉孜 如孜 吐尔地 吐尔洪 吐尔贡 " +
		"艾买提 艾合买提 阿合买提 亚森 亚生 依明 伊明 伊敏 斯拉木 伊斯拉木 吾买尔 乌买尔 吾斯曼 " +
		"乌斯曼 奥斯曼 居马 朱马 萨比尔 沙比尔 帕尔哈提 帕尔哈特 艾克拜尔 艾尼瓦尔 安外尔 阿迪力 阿迪里 " +
		"米吉提 买买提明 麦麦提敏 买买提依明 卡米力 哈力克 哈力力 克力木 热西提 塔里甫 塔力甫 谢力甫 " +
		"谢里甫 加拉力丁 加拉里丁 斯拉吉丁 卡尤木 阿扎马提 尕帕尔 加帕尔 贾帕尔 米尔扎提 木拉提 迪力木拉提 " +
		"买合苏提 铁木尔 帖木尔 萨吾提 艾则孜 阿布拉 阿不拉 瓦依提 哈西木 木沙 穆萨 依沙 尤努斯 玉努斯 " +
		"热扎克 阿尤甫 巴拉提 艾米提 苏来曼 苏莱曼 肖开提 肖合热提 买尔旦 阿拉丁 艾克热木 那斯尔 纳斯尔 " +
		"萨拉木 外力 再依尼丁 哈克木 吾甫尔 乌甫尔 阿塔吾拉 哈吉 阿吉 伊力亚斯 依力亚斯 亚库普 亚库甫 " +
		"牙合甫 尼加提 卡斯木 喀斯木 艾海提 阿巴斯 赛买提 艾合坦木 哈米提 吾守尔 乌守尔 吾拉木 阿不来提 " +
		"阿布来提 阿卜来提 阿里木 阿力木 巴吾东 阿吾提 阿力甫 哈依拉提 艾拜都拉 苏力坦 苏里坦 波拉提 博拉提 沙拉木 拉提甫 海米提 艾尼 哈力木拉提 拜克热 拜克力",
	},
	// Kazakh and Kyrgyz men's names.
	{unitStands, 0, "叶尔兰 叶尔努尔 叶尔波力 叶尔博力 哈纳提 赛力克 塞力克 达尼亚尔 努尔兰 阿斯哈尔 阿斯卡尔 巴合提 加纳提"},
	// Women's names.
	{unitStands, 0, "热依拉 迪丽热巴 迪丽拉巴 热比娅 帕提曼 阿米娜 如克亚 热孜亚 帕丽达 麦尔耶姆 阿依夏木 " +
		"阿依仙木 再纳甫 迪娜拉 娜孜热 哈丽达 阿丽娅 阿娜尔 热依汗 热伊汗 吐尼沙 加米拉 祖力皮亚 " +
		"赛乃姆 乃菲莎 巴哈尔",
	},
	// Women's names that Chinese lists write with -gül (米热古丽 Mihrigül) more often than alone.
	{unitOpens, 0, "米热 米合日 祖热 巴哈 热汗"},
}

// hanUnitMax is the longest spelling of hanUnitRows, in characters.
const hanUnitMax = 6

var (
	hanUnitsOnce sync.Once
	hanUnits     map[string]hanUnit // by the pinyin of the spelling, space-separated
)

// unitBySound returns the unit spelled by syllables, if the table has one.
func unitBySound(syl []string) (hanUnit, bool) {
	hanUnitsOnce.Do(func() {
		hanUnits = map[string]hanUnit{}
		for _, row := range hanUnitRows {
			for _, sp := range strings.Fields(row.spell) {
				var syl []string
				for _, r := range sp {
					syl = append(syl, firstReading(r))
				}
				k := strings.Join(syl, " ")
				u, ok := hanUnits[k]
				if !ok {
					u.id = int32(len(hanUnits))
				}
				u.role |= row.role
				u.alone = max(u.alone, row.alone)
				hanUnits[k] = u
			}
		}
	})
	var buf [64]byte
	k := buf[:0]
	for i, s := range syl {
		if i > 0 {
			k = append(k, ' ')
		}
		k = append(k, s...)
	}
	u, ok := hanUnits[string(k)] // no allocation: the compiler looks up the bytes
	return u, ok
}
