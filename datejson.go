package tizim

import (
	"bytes"
	"encoding/json"
)

// MarshalJSON writes the date as an EDTF string ("" for an unknown date), as the API and the
// JSON Lines files show it.
func (d PartialDate) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads an EDTF string, or any form ParseDate reads; null is an unknown date. For
// files written before dates were strings it also reads the object form {"Year":1984,...}.
func (d *PartialDate) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*d = PartialDate{}
		return nil
	case len(b) > 0 && b[0] == '{':
		type plain PartialDate // without methods, so that this does not recurse
		var p plain
		if err := json.Unmarshal(b, &p); err != nil {
			return err
		}
		*d = PartialDate(p)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return Errorf(EINVALID, "a date must be a string such as \"1984-01-26\" or \"1984~\"")
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
