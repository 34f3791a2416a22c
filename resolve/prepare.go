package resolve

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/internal/slab"
)

// Limits that keep hostile records (thousands of aliases, megabyte names) from costing more than
// a normal one.
const (
	maxForms    = 4    // name forms compared per record
	maxParts    = 6    // parts kept per name form
	maxFieldLen = 200  // bytes kept of a free-text field
	maxPartKeys = 4096 // phonetic keys kept per part (offsets into a form's keys are 16 bits)
)

// entry is a record prepared for comparison: every field normalised once, the name parts split and
// keyed, the identity number parsed.
//
// A million people make two and a half million entries, which the collector marks again in every
// collection while they are resolved: an entry keeps few pointers (values compared only for
// equality are hashes or codes, a record without an identity number points at one shared noID,
// the records of one home share one home) and fits 136 bytes.
type entry struct {
	id    int64
	forms []*nameForm // shared by the entries that write a name alike; never changed once made
	at    *home       // never nil (nowhere) and never changed once made
	facs  []string
	idn   *idInfo // never nil (noID) and never changed once made
	eth   uint64  // textKey of the ethnicity
	occ   uint64  // textKey of the occupation
	birth span
	// detained is the date of the first arrest (tizim.Record.FirstArrest).
	detained span
	court    court // its episodes' first readable sentence and their charges
	// fromID has a bit per field (1<<fBirth, 1<<fSex, 1<<fHome) whose value the record does not
	// state and its valid identity number gives.
	fromID uint16
	sex    sexCode
	// fromAge: birth is the years an age in the record's notes allows (tizim.BirthFromAge), or
	// those of them that the record's "about" year covers (withAge).
	fromAge bool
	// statuses has a bit per status its episodes give (statusesOf), unknown left out.
	statuses uint16
}

// home is where a record says its person lived: the codes of the home (a division code and its
// successors, or a postcode) and the place as written. Entries of one home share one.
type home struct {
	codes []string
	place string
	rank  uint32 // the order of codes[0] among a batch's homes (rankHomes), 0 for none
}

// nowhere is the home of every record that gives none.
var nowhere home

// sexCode is a sex as an entry keeps it: 0 when not stated or not one tizim knows.
type sexCode uint8

const (
	male sexCode = iota + 1
	female
)

// sexOf returns the code of a stated sex.
func sexOf(s tizim.Sex) sexCode {
	switch s {
	case tizim.Male:
		return male
	case tizim.Female:
		return female
	}
	return 0
}

// noID is the identity number of every record that gives none.
var noID idInfo

// textKey stands for a value compared only for equality: 0 for none, else a hash of the text.
func textKey(s string) uint64 {
	if s == "" {
		return 0
	}
	return hashString(s) | 1
}

// span is a date as the days it may stand for, with its fields for digit-level comparison.
type span struct {
	first, last int32 // days since 1970-01-01
	y           int16
	m, d        int8
	prec        tizim.Precision
	approx      bool // approximate or a range: first and last are wider than the date
	about       bool // approximate ("about 1974"), not a range
}

// prepare reads a record into an entry.
func prepare(r *tizim.Record) *entry { return prepareWith(r, nil) }

// prepareWith is prepare reusing and filling a cache of name forms and values (nil for none).
func prepareWith(r *tizim.Record, cache *formCache) *entry {
	e := &entry{}
	prepareInto(e, r, cache, nil)
	return e
}

// prepareInto is prepareWith filling the zero entry e, with what the entry keeps of the record
// cut from kept's slabs (nil for allocations of their own).
func prepareInto(e *entry, r *tizim.Record, cache *formCache, kept *entrySlab) {
	e.id = r.ID
	var forms [maxForms]*nameForm
	e.forms = kept.forms(nameForms(&forms, r, cache))
	e.birth = spanOf(r.BirthDate)
	e.sex = sexOf(r.Sex)
	e.idn = &noID
	if idn := parseID(r.IDNumber); idn.norm != "" || idn.prc || idn.valid || idn.birth.known() || idn.sex != 0 || len(idn.counties) > 0 {
		idn.counties = cache.internAll(idn.counties)
		e.idn = kept.id(idn)
	}
	eth := fold(r.Ethnicity)
	if parsed, ok := tizim.ParseEthnicity(r.Ethnicity); ok {
		eth = parsed
	}
	e.eth = textKey(eth)
	place := cache.intern(fold(r.HomePlace))
	codes := e.fillFromID(cache.internAll(homeCodes(r.HomeCode, place)))
	if r.Notes != "" && (!e.birth.known() || e.birth.about && e.birth.prec == tizim.YearPrecision) {
		if d, ok := tizim.BirthFromAge(r.Notes); ok {
			e.birth, e.fromAge = withAge(e.birth, d)
		}
	}
	e.at = cache.home(codes, place)
	e.occ = textKey(fold(r.Occupation))
	e.detained = spanOf(r.FirstArrest())
	e.court = courtOf(r.Episodes)
	e.statuses = statusesOf(r.Episodes)
	var facs [maxForms]string
	n := 0
	for _, ep := range r.Episodes {
		if f := facilityOf(ep); f != "" && n < maxForms {
			facs[n] = cache.intern(f)
			n++
		}
	}
	e.facs = kept.strings(facs[:n])
}

// entrySlab holds what entries keep of their records (their identity numbers, lists of name
// forms and of facilities) in slabs (internal/slab), as formSlab does a cache's forms and for the
// same reason: kept one by one among the records' garbage, they left pages of the heap partly
// used for as long as the batch lives. A nil slab allocates each on its own.
type entrySlab struct {
	ids   []idInfo
	lists []*nameForm
	strs  []string
	texts slab.Texts
}

// id returns a copy of n cut from the slab.
func (s *entrySlab) id(n idInfo) *idInfo {
	if s == nil {
		own := n
		return &own
	}
	n.norm = s.texts.Keep(n.norm)
	return slab.One(&s.ids, n)
}

// forms returns a copy of fs, nil for none.
func (s *entrySlab) forms(fs []*nameForm) []*nameForm {
	if s == nil {
		return keepList(nil, fs)
	}
	return keepList(&s.lists, fs)
}

// strings returns a copy of ss, nil for none.
func (s *entrySlab) strings(ss []string) []string {
	if s == nil {
		return keepList(nil, ss)
	}
	return keepList(&s.strs, ss)
}

// keepList returns a copy of xs, nil for none: cut from the slab *in, or its own when in is nil.
func keepList[T any](in *[]T, xs []T) []T {
	switch {
	case len(xs) == 0:
		return nil
	case in == nil:
		return slices.Clone(xs)
	}
	return slab.Cut(in, xs)
}

// facilityOf is what an episode's facility is compared by: the known facility it names (the
// store links "Тюрьма № 1, Кәрия" and 于田县第1监狱 to one), else its name as written, folded.
// A known facility's key opens with a NUL, which no stored text holds.
func facilityOf(ep tizim.Episode) string {
	if ep.FacilityID > 0 {
		return "\x00" + strconv.FormatInt(ep.FacilityID, 10)
	}
	return fold(ep.Facility)
}

// fillFromID takes the birth date and sex a valid identity number implies where the record does
// not state them, so that they are compared with what other records state, and returns the home
// codes to keep: codes, or the number's county when there are none.
func (e *entry) fillFromID(codes []string) []string {
	if !e.idn.valid {
		return codes
	}
	if !e.birth.known() && e.idn.birth.known() {
		e.birth = e.idn.birth
		e.fromID |= 1 << fBirth
	}
	if e.sex == 0 && e.idn.sex != 0 {
		e.sex = e.idn.sex
		e.fromID |= 1 << fSex
	}
	if len(codes) == 0 && len(e.idn.counties) > 0 {
		e.fromID |= 1 << fHome
		return e.idn.counties
	}
	return codes
}

// clip keeps the first maxFieldLen bytes of s, cut at a rune boundary, as valid UTF-8.
func clip(s string) string {
	if len(s) > maxFieldLen {
		s = s[:maxFieldLen]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return strings.ToValidUTF8(s, "")
}

// fold normalises a free-text field for equality: lower case, single spaces.
func fold(s string) string {
	if folded(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToLower(clip(s))), " ")
}

// folded reports whether fold would return s unchanged, for ASCII text: most values are, and
// folding them allocated three times a field.
func folded(s string) bool {
	if len(s) > maxFieldLen || s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80, c >= 'A' && c <= 'Z', c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && s[i-1] == ' ':
			return false
		}
	}
	return true
}

// dayOf counts days since 1970-01-01 (time.Duration would overflow for dates before 1678).
func dayOf(t time.Time) int32 { return int32(t.Unix() / 86400) }

// spanOf reads a partial date; an unknown or impossible date is the zero span.
func spanOf(d tizim.PartialDate) span {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return span{}
	}
	if d.Day > 0 && time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day {
		return span{}
	}
	first, last, ok := d.Bounds()
	if !ok {
		return span{}
	}
	return span{first: dayOf(first), last: dayOf(last), y: int16(d.Year), m: int8(d.Month),
		d: int8(d.Day), prec: d.Precision(), approx: d.Approximate || d.End != nil,
		about: d.Approximate && d.End == nil}
}

func (s span) known() bool { return s.prec != tizim.NoDate }

// withAge returns the birth span of a record that states none, or only about a year ("c.
// 1977", which sources work out from an age), and whose notes give an age at a year: the years
// the age allows (born), or those of them that the stated year covers. A stated year the age
// does not fit stays as it is.
func withAge(stated span, born tizim.PartialDate) (span, bool) {
	aged := spanOf(born)
	if !stated.known() {
		return aged, true
	}
	first, last := max(stated.first, aged.first), min(stated.last, aged.last)
	if first > last {
		return stated, false
	}
	y1, y2 := yearOfDay(first), yearOfDay(last)
	if y1 == y2 {
		return spanOf(tizim.PartialDate{Year: y1}), true
	}
	return spanOf(tizim.PartialDate{Year: y1, End: &tizim.PartialDate{Year: y2}}), true
}

// yearOfDay is the year of a day counted as span counts them.
func yearOfDay(d int32) int { return time.Unix(int64(d)*86400, 0).UTC().Year() }

// year is the birth year for blocking, 0 when not known or not one year.
func (s span) year() int {
	if !s.known() || s.approx {
		return 0
	}
	return int(s.y)
}
