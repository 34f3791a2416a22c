package synth

import (
	"hash/fnv"
	"strings"

	"github.com/tizim/tizim/divisions"
	"github.com/tizim/tizim/names"
)

// The years for which a county knows the code it had: identity numbers were first issued in
// 1984, and lastYear is past the last list the generator writes.
const (
	firstIssueYear = 1984
	lastYear       = 2025
)

// county is a county-level division of Xinjiang in use today, as a home: its names in each
// script, an approximate centre, and the address code it had in each year (Turpan's Gaochang
// district 650402 was 652101 until 2015).
type county struct {
	d      divisions.Division
	prefZh string // the prefecture's Chinese name, as police lists prefix it
	prefix string // first four digits of the code: the prefecture
	// latin is the place as people outside China name it: the county's Uyghur or English name,
	// or, for a county known only by its pinyin (Tianshan Qu), its city or prefecture (Ürümqi);
	// arabic and cyr are latin in Uyghur Arabic script and Cyrillic.
	latin    string
	arabic   string
	cyr      string
	lat, lon float64
	codes    [lastYear - firstIssueYear + 1]string // "" where no code covered the area that year
}

// codeAt returns the address code the county's area had in year, clamped to the known years.
func (c *county) codeAt(year int) string {
	year = min(max(year, firstIssueYear), lastYear)
	return c.codes[year-firstIssueYear]
}

// firstYear returns the first year from which the county's area had a code.
func (c *county) firstYear() int {
	for i, code := range c.codes {
		if code != "" {
			return firstIssueYear + i
		}
	}
	return lastYear
}

// prefectureCentres are the approximate coordinates of each prefecture's seat (latitude,
// longitude), from the Wikipedia articles of the seat cities. Counties and facilities are
// placed around them; the generated locations are inside the right region, not real places.
var prefectureCentres = map[string][2]float64{
	"6501": {43.83, 87.62}, "6502": {45.58, 84.89}, "6504": {42.95, 89.19}, "6505": {42.83, 93.51},
	"6523": {44.01, 87.31}, "6527": {44.90, 82.07}, "6528": {41.76, 86.15}, "6529": {41.17, 80.26},
	"6530": {39.71, 76.17}, "6531": {39.47, 75.99}, "6532": {37.11, 79.93}, "6540": {43.91, 81.32},
	"6542": {46.75, 82.98}, "6543": {47.84, 88.14}, "6590": {44.30, 86.04},
}

// loadCounties returns the county-level divisions of Xinjiang in use today, in code order, with
// the codes each one's area had since 1984 (from divisions: a retired code counts for the areas
// it was succeeded by).
func loadCounties() []*county {
	all := divisions.Xinjiang()
	ancestors := map[string][]string{} // code in use today → older codes covering it
	for _, d := range all {
		if d.InUse() {
			continue
		}
		for _, cur := range divisions.Current(d.Code) {
			if !contains(ancestors[cur.Code], d.Code) {
				ancestors[cur.Code] = append(ancestors[cur.Code], d.Code)
			}
		}
	}
	var out []*county
	for _, d := range all {
		if !d.InUse() || strings.HasSuffix(d.Code, "00") {
			continue
		}
		centre, ok := prefectureCentres[d.Code[:4]]
		if !ok {
			continue
		}
		c := &county{d: d, prefix: d.Code[:4], latin: d.Latin}
		if p, ok := divisions.Lookup(d.Parent); ok && d.Parent != "" && d.Parent != "650000" {
			c.prefZh = p.Name
			if d.Latin == d.Pinyin && p.Latin != p.Pinyin {
				c.latin = p.Latin
			}
		}
		c.arabic = names.ToArabic(c.latin)
		c.cyr = names.ToCyrillic(c.latin)
		h := fnv.New32a()
		h.Write([]byte(d.Code))
		v := h.Sum32()
		// float64() around each product rounds it, so that no platform fuses it with the sum
		// (Go allows fused multiply-add) and the coordinates are the same everywhere.
		c.lat = centre[0] + float64((float64(v%1000)/1000-0.5)*1.0)
		c.lon = centre[1] + float64((float64(v/1000%1000)/1000-0.5)*1.4)
		for y := firstIssueYear; y <= lastYear; y++ {
			for _, code := range append([]string{d.Code}, ancestors[d.Code]...) {
				if _, ok := divisions.LookupAt(code, y); ok {
					c.codes[y-firstIssueYear] = code
					break
				}
			}
		}
		out = append(out, c)
	}
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
