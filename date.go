package tizim

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a date is known.
type Precision uint8

// Precisions, from none to a full day.
const (
	NoDate Precision = iota
	YearPrecision
	MonthPrecision
	DayPrecision
)

// PartialDate is a date at its real precision: a year, a month or a day, possibly approximate
// or uncertain, or a range of two such dates. It is written in the Library of Congress Extended
// Date/Time Format (EDTF): 2017, 2017-05, 2017-05-14, 2017~, 2017?, 2017/2018.
//
// The zero value is an unknown date.
type PartialDate struct {
	Year, Month, Day int  // Month and Day are 0 when not known
	Approximate      bool // EDTF "~": about this date
	Uncertain        bool // EDTF "?": the source is not sure
	// End, when not nil, makes the date a range from this date to End (EDTF "a/b").
	End *PartialDate
}

// Precision returns how much of the (first) date is known.
func (d PartialDate) Precision() Precision {
	switch {
	case d.Year == 0:
		return NoDate
	case d.Month == 0:
		return YearPrecision
	case d.Day == 0:
		return MonthPrecision
	}
	return DayPrecision
}

// IsZero reports whether the date is unknown.
func (d PartialDate) IsZero() bool { return d.Year == 0 && d.End == nil }

// String writes the date in EDTF; an unknown date is "".
func (d PartialDate) String() string {
	s := d.point()
	if d.End != nil {
		return s + "/" + d.End.point()
	}
	return s
}

func (d PartialDate) point() string {
	var s string
	switch d.Precision() {
	case NoDate:
		return ""
	case YearPrecision:
		s = fmt.Sprintf("%04d", d.Year)
	case MonthPrecision:
		s = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		s = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	switch {
	case d.Approximate && d.Uncertain:
		s += "%"
	case d.Approximate:
		s += "~"
	case d.Uncertain:
		s += "?"
	}
	return s
}

// Bounds returns the first and last day the date may stand for; an approximate year widens by
// one year each side. ok is false for an unknown date.
func (d PartialDate) Bounds() (first, last time.Time, ok bool) {
	if d.Precision() == NoDate {
		return first, last, false
	}
	first, last = d.pointBounds()
	if d.End != nil && d.End.Precision() != NoDate {
		_, last = d.End.pointBounds()
	}
	return first, last, true
}

func (d PartialDate) pointBounds() (time.Time, time.Time) {
	var first, last time.Time
	switch d.Precision() {
	case YearPrecision:
		first = date(d.Year, 1, 1)
		last = date(d.Year, 12, 31)
	case MonthPrecision:
		first = date(d.Year, d.Month, 1)
		last = first.AddDate(0, 1, -1)
	default:
		first = date(d.Year, d.Month, d.Day)
		last = first
	}
	if d.Approximate {
		first, last = first.AddDate(-1, 0, 0), last.AddDate(1, 0, 0)
	}
	return first, last
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// Compatible reports whether two dates can stand for the same day at their precision: 1984
// agrees with 1984-01-26, 1984-02 does not. Unknown dates are compatible with everything.
func (d PartialDate) Compatible(o PartialDate) bool {
	a1, a2, ok1 := d.Bounds()
	b1, b2, ok2 := o.Bounds()
	if !ok1 || !ok2 {
		return true
	}
	return !a2.Before(b1) && !b2.Before(a1)
}

// Before reports whether d certainly ends before o begins.
func (d PartialDate) Before(o PartialDate) bool {
	_, a2, ok1 := d.Bounds()
	b1, _, ok2 := o.Bounds()
	return ok1 && ok2 && a2.Before(b1)
}

// Time returns the first day the date may stand for, or the zero time.
func (d PartialDate) Time() time.Time {
	t, _, _ := d.Bounds()
	return t
}

// ParseEDTF reads a date written in EDTF (level 0 and the ~ ? % qualifiers of level 1).
func ParseEDTF(s string) (PartialDate, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return PartialDate{}, nil
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		start, err := parsePoint(a)
		if err != nil {
			return PartialDate{}, err
		}
		end, err := parsePoint(b)
		if err != nil {
			return PartialDate{}, err
		}
		if end.Before(start) {
			return PartialDate{}, Errorf(EINVALID, "date range %q ends before it starts", s)
		}
		start.End = &end
		return start, nil
	}
	return parsePoint(s)
}

func parsePoint(s string) (PartialDate, error) {
	var d PartialDate
	switch {
	case strings.HasSuffix(s, "%"):
		d.Approximate, d.Uncertain = true, true
	case strings.HasSuffix(s, "~"):
		d.Approximate = true
	case strings.HasSuffix(s, "?"):
		d.Uncertain = true
	}
	body := strings.TrimRight(s, "%~?")
	parts := strings.Split(body, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return PartialDate{}, Errorf(EINVALID, "%q is not an EDTF date (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) || n < 0 {
			return PartialDate{}, Errorf(EINVALID, "%q is not an EDTF date (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		nums[i] = n
	}
	d.Year = nums[0]
	if len(nums) > 1 {
		d.Month = nums[1]
	}
	if len(nums) > 2 {
		d.Day = nums[2]
	}
	if err := d.check(); err != nil {
		return PartialDate{}, Errorf(EINVALID, "%q: %v", s, err)
	}
	return d, nil
}

// check verifies that the fields name a real year, month and day.
func (d PartialDate) check() error {
	if d.Year < 1 || d.Year > 9999 {
		return fmt.Errorf("year %d out of range", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return fmt.Errorf("month %d out of range", d.Month)
	}
	if d.Day != 0 {
		if d.Month == 0 {
			return fmt.Errorf("a day needs a month")
		}
		if d.Day < 1 || date(d.Year, d.Month, d.Day).Day() != d.Day {
			return fmt.Errorf("day %d does not exist in %04d-%02d", d.Day, d.Year, d.Month)
		}
	}
	return nil
}
