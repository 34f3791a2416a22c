package ingest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tizim/tizim/divisions"
)

// homeCode returns the county code of a home place when the divisions table knows exactly one
// county by that name (preferring counties in use). A full address is read part by part from
// the most specific end: "新疆喀什地区莎车县阿热勒乡" tries 阿热勒乡, 莎车县, 喀什地区, …, and
// "Yarkand County, Kashgar" tries its comma-separated parts. Lists repeat the same few
// hundred places, so answers are cached.
func (b *builder) homeCode(place string) string {
	if place == "" || len(place) > 200 {
		return ""
	}
	if code, ok := b.homes[place]; ok {
		return code
	}
	code := countyCode(place)
	if code == "" {
		parts := addressParts(place)
		for i := len(parts) - 1; i >= 0 && code == ""; i-- {
			if parts[i] != place {
				code = countyCode(parts[i])
			}
		}
	}
	if len(b.homes) < maxCached {
		b.homes[strings.Clone(place)] = code
	}
	return code
}

// countyCode returns the code of the one county named name, or "".
func countyCode(name string) string {
	var counties []divisions.Division
	for _, d := range divisions.Find(name) {
		if d.Level == divisions.County {
			counties = append(counties, d)
		}
	}
	// A retired county of the same name (Aksu County, until 1983) does not make a current
	// one (Aksu City) ambiguous.
	if inUse := slices.DeleteFunc(slices.Clone(counties), func(d divisions.Division) bool { return !d.InUse() }); len(inUse) > 0 {
		counties = inUse
	}
	code := ""
	for _, d := range counties {
		if code != "" && d.Code != code {
			return ""
		}
		code = d.Code
	}
	return code
}

// addressEnds are the characters that end a division's name in a Chinese address (province,
// region, prefecture, city, county, district, league, banner). Source: GB/T 2260 naming.
const addressEnds = "省区州市县盟旗"

// addressParts cuts an address into the names it is made of: Chinese after each character of
// addressEnds, other scripts at commas, semicolons and slashes.
func addressParts(s string) []string {
	var parts []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;/，、；", r) }) {
		start := 0
		for i, r := range p {
			if strings.ContainsRune(addressEnds, r) {
				parts = append(parts, strings.TrimSpace(p[start:i+len(string(r))]))
				start = i + len(string(r))
			}
		}
		if rest := strings.TrimFunc(p[start:], unicode.IsSpace); rest != "" {
			parts = append(parts, rest)
		}
	}
	return parts
}
