package idcard

import "time"

// readBirth reads the eight birth-date characters (YYYYMMDD), as far as they are visible, and
// reports dates that cannot be a holder's: impossible months and days, days past the end of
// the month, dates after today, and years before earliestBirth.
func (n *Number) readBirth(s string, today time.Time) {
	y, yok := visible(s[:4])
	m, mok := visible(s[4:6])
	d, dok := visible(s[6:8])
	bad := false
	if yok {
		n.BirthYear = y
		switch {
		case y < earliestBirth:
			n.problem("the birth year %d is before %d", y, earliestBirth)
			bad = true
		case y > today.Year():
			n.problem("the birth year %d is in the future", y)
			bad = true
		}
	}
	if mok {
		if m < 1 || m > 12 {
			n.problem("the birth month %02d does not exist", m)
			bad = true
		} else {
			n.BirthMonth = m
		}
	}
	if dok {
		if d < 1 || d > 31 {
			n.problem("the birth day %02d does not exist", d)
			bad = true
		} else {
			n.BirthDay = d
		}
	}
	if bad || !mok || !dok {
		return
	}
	year := y
	if !yok {
		year = 2000 // a leap year: 29 February may exist, 30 February never does
	}
	t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		if yok {
			n.problem("the birth date %04d-%02d-%02d does not exist", y, m, d)
		} else {
			n.problem("the birth date ****-%02d-%02d does not exist", m, d)
		}
		n.BirthDay = 0
		return
	}
	if !yok {
		return
	}
	if t.After(today) {
		n.problem("the birth date %s is in the future", t.Format(time.DateOnly))
		return
	}
	n.Birth = t
}
