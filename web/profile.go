package web

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tizim/tizim"
)

// A person's profile is derived from the records that make it up: nothing on it is typed in by
// hand, and every value carries the records (and so the sources) that say it.

// ref points at the record that says something.
type ref struct {
	Source string `json:"source"`
	Record int64  `json:"record"`
}

// sourced is a value with the records that give it.
type sourced struct {
	Value   string `json:"value"`
	FromAge bool   `json:"from_age,omitempty"` // birth years an age in the notes allows
	Refs    []ref  `json:"records"`
}

// scriptGroup is the names of a person written in one script.
type scriptGroup struct {
	Script string
	Names  []sourced
}

// event is one episode of the status timeline, with the record that tells of it.
type event struct {
	tizim.Episode
	Ref ref
}

// conflict is a field on which the sources disagree, with each side's value and sources.
type conflict struct {
	Field  string    `json:"field"` // message key of the field's label: "field.birth_date"
	Values []sourced `json:"values"`
}

// profile is what the person page shows.
type profile struct {
	Person     *tizim.Person
	Names      []scriptGroup
	Timeline   []event
	Facilities []sourced
	Relatives  []sourced
	Conflicts  []conflict
}

// add puts value, said by r, into list, merging equal values.
func add(list []sourced, value string, r *tizim.Record) []sourced {
	value = strings.TrimSpace(value)
	if value == "" {
		return list
	}
	rf := ref{r.Source, r.ID}
	for i := range list {
		if list[i].Value == value {
			if !slices.Contains(list[i].Refs, rf) {
				list[i].Refs = append(list[i].Refs, rf)
			}
			return list
		}
	}
	return append(list, sourced{Value: value, Refs: []ref{rf}})
}

// scriptTables tells scripts apart for names whose record does not say their script; the names
// are those the names package uses (latin, arabic, cyrillic, han).
var scriptTables = []struct {
	name  string
	table *unicode.RangeTable
}{{"arabic", unicode.Arabic}, {"han", unicode.Han}, {"cyrillic", unicode.Cyrillic}, {"latin", unicode.Latin}}

// scriptOf returns the script of a name: as recorded, else that of its first letter.
func scriptOf(n tizim.Name) string {
	if n.Script != "" {
		return n.Script
	}
	for _, r := range n.Text {
		for _, t := range scriptTables {
			if unicode.Is(t.table, r) {
				return t.name
			}
		}
	}
	return "other"
}

// buildProfile derives the profile of a person from its (already redacted) records.
func buildProfile(p *tizim.Person) *profile {
	pr := &profile{Person: p}
	for _, r := range p.Records {
		for _, n := range r.Names {
			s := scriptOf(n)
			i := slices.IndexFunc(pr.Names, func(g scriptGroup) bool { return g.Script == s })
			if i < 0 {
				pr.Names = append(pr.Names, scriptGroup{Script: s})
				i = len(pr.Names) - 1
			}
			pr.Names[i].Names = add(pr.Names[i].Names, n.Text, r)
		}
		for _, e := range r.Episodes {
			pr.Timeline = append(pr.Timeline, event{Episode: e, Ref: ref{r.Source, r.ID}})
			pr.Facilities = add(pr.Facilities, e.Facility, r)
		}
		for _, rel := range r.Relatives {
			pr.Relatives = add(pr.Relatives, strings.TrimSpace(rel.Relation+": "+rel.Name), r)
		}
	}
	slices.SortStableFunc(pr.Timeline, func(a, b event) int {
		switch {
		case a.Start.IsZero() && b.Start.IsZero():
			return 0
		case a.Start.IsZero():
			return 1
		case b.Start.IsZero():
			return -1
		}
		return a.Start.Time().Compare(b.Start.Time())
	})
	pr.Conflicts = conflictsOf(p.Records)
	return pr
}

// conflictsOf returns where the records disagree, as tizim.Conflicts decides, with each value's
// records as links. Conflicts names records by key; two redacted records of one source share a
// key (their record ids are withheld), so keys are matched to records in order, per field.
func conflictsOf(rs []*tizim.Record) []conflict {
	byKey := map[tizim.RecordKey][]*tizim.Record{}
	for _, r := range rs {
		byKey[r.Key()] = append(byKey[r.Key()], r)
	}
	var out []conflict
	for _, c := range tizim.Conflicts(rs) {
		cf := conflict{Field: "field." + c.Field}
		used := map[tizim.RecordKey]int{}
		for _, v := range c.Values {
			sv := sourced{Value: v.Value, FromAge: v.FromAge}
			for _, k := range v.Records {
				if recs := byKey[k]; used[k] < len(recs) {
					sv.Refs = append(sv.Refs, ref{Source: k.Source, Record: recs[used[k]].ID})
					used[k]++
				}
			}
			cf.Values = append(cf.Values, sv)
		}
		out = append(out, cf)
	}
	return out
}
