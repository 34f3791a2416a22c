package idcard

import "github.com/tizim/tizim/divisions"

// firstIssue is the year the first identity numbers were issued (trial issue, 1984). A code that
// came into use long after both this year and the birth is unusual for a holder's number.
const firstIssue = 1984

// readAddress reads the six-character address code against the division table of the time the
// number was issued. That time is not in the number; the birth year stands for it, since a
// number is given at the first registration (at birth since 1984, at first issue for people
// born earlier) and is kept for life, through every later re-coding of the county.
func (n *Number) readAddress(code string) {
	year := n.BirthYear // 0 when masked
	if prov, ok := visible(code[:2]); ok {
		p, found := divisions.Lookup(code[:2] + "0000")
		if !found || p.Level != divisions.Province {
			n.problem("the address code begins with %02d, which is no province's code", prov)
			return
		}
		n.Province = p
	}
	if _, ok := visible(code[:4]); ok && code[2:4] != "00" {
		if p, found := at(code[:4]+"00", year); found && p.Level == divisions.Prefecture {
			n.Prefecture = p
		}
	}
	if _, ok := visible(code); !ok || n.Province.Code == "" {
		return
	}
	hist := divisions.History(code)
	if len(hist) == 0 {
		n.cityDistricts(code)
		return
	}
	n.CountyKnown = true
	n.County = hist[len(hist)-1]
	if year > 0 {
		n.countyAt(code, hist, year)
	}
	n.CountyCurrent = divisions.Current(code)
	if n.County.Level != divisions.County {
		n.note("the address code %s is that of %s as a whole, not of one county", code, n.County.Name)
	}
}

// countyAt picks the meaning the code had when the number was issued, and reports a code that
// was retired before the holder was born.
func (n *Number) countyAt(code string, hist []divisions.Division, year int) {
	if d, ok := divisions.LookupAt(code, year); ok {
		n.County = d
		if d.End != 0 && d.End < firstIssue {
			n.note("the address code %s was retired in %d, before the first numbers were issued (%d): unusual", code, d.End, firstIssue)
		}
		return
	}
	for _, d := range hist {
		if d.Start > year {
			n.County = d
			if d.Start > max(year+1, firstIssue+1) {
				n.note("the address code %s came into use in %d, %d years after the birth: a late first registration, or a made-up number", code, d.Start, d.Start-year)
			}
			return
		}
	}
	last := hist[len(hist)-1]
	n.problem("the address code %s (%s) was retired in %d, before the birth year %d", code, last.Name, last.End, year)
}

// cityDistricts accepts the codes ending in 01 that stood for all districts of a city (市辖区);
// the table lists counties and districts, not these, but numbers were issued with them.
func (n *Number) cityDistricts(code string) {
	if code[4:] != "01" || n.Prefecture.Code == "" {
		n.problem("the address code %s was never a division code (not in any list since 1980)", code)
		return
	}
	p := n.Prefecture
	n.County = divisions.Division{
		Code: code, Name: p.Name + "市辖区", Level: divisions.County, Parent: p.Code,
		Start: p.Start, End: p.End, Latin: p.Latin + " (city districts)", Pinyin: p.Pinyin + " Shixiaqu",
	}
	n.CountyKnown = true
	n.CountyCurrent = divisions.Current(p.Code)
	n.note("the address code %s stands for the city districts (市辖区) of %s", code, p.Name)
}

// at looks a code up in year, or its latest meaning when the year is unknown or out of range.
func at(code string, year int) (divisions.Division, bool) {
	if year > 0 {
		if d, ok := divisions.LookupAt(code, year); ok {
			return d, true
		}
	}
	return divisions.Lookup(code)
}
