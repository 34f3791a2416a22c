package resolve

import "github.com/tizim/tizim"

// Levels of agreement of two detention dates.
const (
	detainedExact  int8 = iota // the same day
	detainedMonth              // the same month, the coarser date giving the month
	detainedYear               // the same year, the coarser date giving only the year
	detainedNear               // apart, but within a season: a month misremembered
	detainedDiffer             // different
)

var detainedLevels = []string{"exact", "month", "year", "near", "different"}

// detainedNearDays is how far apart two detention dates may lie and still be near: a family
// that remembers "spring 2017" and a list that says 2017-06-02 tell of one arrest.
const detainedNearDays = 92

// compareDetained compares the dates of two records' first arrests at their precision, as
// compareDates does birth dates: 2017 agrees with 2017-04-12, at the year level. Namesakes of
// one county and birth year were seldom taken on the same day or in the same month, so the
// levels tell them apart where names, birth years and homes cannot.
func compareDetained(a, b span) int8 {
	if !a.known() || !b.known() {
		return -1
	}
	if a.first <= b.last && b.first <= a.last {
		switch min(a.prec, b.prec) {
		case tizim.DayPrecision:
			if !a.approx && !b.approx {
				return detainedExact
			}
		case tizim.MonthPrecision:
			if !a.approx && !b.approx {
				return detainedMonth
			}
		}
		return detainedYear
	}
	if a.first-detainedNearDays <= b.last && b.first-detainedNearDays <= a.last {
		return detainedNear
	}
	return detainedDiffer
}
