package resolve

import (
	"testing"

	"github.com/tizim/tizim"
)

// TestCompareDates checks the level two birth dates agree at: a year agrees with any day in it,
// and "about" a year agrees with the years either side only at a level of its own.
func TestCompareDates(t *testing.T) {
	day := func(y, m, d int) tizim.PartialDate { return tizim.PartialDate{Year: y, Month: m, Day: d} }
	year := func(y int) tizim.PartialDate { return tizim.PartialDate{Year: y} }
	about := func(y int) tizim.PartialDate { return tizim.PartialDate{Year: y, Approximate: true} }
	cases := []struct {
		name string
		a, b tizim.PartialDate
		want int8
	}{
		{"one day", day(1974, 5, 3), day(1974, 5, 3), birthExact},
		{"a year and a day in it", year(1974), day(1974, 5, 3), birthCompat},
		{"about a year and a day in it", about(1974), day(1974, 5, 3), birthCompat},
		{"about the same year", about(1974), about(1974), birthCompat},
		{"about a year and the next", about(1974), day(1975, 1, 9), birthApprox},
		{"about two years apart", about(1974), about(1976), birthApprox},
		{"a range and a year in it", tizim.PartialDate{Year: 1970, End: &tizim.PartialDate{Year: 1975}}, year(1973), birthCompat},
		{"one digit off", day(1974, 5, 3), day(1974, 5, 8), birthTypo},
		{"two exact days apart", day(1974, 5, 3), day(1975, 8, 9), birthDiffer},
		{"two years apart", year(1974), year(1976), birthNear},
		{"about a year and three years on", about(1974), year(1977), birthNear},
		{"unknown", tizim.PartialDate{}, year(1974), -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := spanOf(tc.a), spanOf(tc.b)
			if got := compareDates(a, b); got != tc.want {
				t.Errorf("compareDates(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := compareDates(b, a); got != tc.want {
				t.Errorf("compareDates(%v, %v) = %d, want %d (reversed)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}
