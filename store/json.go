package store

import (
	"github.com/tizim/tizim"
)

// The nested parts of a record as JSON arrays, with the field names of their json tags. These
// are what encoding/json would write for them; decode reads them back with encoding/json.

func namesJSON(ns []tizim.Name) string {
	return jsonArray(len(ns), func(o *jsonObject, i int) {
		o.str("text", ns[i].Text, false)
		o.str("script", ns[i].Script, true)
		o.str("role", string(ns[i].Role), true)
	})
}

func episodesJSON(es []episode) string {
	return jsonArray(len(es), func(o *jsonObject, i int) {
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

func relativesJSON(rs []tizim.Relative) string {
	return jsonArray(len(rs), func(o *jsonObject, i int) {
		o.str("relation", rs[i].Relation, false)
		o.str("name", rs[i].Name, false)
		o.str("note", rs[i].Note, true)
	})
}

func fieldsJSON(fs []tizim.Field) string {
	return jsonArray(len(fs), func(o *jsonObject, i int) {
		o.str("column", fs[i].Column, false)
		o.str("value", fs[i].Value, false)
	})
}

func stringsJSON(ss []string) string {
	if len(ss) == 0 {
		return "[]"
	}
	b := []byte{'['}
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return string(append(b, ']'))
}

// jsonArray writes n objects, each written by one call of item.
func jsonArray(n int, item func(o *jsonObject, i int)) string {
	if n == 0 {
		return "[]"
	}
	o := jsonObject{b: make([]byte, 0, 64*n)}
	o.b = append(o.b, '[')
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.begin()
		item(&o, i)
		o.end()
	}
	return string(append(o.b, ']'))
}
