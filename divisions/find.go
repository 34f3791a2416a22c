package divisions

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Match strength of an index key, strongest first.
const (
	matchFull = iota // the whole name (莎车县, shachexian) or a usual Latin name (Yarkand)
	matchStem        // the name without generic words (莎车, shache)
)

// latinGenerics are the generic words people add to Latin names ("Yarkand County", "Hotan
// Prefecture"), with the level they point to and the Chinese word they translate (so "Hotan
// County" puts 和田县 before 和田市). Longest first; the pinyin forms (xian, diqu) are also
// covered by the full-name keys. Source: English Wikipedia article titles of PRC divisions.
var latinGenerics = []generic{
	{"autonomousprefecture", Prefecture, "自治州"}, {"autonomouscounty", County, "自治县"},
	{"autonomousregion", Province, "自治区"}, {"prefecture", Prefecture, "地区"},
	{"province", Province, "省"}, {"district", County, "区"}, {"county", County, "县"},
	{"region", Prefecture, "地区"}, {"city", "", "市"}, {"diqu", Prefecture, "地区"},
	{"xian", County, "县"}, {"shi", "", "市"},
}

// generic is a Latin generic word, the level it names and its Chinese counterpart.
type generic struct{ word, level, han string }

// latinEthnic are the English names of nationalities that stand between a place name and
// "Autonomous County/Prefecture" (Ili Kazakh Autonomous Prefecture). Source: English Wikipedia
// titles of the autonomous divisions of Xinjiang and neighbouring provinces.
var latinEthnic = []string{
	"mongol", "mongolian", "kazakh", "kyrgyz", "kirghiz", "hui", "xibe", "sibe", "tajik",
	"uyghur", "uygur", "tibetan", "zhuang", "miao", "yi", "dongxiang", "salar", "bonan", "tu",
}

// key normalises a name for matching: compatibility forms folded (full-width letters), lower
// case, diacritics removed (Ürümqi → urumqi), and everything but letters and digits dropped
// (spaces, hyphens, apostrophes, middle dots).
func key(s string) string {
	if !norm.NFKD.IsNormalString(s) {
		s = norm.NFKD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// keyed is one index entry: a division reached by a key of some strength.
type keyed struct {
	d     *Division
	match int
}

// index fills in the Latin names and builds the name index.
func (t *table) index() {
	t.byKey = map[string][]keyed{}
	add := func(k string, d *Division, match int) {
		if k == "" {
			return
		}
		for i, e := range t.byKey[k] {
			if e.d == d {
				t.byKey[k][i].match = min(e.match, match)
				return
			}
		}
		t.byKey[k] = append(t.byKey[k], keyed{d, match})
	}
	for _, d := range t.rows {
		stem, _ := splitName(d.Name)
		var pyStem string
		d.Pinyin, pyStem = pinyinName(d.Name, genericSuffixes)
		d.Latin = d.Pinyin
		if names, ok := xinjiangNames[stem]; ok && d.Code[:2] == "65" {
			d.Latin, d.Aliases = names[0], names[1:]
		}
		py := strings.ReplaceAll(d.Pinyin, " ", "")
		add(key(d.Name), d, matchFull)
		add(key(py), d, matchFull)
		add(key(strings.ReplaceAll(py, "ü", "v")), d, matchFull) // lv for lü, as typed
		add(key(stem), d, matchStem)
		add(key(pyStem), d, matchStem)
		add(key(strings.ReplaceAll(pyStem, "ü", "v")), d, matchStem)
		add(key(d.Latin), d, matchFull)
		for _, a := range d.Aliases {
			add(key(a), d, matchFull)
		}
	}
}

// Find returns the divisions whose name is s: Chinese with or without the generic words (喀什,
// 喀什市, 喀什地区), pinyin (Kashi, kashishi), a usual Latin name (Kashgar, Qeshqer) or a Uyghur
// name in Arabic or Cyrillic script (قەشقەر, Қәшқәр), case,
// diacritics, spaces and hyphens ignored; "Yarkand County" and "Hotan Prefecture" work too, and
// so do addresses that name the province and prefecture first (新疆喀什地区莎车县, 新疆喀什莎车,
// "Yarkand, Kashgar, Xinjiang"), where the later names must lie inside the earlier ones. A
// six-digit code gives its meanings, latest last, as History does.
// Results come in order of how well they fit: the level the query names, the whole name before
// the stem, divisions in use before retired ones, counties before prefectures, then by code.
func Find(s string) []Division {
	if len(s) > 200 {
		return nil
	}
	t := load()
	if code := strings.TrimSpace(s); isCode(code) {
		return History(code) // a code given where a name was expected
	}
	s = toLatin(toSimplified(s)) // Uyghur script meets the ULY names, 烏魯木齊 meets 乌鲁木齐
	hits, g := t.byName(key(s))
	if len(hits) == 0 {
		hits = t.address(s)
	}
	hits = slices.Clone(hits)
	slices.SortStableFunc(hits, func(a, b keyed) int {
		return cmp.Or(
			boolOrder(a.d.Level == g.level, b.d.Level == g.level),
			boolOrder(g.han != "" && strings.HasSuffix(a.d.Name, g.han), g.han != "" && strings.HasSuffix(b.d.Name, g.han)),
			cmp.Compare(a.match, b.match),
			boolOrder(a.d.InUse(), b.d.InUse()),
			cmp.Compare(levelRank[a.d.Level], levelRank[b.d.Level]),
			cmp.Compare(a.d.Code, b.d.Code),
			cmp.Compare(a.d.Start, b.d.Start),
		)
	})
	out := make([]Division, len(hits))
	for i, h := range hits {
		out[i] = h.d.clone()
	}
	return out
}

// byName looks a normalised name up, then without a Latin generic word ("Yarkand County") and
// a nationality ("Ili Kazakh Autonomous Prefecture"); g is the generic word that was cut.
func (t *table) byName(k string) (hits []keyed, g generic) {
	if hits = t.byKey[k]; len(hits) > 0 {
		return hits, generic{}
	}
	for _, g := range latinGenerics {
		rest, ok := strings.CutSuffix(k, g.word)
		if !ok || rest == "" {
			continue
		}
		if hits = t.byKey[rest]; len(hits) > 0 {
			return hits, g
		}
		for _, e := range latinEthnic {
			if stem, ok := strings.CutSuffix(rest, e); ok && stem != "" {
				if hits = t.byKey[stem]; len(hits) > 0 {
					return hits, g
				}
			}
		}
	}
	return nil, generic{}
}

var levelRank = map[string]int{County: 0, Prefecture: 1, Province: 2}

// boolOrder sorts true before false.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
