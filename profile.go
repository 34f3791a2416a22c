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

// ConflictValue is one side of a conflict.
type ConflictValue struct {
	Value   string      `json:"value"`
	Records []RecordKey `json:"records"`
}

// Conflicts returns the fields on which records disagree: sex, identity number, ethnicity, and
// birth dates and dates of the first arrest that cannot stand for the same day at their
// precision (1984 and 1984-01-26 do not conflict). Records that leave a field empty take no side.
func Conflicts(rs []*Record) []Conflict {
	var out []Conflict
	add := func(field string, value func(*Record) string, clash func(a, b string) bool) {
		var vals []ConflictValue
		for _, r := range rs {
			v := value(r)
			if v == "" {
				continue
			}
			i := sort.Search(len(vals), func(i int) bool { return vals[i].Value >= v })
			if i < len(vals) && vals[i].Value == v {
				vals[i].Records = append(vals[i].Records, r.Key())
				continue
			}
			vals = append(vals, ConflictValue{})
			copy(vals[i+1:], vals[i:])
			vals[i] = ConflictValue{Value: v, Records: []RecordKey{r.Key()}}
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
	differ := func(a, b string) bool { return a != b }
	add("sex", func(r *Record) string { return string(r.Sex) }, differ)
	add("id_number", func(r *Record) string { return strings.ToUpper(strings.TrimSpace(r.IDNumber)) }, idNumbersClash)
	add("ethnicity", func(r *Record) string { return strings.ToLower(strings.TrimSpace(r.Ethnicity)) }, differ)
	datesClash := func(a, b string) bool {
		da, errA := ParseEDTF(a)
		db, errB := ParseEDTF(b)
		return errA == nil && errB == nil && !da.Compatible(db)
	}
	add("birth_date", func(r *Record) string { return r.BirthDate.String() }, datesClash)
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
