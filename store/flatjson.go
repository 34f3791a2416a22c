package store

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// Reading every record for a full resolution decodes two small JSON values per record, its
// names and its episodes: five million values at a million people, where encoding/json took two
// thirds of decoding a candidate (13.7 of 20.6 CPU-s). The store writes both itself, with
// encoding/json and so without spaces, as arrays of flat objects whose values are strings (an
// episode's facility_id is a number). flatObjects reads exactly that shape; anything else, such
// as an escape in a string (a name with markup, which encoding/json writes as \u003c) or a key of
// another case, makes it report failure, and the value is decoded by encoding/json as before:
// what the two decode is the same (TestDecodeFlatLikeJSON, FuzzDecodeNames).

// flatObjects reads data, a JSON array of objects, calling begin before each object and field
// with each key and value (str is false for a number, true, false or null). It returns false
// when data is not of that shape, has a string with an escape, a control character or invalid
// UTF-8, or when field returns false; the caller then decodes data with encoding/json.
func flatObjects(data []byte, begin func(), field func(key, val []byte, str bool) bool) bool {
	i := 0
	at := func(c byte) bool {
		if i < len(data) && data[i] == c {
			i++
			return true
		}
		return false
	}
	// str reads a string without escapes at i and returns its contents.
	str := func() ([]byte, bool) {
		if !at('"') {
			return nil, false
		}
		start := i
		for ; i < len(data); i++ {
			switch c := data[i]; {
			case c == '"':
				s := data[start:i]
				i++
				return s, utf8.Valid(s)
			case c == '\\' || c < 0x20:
				return nil, false
			}
		}
		return nil, false
	}
	// literal reads a number, true, false or null at i.
	literal := func() ([]byte, bool) {
		start := i
		for i < len(data) && data[i] != ',' && data[i] != '}' {
			i++
		}
		v := data[start:i]
		return v, len(v) > 0 && v[0] != '"' && v[0] != '[' && v[0] != '{' && json.Valid(v)
	}
	if !at('[') {
		return false
	}
	if at(']') {
		return i == len(data)
	}
	for {
		if !at('{') {
			return false
		}
		begin()
		if !at('}') {
			for {
				key, ok := str()
				if !ok || !at(':') {
					return false
				}
				var val []byte
				isStr := i < len(data) && data[i] == '"'
				if isStr {
					val, ok = str()
				} else {
					val, ok = literal()
				}
				if !ok || !field(key, val, isStr) {
					return false
				}
				if at('}') {
					break
				}
				if !at(',') {
					return false
				}
			}
		}
		if at(']') {
			return i == len(data)
		}
		if !at(',') {
			return false
		}
	}
}

// decodeFlat reads data, a JSON array of objects, into values of T: by flatObjects, setting each
// field with set (which reports false for a key or value it cannot take), else by encoding/json.
func decodeFlat[T any](data []byte, set func(v *T, key, val []byte, str bool) bool) ([]T, error) {
	var vs []T
	var zero T
	ok := flatObjects(data, func() { vs = append(vs, zero) }, func(key, val []byte, str bool) bool {
		return set(&vs[len(vs)-1], key, val, str)
	})
	if !ok {
		vs = nil
		if err := json.Unmarshal(data, &vs); err != nil {
			return nil, err
		}
	}
	return vs, nil
}

// decodeNames reads a record's stored names; none is nil.
func decodeNames(data []byte) ([]tizim.Name, error) {
	ns, err := decodeFlat(data, func(n *tizim.Name, key, val []byte, str bool) bool {
		switch string(key) {
		case "text":
			n.Text = string(val)
		case "script":
			n.Script = common(val)
		case "role":
			n.Role = tizim.NameRole(common(val))
		default:
			return false
		}
		return str
	})
	if len(ns) == 0 {
		return nil, err
	}
	return ns, err
}

// decodeEpisodes reads what resolution compares of a record's stored episodes.
func decodeEpisodes(data []byte) ([]candidateEpisode, error) {
	return decodeFlat(data, func(e *candidateEpisode, key, val []byte, str bool) bool {
		switch string(key) {
		case "start":
			e.Start = string(val)
		case "facility":
			e.Facility = string(val)
		case "facility_id":
			id, err := strconv.ParseInt(string(val), 10, 64)
			e.FacilityID = id
			return !str && err == nil
		case "charges":
			e.Charges = string(val)
		case "sentence":
			e.Sentence = string(val)
		case "status":
			e.Status = string(val)
		case "end": // not compared
			return true
		default:
			return false
		}
		return str
	})
}

// commonValues are the values of a name's script and role that most names have; common gives
// them without allocating a string for each of five million names.
var commonValues = []string{"latin", "han", "arabic", "cyrillic", "mixed",
	string(tizim.FullName), string(tizim.GivenName), string(tizim.FatherName)}

func common(val []byte) string {
	for _, v := range commonValues {
		if string(val) == v {
			return v
		}
	}
	return string(val)
}
