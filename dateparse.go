package tizim

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// ParseDate reads a date in the forms real lists use and keeps its precision: EDTF (1984,
// 1984-01, 1984-01-26, 1984~, 2017/2018), compact (19840126), Chinese (1984年1月26日, 1984年1月),
// European (26.01.1984, 26/01/1984), month names (14 May 2017, May 2017), approximate words
// (c. 1984, about 1984, spring 2017) and year ranges (2017-2018). An empty string is an unknown
// date; anything else that cannot be read is an EINVALID error.
func ParseDate(s string) (PartialDate, error) {
	s = foldDigits(strings.TrimSpace(s))
	if s == "" {
		return PartialDate{}, nil
	}
	if d, ok := fastDate(s); ok {
		if err := d.check(); err != nil {
			return PartialDate{}, Errorf(EINVALID, "cannot read %q as a date: %v", s, err)
		}
		return d, nil
	}
	if looksEDTF(s) {
		if d, err := ParseEDTF(s); err == nil {
			return d, nil
		}
	}
	approx := false
	lower := strings.ToLower(s)
	for _, p := range approxPrefixes {
		if strings.HasPrefix(lower, p) {
			approx = true
			lower = strings.TrimSpace(lower[len(p):])
			break
		}
	}
	for _, season := range seasons {
		if strings.HasPrefix(lower, season) {
			approx = true
			lower = strings.TrimSpace(lower[len(season):])
			break
		}
	}
	d, ok := parseLayouts(lower)
	if !ok {
		return PartialDate{}, Errorf(EINVALID, "cannot read %q as a date", s)
	}
	if err := d.check(); err != nil {
		return PartialDate{}, Errorf(EINVALID, "cannot read %q as a date: %v", s, err)
	}
	if d.End != nil {
		if err := d.End.check(); err != nil || d.End.Before(d) {
			return PartialDate{}, Errorf(EINVALID, "cannot read %q as a date range", s)
		}
	}
	d.Approximate = d.Approximate || approx
	return d, nil
}

// approxPrefixes are the words that make a date approximate (English, Russian, Chinese).
var approxPrefixes = []string{"circa", "c.", "ca.", "ca ", "about", "around", "approx.", "approximately", "~", "около", "примерно", "约", "大约"}

var seasons = []string{"spring", "summer", "autumn", "fall", "winter", "early", "mid", "late"}

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}

var (
	reCompact  = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	reChinese  = regexp.MustCompile(`^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?$`)
	reYMD      = regexp.MustCompile(`^(\d{4})[./\-](\d{1,2})(?:[./\-](\d{1,2}))?$`)
	reDMY      = regexp.MustCompile(`^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$`)
	reMY       = regexp.MustCompile(`^(\d{1,2})[./](\d{4})$`)
	reYearSpan = regexp.MustCompile(`^(\d{4})\s*(?:-|–|to|—|~|至)\s*(\d{4})$`)
	reNamed    = regexp.MustCompile(`^(?:(\d{1,2})\s+)?([\p{L}]+)\.?,?\s+(\d{4})$`)
	reNamedUS  = regexp.MustCompile(`^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$`)
	reYearQ    = regexp.MustCompile(`^(\d{4})\s*(\?|s)?$`)
)

func parseLayouts(s string) (PartialDate, bool) {
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if m := reCompact.FindStringSubmatch(s); m != nil {
		return PartialDate{Year: atoi(m[1]), Month: atoi(m[2]), Day: atoi(m[3])}, true
	}
	if m := reChinese.FindStringSubmatch(s); m != nil {
		return PartialDate{Year: atoi(m[1]), Month: atoi(m[2]), Day: atoi(m[3])}, true
	}
	if m := reYMD.FindStringSubmatch(s); m != nil {
		return PartialDate{Year: atoi(m[1]), Month: atoi(m[2]), Day: atoi(m[3])}, true
	}
	if m := reDMY.FindStringSubmatch(s); m != nil {
		day, month := atoi(m[1]), atoi(m[2])
		if month > 12 && day <= 12 { // month/day/year, as US lists write it
			day, month = month, day
		}
		return PartialDate{Year: atoi(m[3]), Month: month, Day: day}, true
	}
	if m := reMY.FindStringSubmatch(s); m != nil {
		return PartialDate{Year: atoi(m[2]), Month: atoi(m[1])}, true
	}
	if m := reYearSpan.FindStringSubmatch(s); m != nil {
		end := PartialDate{Year: atoi(m[2])}
		return PartialDate{Year: atoi(m[1]), End: &end}, true
	}
	if m := reYearQ.FindStringSubmatch(s); m != nil {
		d := PartialDate{Year: atoi(m[1])}
		if m[2] == "s" { // "1980s"
			end := PartialDate{Year: d.Year + 9}
			d.End = &end
		}
		d.Uncertain = m[2] == "?"
		return d, true
	}
	if m := reNamed.FindStringSubmatch(s); m != nil {
		if mon, ok := monthNumber(m[2]); ok {
			return PartialDate{Year: atoi(m[3]), Month: mon, Day: atoi(m[1])}, true
		}
	}
	if m := reNamedUS.FindStringSubmatch(s); m != nil {
		if mon, ok := monthNumber(m[1]); ok {
			return PartialDate{Year: atoi(m[3]), Month: mon, Day: atoi(m[2])}, true
		}
	}
	return PartialDate{}, false
}

func monthNumber(name string) (int, bool) {
	r := []rune(strings.ToLower(name))
	if len(r) < 3 {
		return 0, false
	}
	n, ok := months[string(r[:3])]
	return n, ok
}

// looksEDTF reports whether s has only the characters EDTF dates are made of, so that other
// layouts do not pay for a failed EDTF parse.
func looksEDTF(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '-', c == '/', c == '~', c == '?', c == '%':
		default:
			return false
		}
	}
	return true
}

// foldDigits turns full-width and Arabic-Indic digits into ASCII digits.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) && r > 0x7f {
			switch {
			case r >= '０' && r <= '９':
				return '0' + (r - '０')
			case r >= '٠' && r <= '٩':
				return '0' + (r - '٠')
			case r >= '۰' && r <= '۹':
				return '0' + (r - '۰')
			}
		}
		return r
	}, s)
}
