package store

import (
	"github.com/tizim/tizim"
)

// The nested parts of a record as JSON arrays, with the field names of their json tags. These
// are what encoding/json would write for them (an empty list is []); decode reads them back
// with encoding/json. encode appends them to one buffer (see content); the string forms are for
// tests.

func namesJSON(ns []tizim.Name) string { return string(appendNames(nil, ns)) }

func episodesJSON(es []episode) string { return string(appendEpisodes(nil, es)) }

func relativesJSON(rs []tizim.Relative) string { return string(appendRelatives(nil, rs)) }

func stringsJSON(ss []string) string { return string(appendStrings(nil, ss)) }

func appendNames(b []byte, ns []tizim.Name) []byte {
	return appendArray(b, len(ns), func(o *jsonObject, i int) {
		o.str("text", ns[i].Text, false)
		o.str("script", ns[i].Script, true)
		o.str("role", string(ns[i].Role), true)
	})
}

func appendEpisodes(b []byte, es []episode) []byte {
	return appendArray(b, len(es), func(o *jsonObject, i int) {
		e := &es[i]
		o.str("status", string(e.Status), true)
		o.str("start", e.Start, true)
		o.str("end", e.End, true)
		o.str("facility", e.Facility, true)
		o.int("facility_id", e.FacilityID)
		o.str("charges", e.Charges, true)
		o.str("sentence", e.Sentence, true)
	})
}

func appendRelatives(b []byte, rs []tizim.Relative) []byte {
	return appendArray(b, len(rs), func(o *jsonObject, i int) {
		o.str("relation", rs[i].Relation, false)
		o.str("name", rs[i].Name, false)
		o.str("note", rs[i].Note, true)
	})
}

func fieldsJSON(fs []tizim.Field) string {
	return string(appendArray(nil, len(fs), func(o *jsonObject, i int) {
		o.str("column", fs[i].Column, false)
		o.str("value", fs[i].Value, false)
	}))
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendArray appends n objects, each written by one call of item.
func appendArray(b []byte, n int, item func(o *jsonObject, i int)) []byte {
	o := jsonObject{b: append(b, '[')}
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.begin()
		item(&o, i)
		o.end()
	}
	return append(o.b, ']')
}
