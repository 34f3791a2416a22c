package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// TestWordsAreReadByImport: every sex and status word the generator writes is one that the
// import path reads, so a generated corpus imports without warnings on those columns.
func TestWordsAreReadByImport(t *testing.T) {
	for st, words := range sexWords {
		for i, w := range words {
			want := []tizim.Sex{tizim.Male, tizim.Female}[i]
			if got, err := tizim.ParseSex(w); err != nil || got != want {
				t.Errorf("style %d: sex %q reads as %q, %v; want %q", st, w, got, err, want)
			}
		}
	}
	for st, m := range statusWords {
		for _, status := range tizim.Statuses {
			if status == tizim.StatusUnknown {
				continue
			}
			ws := m[status]
			if len(ws) == 0 {
				t.Errorf("style %d has no word for %s", st, status)
			}
			for _, w := range ws {
				if got, err := tizim.ParseStatus(w); err != nil || got != status {
					t.Errorf("style %d: status %q reads as %q, %v; want %s", st, w, got, err, status)
				}
			}
		}
	}
}

func TestDateLayoutsAreReadByImport(t *testing.T) {
	birth := time.Date(1984, 1, 26, 0, 0, 0, 0, time.UTC)
	asOf := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lay  layout
		text string
		want string // EDTF
	}{
		{layoutZh, "1984年1月26日", "1984-01-26"},
		{layoutZhPadded, "1984年01月26日", "1984-01-26"},
		{layoutISO, "1984-01-26", "1984-01-26"},
		{layoutCompact, "19840126", "1984-01-26"},
		{layoutDotted, "26.01.1984", "1984-01-26"},
		{layoutMonthName, "26 JAN 1984", "1984-01-26"},
		{layoutYear, "1984", "1984"},
		{layoutAbout, "c. 1984", "1984~"},
		{layoutMonth, "1984-01", "1984-01"},
		{layoutMonthDot, "01.1984", "1984-01"},
	} {
		got := formatDate(birth, tc.lay, asOf)
		if got != tc.text {
			t.Errorf("layout %d writes %q, want %q", tc.lay, got, tc.text)
		}
		d, err := tizim.ParseDate(got)
		if err != nil || d.String() != tc.want {
			t.Errorf("%q reads as %q, %v; want %s", got, d.String(), err, tc.want)
		}
	}
}

// TestFamilies: siblings share their father's given name as their second part, their home and
// a close birth range; a father in the corpus has his children's second part as his own name.
func TestFamilies(t *testing.T) {
	if len(familySizes)-1 != maxFamily {
		t.Fatalf("familySizes goes up to %d people, the episode pool is sized for %d", len(familySizes)-1, maxFamily)
	}
	g := newGenerator(3)
	r := rand.New(rand.NewPCG(3, 3))
	withFather := 0
	for range 2000 {
		fam := g.family(r, 4, nil, &episodePool{})
		if len(fam) != 4 {
			t.Fatalf("family of %d, want 4", len(fam))
		}
		kids := fam
		if fam[0].father {
			if fam[0].birth.Year() > fam[1].birth.Year()-16 {
				t.Errorf("father born %d, child %d", fam[0].birth.Year(), fam[1].birth.Year())
			}
			withFather++
			kids = fam[1:]
			for _, k := range kids {
				if k.dad == nil || k.dad[0] != fam[0].parts[0] {
					t.Fatalf("child %v does not know its father %v", k.parts, fam[0].parts)
				}
			}
			if !fam[0].eth.chinese && fam[0].parts[0] != kids[0].parts[1] {
				t.Errorf("father %s %s, children's second name %s", fam[0].parts[0].uly, fam[0].parts[1].uly, kids[0].parts[1].uly)
			}
		}
		for _, k := range kids[1:] {
			shared := k.parts[1] == kids[0].parts[1]
			if k.eth.chinese {
				shared = k.parts[0] == kids[0].parts[0]
			}
			if !shared || k.home != kids[0].home {
				t.Fatalf("siblings %v and %v do not share father's name and home", k.parts, kids[0].parts)
			}
			if d := k.birth.Year() - kids[0].birth.Year(); d < -8 || d > 8 {
				t.Errorf("siblings born %d years apart", d)
			}
		}
	}
	if withFather < 400 || withFather > 1200 {
		t.Errorf("%d of 2000 families include the father, want about 40%%", withFather)
	}
}

// TestCommonNamesCollide: the most common name parts are shared by many people, as in life,
// and the rest form a long tail of distinct names.
func TestCommonNamesCollide(t *testing.T) {
	g := newGenerator(5)
	r := rand.New(rand.NewPCG(5, 5))
	count := map[string]int{}
	const n = 20000
	for range n {
		for _, p := range g.family(r, 1, nil, &episodePool{}) {
			count[p.parts[1].uly]++
		}
	}
	top := ""
	for name, c := range count {
		if c > count[top] || c == count[top] && name < top {
			top = name
		}
	}
	if share := float64(count["Memet"]) / n; top != "Memet" || share < 0.02 {
		t.Errorf("Memet is the father's name of %.3f of people (most common: %s), want the most common (> 0.02)", share, top)
	}
	if len(count) < 1000 {
		t.Errorf("only %d different fathers' names in %d people, want a long tail (> 1000)", len(count), n)
	}
}

func TestTypoChangesOneThingInTheSameScript(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range []string{"Memet", "买买提", "مەمەت", "Мәмәт", "Ma", "马"} {
		for range 50 {
			got := typo(r, s)
			if got == s {
				t.Errorf("typo(%q) left it unchanged", s)
			}
			if names.DetectScript(got) != names.DetectScript(s) {
				t.Errorf("typo(%q) = %q changed the script", s, got)
			}
			if d := len([]rune(got)) - len([]rune(s)); d < -1 || d > 1 && len([]rune(s)) > 1 {
				t.Errorf("typo(%q) = %q changed the length by %d", s, got, d)
			}
		}
	}
}

func TestMistypedIDFailsItsCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	id := "11010519491231002X"
	for range 500 {
		bad := mistypeID(r, id)
		if bad == id {
			t.Fatal("mistypeID left the number unchanged")
		}
		if bad[17] == checkOf(bad[:17]) {
			t.Errorf("mistyped %s still passes its check", bad)
		}
	}
}

func checkOf(first17 string) byte {
	w := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(first17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func TestTypoKeepsCase(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for range 300 {
		if got := typo(r, "MAIMAITI"); strings.ToUpper(got) != got {
			t.Fatalf("typo(MAIMAITI) = %q: lower case in a name in capitals", got)
		}
		got := []rune(typo(r, "Memet"))
		if !unicode.IsUpper(got[0]) || strings.ToLower(string(got[1:])) != string(got[1:]) {
			t.Fatalf("typo(Memet) = %q: not capitalised", string(got))
		}
	}
}
