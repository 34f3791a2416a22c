package resolve

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
)

// Synthetic Uyghur names for fixtures: common given names (the attested forms in
// ../shared/reference/uyghur-names.md and other everyday names). No real person's data.
var (
	fixtureMale   = []string{"Memet", "Tursun", "Ilham", "Erkin", "Eli", "Nurmemet", "Yusup", "Dawut", "Qurban", "Adil", "Alim", "Ekrem", "Rozi", "Sadiq", "Tahir", "Abdurehim", "Abdukerim", "Hasan", "Ablet", "Mutellip", "Obulqasim", "Perhat", "Qeyser", "Rustem", "Shöhret", "Ubul", "Yasin", "Zunun"}
	fixtureFemale = []string{"Aygul", "Rahile", "Gulnar", "Mihray", "Patigul", "Zohre", "Dilnur", "Buhejer", "Gulbahar", "Mahire", "Nurgul", "Reyhan", "Saniye", "Tajigul", "Zulpiye", "Ayshem"}
	fixtureCounty = []string{"653101", "653125", "650102", "654002", "653201", "652901", "653121", "653123"}
)

// fixture makes a synthetic population of persons, each with one to three records of varying
// quality, and returns the records (ids from 1) and each record's true person. Each person was
// taken on a day of 2016–2019, which the police list gives to the day and the testimony to the
// month; those days come from a generator of their own, so that the rest is as it was before
// fixtures had them.
func fixture(persons int, seed uint64) ([]*tizim.Record, map[int64]string) {
	rng := rand.New(rand.NewPCG(seed, 7))
	arrests := rand.New(rand.NewPCG(seed, 11))
	var recs []*tizim.Record
	truth := map[int64]string{}
	for p := range persons {
		female := rng.IntN(2) == 0
		given := fixtureMale[rng.IntN(len(fixtureMale))]
		sex := tizim.Male
		if female {
			given = fixtureFemale[rng.IntN(len(fixtureFemale))]
			sex = tizim.Female
		}
		father := fixtureMale[rng.IntN(len(fixtureMale))]
		birth := time.Date(1950+rng.IntN(50), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		county := fixtureCounty[rng.IntN(len(fixtureCounty))]
		seq := rng.IntN(500) * 2
		if !female {
			seq++
		}
		id := idcard.Generate(county, birth, seq)
		taken := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, arrests.IntN(4*365))
		n := 1 + rng.IntN(3)
		for k := range n {
			r := &tizim.Record{ID: int64(len(recs) + 1), Source: fmt.Sprintf("list%d", k), RecordID: fmt.Sprint(p),
				Names: []tizim.Name{{Text: given + " " + father}}, Sex: sex, HomeCode: county, Ethnicity: "uyghur"}
			switch k {
			case 0: // a police list: everything, exactly
				r.IDNumber = id
				r.BirthDate = tizim.PartialDate{Year: birth.Year(), Month: int(birth.Month()), Day: birth.Day()}
				r.Episodes = []tizim.Episode{{Status: tizim.Detained, Start: tizim.PartialDate{Year: taken.Year(), Month: int(taken.Month()), Day: taken.Day()}}}
			case 1: // a testimony: the birth year, a spelling variant, no number
				r.BirthDate = tizim.PartialDate{Year: birth.Year()}
				r.Names = []tizim.Name{{Text: respell(given) + " " + father}}
				r.HomeCode = ""
				r.HomePlace = county
				r.Episodes = []tizim.Episode{{Status: tizim.Camp, Start: tizim.PartialDate{Year: taken.Year(), Month: int(taken.Month())}}}
			default: // another list: a masked number, the parts the other way round
				r.IDNumber = id[:4] + "**********" + id[14:]
				r.BirthDate = tizim.PartialDate{Year: birth.Year(), Month: int(birth.Month()), Day: birth.Day()}
				r.Names = []tizim.Name{{Text: father + " " + given}}
			}
			truth[r.ID] = fmt.Sprint("p", p)
			recs = append(recs, r)
		}
	}
	return recs, truth
}

// respell writes a name the way the press might: Turkish and English spellings.
func respell(s string) string {
	for _, r := range [][2]string{{"Memet", "Mehmet"}, {"Yusup", "Yusuf"}, {"q", "k"}, {"ö", "o"}, {"ul", "ül"}} {
		if i := indexOf(s, r[0]); i >= 0 {
			return s[:i] + r[1] + s[i+len(r[0]):]
		}
	}
	return s
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
