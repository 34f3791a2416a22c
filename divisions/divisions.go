// Package divisions knows the administrative divisions of the People's Republic of China
// (provinces, prefectures, counties) as they were in every year since 1980, not only as they are
// now. PRC identity numbers, police lists and testimonies name a person's home county by the code
// or name it had at the time, and codes are retired, renamed and re-used (Turpan's 6521xx codes
// were retired in 2015, Hami's 6522xx in 2016). So every code here carries the years it was in
// use and the codes that took its place, and names can be looked up in Chinese, in pinyin, or by
// the Uyghur and English names people outside China use (Kashgar, Ghulja, Khotan).
//
// The county table is embedded from a derived copy of yescallop/areacodes (CC0), and Xinjiang's
// townships (2023 codes only) from modood/Administrative-divisions-of-China (WTFPL); see
// data/README.md.
package divisions

import (
	"cmp"
	"slices"
)

// Levels of a division.
const (
	Province   = "province"   // 省级: province, autonomous region, municipality
	Prefecture = "prefecture" // 地级: prefecture, prefecture-level city, autonomous prefecture, league
	County     = "county"     // 县级: county, county-level city, district, banner
)

// Division is one administrative division during the years its code had this meaning.
// A code that was renamed or re-used has one Division per meaning.
type Division struct {
	Code  string // six-digit GB/T 2260 code
	Name  string // Chinese name, e.g. 莎车县
	Level string // Province, Prefecture or County
	// Parent is the code of the prefecture (or, where there is none, the province) the division
	// belonged to; "" for a province.
	Parent string
	// Start is the first year the code appears in the yearly lists; End is the first year it no
	// longer does (0 = in use). Lists are as of 31 December, so a change happened during End.
	Start, End int
	// Successors are the codes that covered the area when this one ended (empty while in use).
	Successors []string
	// Latin is the usual Latin-script name: the Uyghur or English name for Xinjiang places
	// (Yarkand), else the pinyin (Shache Xian).
	Latin string
	// Pinyin is the toneless pinyin of Name, stem first and generic parts as separate words.
	Pinyin string
	// Aliases are other Latin-script names in use (Yeken, Shache), without the pinyin.
	Aliases []string
}

// InUse reports whether the code still has this meaning today.
func (d Division) InUse() bool { return d.End == 0 }

// inYear reports whether d was in the list as of 31 December of year. Years before the first
// list count as covered by the codes of the first list.
func (d Division) inYear(year int) bool {
	return (d.Start <= year || d.Start == FirstYear) && (d.End == 0 || year < d.End)
}

// Lookup returns the latest meaning of a code that was ever in use.
func Lookup(code string) (Division, bool) {
	rows := load().byCode[code]
	if len(rows) == 0 {
		return Division{}, false
	}
	return rows[len(rows)-1].clone(), true
}

// History returns every meaning a code has had, oldest first; nil for a code never used.
func History(code string) []Division {
	rows := load().byCode[code]
	if len(rows) == 0 {
		return nil
	}
	out := make([]Division, len(rows))
	for i, d := range rows {
		out[i] = d.clone()
	}
	return out
}

// LookupAt returns the meaning code had in year, and whether it was in use in that year at all.
// A code retired during year (End == year) still counts, since people carried it that year.
func LookupAt(code string, year int) (Division, bool) {
	d, ok := lookupAt(code, year)
	if !ok {
		return Division{}, false
	}
	return d.clone(), true
}

func lookupAt(code string, year int) (*Division, bool) {
	rows := load().byCode[code]
	for _, d := range rows {
		if d.inYear(year) {
			return d, true
		}
	}
	for _, d := range rows {
		if d.End == year {
			return d, true
		}
	}
	return nil, false
}

// Current follows a code through every re-coding to the divisions that cover its area today.
// A code in use today gives itself; a split gives several; an unknown code gives nil.
func Current(code string) []Division {
	t := load()
	rows := t.byCode[code]
	if len(rows) == 0 {
		return nil
	}
	if last := rows[len(rows)-1]; last.InUse() {
		return []Division{last.clone()}
	}
	var out []Division
	seen := map[*Division]bool{}
	for _, d := range t.current(rows[len(rows)-1], seen) {
		if !slices.ContainsFunc(out, func(o Division) bool { return o.Code == d.Code }) {
			out = append(out, d.clone())
		}
	}
	slices.SortFunc(out, func(a, b Division) int { return cmp.Compare(a.Code, b.Code) })
	return out
}

// Xinjiang returns every county-level division of Xinjiang (codes 65xxxx) that was in use at
// some time since 1980, in code order, each meaning once.
func Xinjiang() []Division {
	var out []Division
	for _, d := range load().rows {
		if d.Level == County && d.Code[:2] == "65" {
			out = append(out, d.clone())
		}
	}
	return out
}

func (d *Division) clone() Division {
	c := *d
	c.Successors = slices.Clone(d.Successors)
	c.Aliases = slices.Clone(d.Aliases)
	return c
}
