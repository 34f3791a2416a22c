package tizim

import (
	"sort"
	"strings"
	"time"
)

// Conflict is a field on which the records of one person disagree, with each value and the
// records that give it.
type Conflict struct {
	Field  string          `json:"field"`
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one side of a conflict. FromAge marks birth years that the records do not
// state but an age in their notes allows (BirthFromAge: "aged 42 in 2019" is 1976/1977).
type ConflictValue struct {
	Value   string      `json:"value"`
	FromAge bool        `json:"from_age,omitempty"`
	Records []RecordKey `json:"records"`
}

// Conflicts returns the fields on which records disagree: sex, identity number, ethnicity, and
// birth dates and dates of the first arrest that cannot stand for the same day at their
// precision (1984 and 1984-01-26 do not conflict). A record without a birth date takes the side
// of the years an age in its notes allows (FromAge). Records that leave a field empty take no
// side.
func Conflicts(rs []*Record) []Conflict {
	var out []Conflict
	addAged := func(field string, value func(*Record) (string, bool), clash func(a, b string) bool) {
		var vals []ConflictValue
		for _, r := range rs {
			v, aged := value(r)
			if v == "" {
				continue
			}
			i := sort.Search(len(vals), func(i int) bool {
				return vals[i].Value > v || vals[i].Value == v && (vals[i].FromAge || !aged)
			})
			if i < len(vals) && vals[i].Value == v && vals[i].FromAge == aged {
				vals[i].Records = append(vals[i].Records, r.Key())
				continue
			}
			vals = append(vals, ConflictValue{})
			copy(vals[i+1:], vals[i:])
			vals[i] = ConflictValue{Value: v, FromAge: aged, Records: []RecordKey{r.Key()}}
		}
		for i := range vals {
			for k := i + 1; k < len(vals); k++ {
				if clash(vals[i].Value, vals[k].Value) {
					out = append(out, Conflict{Field: field, Values: vals})
					return
				}
			}
		}
	}
	add := func(field string, value func(*Record) string, clash func(a, b string) bool) {
		addAged(field, func(r *Record) (string, bool) { return value(r), false }, clash)
	}
	differ := func(a, b string) bool { return a != b }
	add("sex", func(r *Record) string { return string(r.Sex) }, differ)
	add("id_number", func(r *Record) string { return strings.ToUpper(strings.TrimSpace(r.IDNumber)) }, idNumbersClash)
	add("ethnicity", func(r *Record) string { return strings.ToLower(strings.TrimSpace(r.Ethnicity)) }, differ)
	datesClash := func(a, b string) bool {
		da, errA := ParseEDTF(a)
		db, errB := ParseEDTF(b)
		return errA == nil && errB == nil && !da.Compatible(db)
	}
	addAged("birth_date", func(r *Record) (string, bool) {
		if !r.BirthDate.IsZero() {
			return r.BirthDate.String(), false
		}
		if d, ok := BirthFromAge(r.Notes); ok {
			return d.String(), true
		}
		return "", false
	}, datesClash)
	add("detained_on", func(r *Record) string { return r.FirstArrest().String() }, datesClash)
	return out
}

// FirstArrest returns the earliest known start of the record's episodes: the day, month or year
// the person was first taken, as far as this source says; the zero date when it gives none.
func (r *Record) FirstArrest() PartialDate {
	var first PartialDate
	var firstDay time.Time
	for _, e := range r.Episodes {
		day, _, ok := e.Start.Bounds()
		if ok && (firstDay.IsZero() || day.Before(firstDay)) {
			first, firstDay = e.Start, day
		}
	}
	return first
}

// idNumbersClash reports whether two identity numbers cannot be the same: a masked character
// ('*') agrees with anything, so 6531**********123X does not clash with a full number that fits.
func idNumbersClash(a, b string) bool {
	if len(a) != len(b) {
		return true
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && a[i] != '*' && b[i] != '*' {
			return true
		}
	}
	return false
}

// NamesByScript groups the distinct names of records by script, most often given first, so a
// profile can show the best name in each writing.
func NamesByScript(rs []*Record) map[string][]string {
	count := map[string]map[string]int{}
	for _, r := range rs {
		for _, n := range r.Names {
			if n.Text == "" {
				continue
			}
			if count[n.Script] == nil {
				count[n.Script] = map[string]int{}
			}
			count[n.Script][n.Text]++
		}
	}
	out := make(map[string][]string, len(count))
	for script, c := range count {
		names := make([]string, 0, len(c))
		for n := range c {
			names = append(names, n)
		}
		sort.Slice(names, func(i, k int) bool {
			if c[names[i]] != c[names[k]] {
				return c[names[i]] > c[names[k]]
			}
			return names[i] < names[k]
		})
		out[script] = names
	}
	return out
}
