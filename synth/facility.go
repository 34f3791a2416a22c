package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// facility is a generated place of detention with its name in four writings.
type facility struct {
	key            string
	kind           tizim.FacilityKind
	county         *county
	zh, en, ug, ru string
	lat, lon       float64
}

// facilityPattern holds the name patterns of one kind of facility: Chinese (%s is the county's
// Chinese name), English and Russian (%s is its Latin or Cyrillic name), and Uyghur Latin (%s is
// its Latin name), which is written in Arabic script by names.ToArabic. %d, where present, is a
// number. The Chinese patterns are the names the PRC gives such places in public notices and
// procurement documents (职业技能教育培训中心 "vocational skills education and training centre",
// 看守所 "detention centre", 派出所 "police station", 监狱 "prison", 工业园区 "industrial park");
// the others are their usual translations.
type facilityPattern struct{ zh, en, ug, ru string }

var facilityNames = map[tizim.FacilityKind]facilityPattern{
	tizim.CampFacility: {"%s第%d职业技能教育培训中心", "%s No. %d Vocational Skills Education and Training Centre",
		"%s %d-kespiy téxnika maarip terbiyilesh merkizi", "Центр профессионального обучения № %[2]d, %[1]s"},
	tizim.DetentionCentre: {"%s看守所", "%s Detention Centre", "%s tutup turush orni", "Следственный изолятор, %s"},
	tizim.PoliceStation:   {"%s公安局第%d派出所", "%s Police Station No. %d", "%s %d-saqchixana", "Полицейский участок № %[2]d, %[1]s"},
	tizim.Prison:          {"%s第%d监狱", "%s Prison No. %d", "%s %d-türme", "Тюрьма № %[2]d, %[1]s"},
	tizim.ForcedLabourSite: {"%s第%d工业园区", "%s Industrial Park No. %d", "%s %d-sanaet baghchisi",
		"Индустриальный парк № %[2]d, %[1]s"},
}

// facilityCounts says how many facilities of each kind a county has: a range [min, max].
// Every county had a detention centre and at least one camp; prisons and industrial parks are
// fewer. The numbers are of the order reported by the Australian Strategic Policy Institute's
// Xinjiang Data Project (some 380 suspected detention facilities for about 100 counties).
var facilityCounts = []struct {
	kind     tizim.FacilityKind
	min, max int
}{
	{tizim.CampFacility, 1, 3},
	{tizim.DetentionCentre, 1, 1},
	{tizim.PoliceStation, 0, 2},
	{tizim.Prison, 0, 1},
	{tizim.ForcedLabourSite, 0, 1},
}

// newFacilities generates the facilities of every county, in county order.
func newFacilities(counties []*county, r *rand.Rand) []*facility {
	var out []*facility
	for _, c := range counties {
		for _, fc := range facilityCounts {
			n := fc.min + r.IntN(fc.max-fc.min+1)
			for i := 1; i <= n; i++ {
				out = append(out, newFacility(c, fc.kind, i, len(out)+1, r))
			}
		}
	}
	return out
}

func newFacility(c *county, kind tizim.FacilityKind, n, seq int, r *rand.Rand) *facility {
	p := facilityNames[kind]
	f := &facility{
		key:    fmt.Sprintf("F%04d", seq),
		kind:   kind,
		county: c,
		lat:    c.lat + float64((r.Float64()-0.5)*0.1), // rounded: no fused multiply-add
		lon:    c.lon + float64((r.Float64()-0.5)*0.1),
	}
	if kind == tizim.DetentionCentre {
		f.zh, f.en = fmt.Sprintf(p.zh, c.d.Name), fmt.Sprintf(p.en, c.d.Latin)
		f.ug, f.ru = names.ToArabic(fmt.Sprintf(p.ug, c.d.Latin)), fmt.Sprintf(p.ru, c.cyr)
		return f
	}
	f.zh, f.en = fmt.Sprintf(p.zh, c.d.Name, n), fmt.Sprintf(p.en, c.d.Latin, n)
	f.ug, f.ru = names.ToArabic(fmt.Sprintf(p.ug, c.d.Latin, n)), fmt.Sprintf(p.ru, c.cyr, n)
	return f
}

// facilityHeader is the header of facilities.csv.
var facilityHeader = []string{"key", "kind", "name_en", "name_zh", "name_ug", "name_ru", "division", "latitude", "longitude"}

// row writes the facility as a facilities.csv row.
func (f *facility) row() []string {
	return []string{f.key, string(f.kind), f.en, f.zh, f.ug, f.ru, f.county.d.Code,
		strconv.FormatFloat(f.lat, 'f', 4, 64), strconv.FormatFloat(f.lon, 'f', 4, 64)}
}
