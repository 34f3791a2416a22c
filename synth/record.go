package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// The interchange columns (tizim.Columns), in order; a test holds them to tizim.Columns.
const (
	colSource = iota
	colRecordID
	colName
	colSex
	colBirthDate
	colIDNumber
	colEthnicity
	colHometown
	colStatus
	colDetainedOn
	colFacility
	colSentence
	colCharges
	colNotes
	colConsent
	numColumns
)

// optionalColumns are the fields the MissingField noise may leave empty. The identity number
// is not among them: whether a source gives one at all is its idShare.
var optionalColumns = []int{colSex, colBirthDate, colEthnicity, colHometown, colStatus, colDetainedOn, colFacility}

// row is one generated record: its cells, the source it belongs to and the person it is about.
type row struct {
	cells  [numColumns]string
	source int
	person int // the person it is about, 1..N
}

// record writes what source src says about person p. The detention date's noise is drawn from
// d (see streamDates), everything else from r.
func (g *generator) record(r, d *rand.Rand, p *person, src *source, t *tally) row {
	rw := row{source: src.index}
	c := &rw.cells
	st := src.style
	asOf := dayIn(r, src.asOf[0]+r.IntN(src.asOf[1]-src.asOf[0]+1))
	if len(p.episodes) > 0 && asOf.Before(p.episodes[0].start) {
		asOf = p.episodes[0].start.AddDate(0, 1+r.IntN(6), 0) // no source speaks before the arrest
	}
	c[colSource] = src.key
	c[colName] = g.writeName(r, p, src, t)
	if chance(r, src.also) {
		c[colName] += " | " + g.plainName(p, src.alsoStyle)
	}
	c[colSex] = sexWords[st][boolIndex(p.sex == tizim.Female)]
	var born time.Time
	var bornLayout layout
	c[colBirthDate], bornLayout, born = g.writeBirth(r, p, src, asOf, t)
	if chance(r, src.idShare) {
		id := p.idNumber
		if p.birth.Year() < 1985 && chance(r, src.old15) {
			id = id[:6] + id[8:17] // 15 digits: the century and the check character left out
		}
		if t.roll(r, src, IDMasked) {
			id = maskID(r, id)
		} else if len(id) == 18 && t.roll(r, src, IDMistyped) {
			id = mistypeID(r, id)
		}
		c[colIDNumber] = id
	}
	c[colEthnicity] = p.eth.label[st]
	c[colHometown] = hometown(r, p.home, st)
	ep := currentEpisode(p.episodes, asOf)
	if ep != nil {
		c[colStatus] = pick(r, statusWords[st][ep.status])
		lay := src.detained.draw(r) // drawn from r before the date's noise: r's draws stay as they were
		c[colDetainedOn] = formatDate(detainedOn(d, p, ep, src, asOf, t), lay, asOf)
		if ep.facility != nil {
			c[colFacility] = facilityName(ep.facility, st)
		}
		if ep.sentence != 0 {
			c[colSentence] = sentence(ep.sentence, st)
			if st == styleHan {
				c[colCharges] = charges[ep.charge].zh
			} else {
				c[colCharges] = charges[ep.charge].en
			}
		}
	}
	if bornLayout == layoutAbout { // the source gave an age; the birth year is worked out from it
		c[colNotes] = "aged " + strconv.Itoa(age(born, asOf)) + " in " + strconv.Itoa(asOf.Year())
	}
	if note, ok := fatherNotes[st]; ok && p.dad != nil && chance(r, fatherNoteShare) {
		if c[colNotes] != "" {
			c[colNotes] += "; "
		}
		c[colNotes] += note.write(p)
	}
	for _, col := range optionalColumns {
		if c[col] != "" && t.roll(r, src, MissingField) {
			c[col] = ""
		}
	}
	c[colConsent] = string(consentShares[g.consent.draw(r)].level)
	t.record(src, c)
	return rw
}

// writeBirth writes the birth date in one of the source's layouts, with its noise: the year one
// off, day and month exchanged. It returns the text, the layout and the date written.
func (g *generator) writeBirth(r *rand.Rand, p *person, src *source, asOf time.Time, t *tally) (string, layout, time.Time) {
	lay := src.birth.draw(r)
	y, m, d := p.birth.Date()
	if t.roll(r, src, YearOff) {
		y += 2*r.IntN(2) - 1
	}
	if hasDay[lay] && d <= 12 && d != int(m) && t.roll(r, src, DayMonthSwap) {
		m, d = time.Month(d), int(m)
	}
	born := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return formatDate(born, lay, asOf), lay, born
}

// fatherNote is how a source that tells of relatives says that the father is detained too:
// a pattern with %s for his name (own given name, then his father's) in the style's Latin form,
// written in Arabic script for Uyghur lists.
type fatherNote struct {
	his, her string
	arabic   bool
}

// fatherNotes are the notes of testimonies and Uyghur lists on a detained father; the Uyghur
// wording ("his/her father X was also taken") is the project's own.
var fatherNotes = map[style]fatherNote{
	styleLatin:  {"his father %s is also detained", "her father %s is also detained", false},
	styleArabic: {"dadisi %s mu tutulghan", "dadisi %s mu tutulghan", true},
}

// fatherNoteShare is the share of records of people whose father is in the corpus that say so,
// in the sources that tell of relatives.
const fatherNoteShare = 0.5

func (n fatherNote) write(p *person) string {
	pat := n.his
	if p.sex == tizim.Female {
		pat = n.her
	}
	dad := p.dad[0].uly + " " + p.dad[1].uly
	if n.arabic {
		return names.ToArabic(fmt.Sprintf(pat, dad))
	}
	return fmt.Sprintf(pat, dad)
}

// hasDay says which layouts write the day.
var hasDay = map[layout]bool{layoutZh: true, layoutZhPadded: true, layoutISO: true, layoutCompact: true,
	layoutDotted: true, layoutMonthName: true}

// formatDate writes t in a layout; layoutAbout writes the year of birth that an age at asOf
// gives. It appends digits by hand: fmt is a tenth of the generator's time otherwise.
func formatDate(t time.Time, lay layout, asOf time.Time) string {
	y, mon, d := t.Date()
	m := int(mon)
	var b [24]byte
	out := b[:0]
	switch lay {
	case layoutZh, layoutZhPadded:
		width := 1
		if lay == layoutZhPadded {
			width = 2
		}
		out = pad(out, y, 4)
		out = append(out, "年"...)
		out = pad(out, m, width)
		out = append(out, "月"...)
		out = pad(out, d, width)
		out = append(out, "日"...)
	case layoutISO:
		out = pad(append(pad(append(pad(out, y, 4), '-'), m, 2), '-'), d, 2)
	case layoutCompact:
		out = pad(pad(pad(out, y, 4), m, 2), d, 2)
	case layoutDotted:
		out = pad(append(pad(append(pad(out, d, 2), '.'), m, 2), '.'), y, 4)
	case layoutMonthName:
		out = pad(append(append(append(pad(out, d, 2), ' '), monthAbbrev[m]...), ' '), y, 4)
	case layoutAbout:
		out = strconv.AppendInt(append(out, "c. "...), int64(asOf.Year()-age(t, asOf)), 10)
	case layoutMonth:
		out = pad(append(pad(out, y, 4), '-'), m, 2)
	case layoutMonthDot:
		out = pad(append(pad(out, m, 2), '.'), y, 4)
	default:
		out = pad(out, y, 4)
	}
	return string(out)
}

// pad appends n with at least width digits.
func pad(b []byte, n, width int) []byte {
	for w, x := 1, 10; w < width; w, x = w+1, x*10 {
		if n < x {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// age returns the age in whole years at asOf of a person born on birth.
func age(birth, asOf time.Time) int {
	a := asOf.Year() - birth.Year()
	if asOf.YearDay() < birth.YearDay() {
		a--
	}
	return a
}

// hometown writes a home county as a source of the style names it.
func hometown(r *rand.Rand, c *county, st style) string {
	switch st {
	case styleHan:
		if c.prefZh != "" && chance(r, 0.3) {
			return c.prefZh + c.d.Name
		}
		return c.d.Name
	case stylePinyin:
		return c.d.Pinyin
	case styleArabic:
		return c.arabic
	case styleCyrillic:
		return c.cyr
	}
	return c.latin
}

// facilityName writes a facility's name in the style's script.
func facilityName(f *facility, st style) string {
	switch st {
	case styleHan:
		return f.zh
	case styleArabic:
		return f.ug
	case styleCyrillic:
		return f.ru
	}
	return f.en
}

// sentence writes a sentence of years (-1: life) in the style's words.
func sentence(years int, st style) string {
	w := sentenceWords[st]
	s := w[1]
	if years > 0 {
		s = fmt.Sprintf(w[0], years)
		if st == styleCyrillic {
			s = strconv.Itoa(years) + " " + russianYears(years)
		}
	}
	if st == styleArabic {
		return names.ToArabic(s)
	}
	return s
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// russianYears is the form of "years" after a number in Russian: 1 год, 2–4 года, 5–20 лет,
// 21 год, and лет for 11–14.
func russianYears(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 14:
		return "лет"
	case n%10 == 1:
		return "год"
	case n%10 >= 2 && n%10 <= 4:
		return "года"
	}
	return "лет"
}
