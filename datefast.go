package tizim

// fastDate reads the layouts that make up nearly every date in real lists without regular
// expressions or allocation: 1984, 1984-01, 1984-01-26, 19840126, 26.01.1984, 1984年1月26日 and
// 1984年1月. It reports false for anything else, which ParseDate then reads the slow way; it
// does not check that the day exists (the caller does).
func fastDate(s string) (PartialDate, bool) {
	num := func(s string) (int, bool) {
		if len(s) == 0 || len(s) > 4 {
			return 0, false
		}
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	switch {
	case len(s) == 4:
		y, ok := num(s)
		return PartialDate{Year: y}, ok
	case len(s) == 7 && s[4] == '-':
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:])
		return PartialDate{Year: y, Month: m}, ok1 && ok2
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:7])
		d, ok3 := num(s[8:])
		return PartialDate{Year: y, Month: m, Day: d}, ok1 && ok2 && ok3
	case len(s) == 8:
		y, ok1 := num(s[:4])
		m, ok2 := num(s[4:6])
		d, ok3 := num(s[6:])
		return PartialDate{Year: y, Month: m, Day: d}, ok1 && ok2 && ok3
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		d, ok1 := num(s[:2])
		m, ok2 := num(s[3:5])
		y, ok3 := num(s[6:])
		return PartialDate{Year: y, Month: m, Day: d}, ok1 && ok2 && ok3 && m <= 12
	}
	return chineseDate(s, num)
}

// chineseDate reads 1984年1月26日 and 1984年1月 (年 月 日 are three bytes each in UTF-8).
func chineseDate(s string, num func(string) (int, bool)) (PartialDate, bool) {
	const nian, yue, ri = "年", "月", "日"
	// field reads one or two digits followed by unit and returns the number and the rest.
	field := func(s, unit string) (int, string, bool) {
		i := 0
		for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		n, ok := num(s[:i])
		if !ok || len(s) < i+len(unit) || s[i:i+len(unit)] != unit {
			return 0, "", false
		}
		return n, s[i+len(unit):], true
	}
	if len(s) < 4+len(nian) || s[4:4+len(nian)] != nian {
		return PartialDate{}, false
	}
	y, ok := num(s[:4])
	rest := s[4+len(nian):]
	if !ok || rest == "" {
		return PartialDate{Year: y}, ok
	}
	m, rest, ok := field(rest, yue)
	if !ok {
		return PartialDate{}, false
	}
	if rest == "" {
		return PartialDate{Year: y, Month: m}, true
	}
	d, rest, ok := field(rest, ri)
	return PartialDate{Year: y, Month: m, Day: d}, ok && rest == ""
}
