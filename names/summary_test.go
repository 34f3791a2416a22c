package names_test

import (
	"strings"
	"testing"

	"github.com/tizim/tizim/names"
)

// TestSummarizeLikeAlignment: on the name pairs resolution aligns (synthetic writings of one
// person in several scripts, and namesakes), Summarize gives what CompareNames's explanation
// says: the score, the steps that join two units, the weakest of them, whether one is two parts
// read as one, and the parts left over on each side.
func TestSummarizeLikeAlignment(t *testing.T) {
	pairs := crossPairs(t, 300, 7, 2000)
	pairs = append(pairs, [2]string{"Abdurehim Heyit", "Abdu Rehim Heyit"}, [2]string{"Memet Tursun", "Tursun Memet"},
		[2]string{"Ilham Tohti", "伊力哈木·土赫提"}, [2]string{"Memet", ""}, [2]string{"", ""})
	compounds := 0
	for _, p := range pairs {
		a, b := names.Prepare(p[0]), names.Prepare(p[1])
		r := names.CompareNames(a, b, nil)
		want := names.Summary{Score: r.Score, Weakest: 1}
		for _, al := range r.Alignment {
			switch {
			case al.A != "" && al.B != "":
				want.Aligned++
				want.Weakest = min(want.Weakest, al.Score)
				want.Compound = want.Compound || strings.Contains(al.A, " ") || strings.Contains(al.B, " ")
			case al.A != "":
				want.LeftA++
			default:
				want.LeftB++
			}
		}
		if got := names.Summarize(a, b, nil); got != want {
			t.Errorf("%q, %q: %+v, want %+v", p[0], p[1], got, want)
		}
		if want.Compound {
			compounds++
		}
	}
	if compounds == 0 {
		t.Errorf("no pair of %d aligns two parts as one: the test does not cover Compound", len(pairs))
	}
}
