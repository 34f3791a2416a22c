package resolve

import (
	"bytes"
	"encoding/json"
	"math"
)

// A snapshot of a large database counts a few hundred thousand terms (a megabyte and a half of
// JSON at 245,000 records), and every import reads them: encoding/json takes some 100 ms over
// them, most of it in scanning the whole text twice and in its maps. So the terms, which
// Encode writes last, are read by a loop over the bytes that knows their plain shape (keys
// without escapes, counts), and encoding/json reads only the model before them; a snapshot of
// any other shape is read by encoding/json alone.

// termsField is how the terms begin in Encode's JSON.
const termsField = `,"terms":{"records":`

// decodeFast reads a snapshot whose terms are plain and last, as Encode writes them; ok is false
// for any other.
func decodeFast(data []byte, s *Snapshot) (ok bool, err error) {
	at := bytes.LastIndex(data, []byte(termsField))
	if at < 0 || !bytes.HasSuffix(data, []byte("}}")) {
		return false, nil
	}
	terms, ok := plainTerms(data[at+len(termsField)-len(`{"records":`) : len(data)-1])
	if !ok {
		return false, nil
	}
	head := append(data[:at:at], '}')
	if err := json.Unmarshal(head, s); err != nil {
		return true, err
	}
	s.Terms = terms
	return true, nil
}

// plainTerms reads {"records":N,"parts":{...},"names":{...}} as json.Marshal writes Terms,
// names being optional; ok is false for anything else.
func plainTerms(data []byte) (t Terms, ok bool) {
	rest, ok := bytes.CutPrefix(data, []byte(`{"records":`))
	if !ok {
		return t, false
	}
	n := bytes.IndexByte(rest, ',')
	if n < 0 {
		return t, false
	}
	records, ok := plainCount(rest[:n])
	if !ok {
		return t, false
	}
	t.Records = int(records)
	if rest, ok = bytes.CutPrefix(rest[n:], []byte(`,"parts":`)); !ok {
		return t, false
	}
	end := bytes.IndexByte(rest, '}') // keys hold no braces: plainCounts refuses what is not plain
	if end < 0 {
		return t, false
	}
	if t.Parts, ok = plainCounts(rest[:end+1]); !ok {
		return t, false
	}
	rest = rest[end+1:]
	if string(rest) == "}" {
		return t, true
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(`,"names":`)); !ok || !bytes.HasSuffix(rest, []byte("}}")) {
		return t, false
	}
	t.Names, ok = plainCounts(rest[:len(rest)-1])
	return t, ok
}

// UnmarshalJSON reads terms, with a loop over the bytes for maps of plain keys (see
// decodeFast).
func (t *Terms) UnmarshalJSON(data []byte) error {
	var raw struct {
		Records int             `json:"records"`
		Parts   json.RawMessage `json:"parts"`
		Names   json.RawMessage `json:"names"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	t.Records = raw.Records
	var err error
	if t.Parts, err = readCounts(raw.Parts); err != nil {
		return err
	}
	t.Names, err = readCounts(raw.Names)
	return err
}

// readCounts reads a JSON object of counts: {"key":3,...}, or null.
func readCounts(data []byte) (map[string]int32, error) {
	if len(data) == 0 || string(data) == "null" {
		return nil, nil
	}
	if m, ok := plainCounts(data); ok {
		return m, nil
	}
	var m map[string]int32
	err := json.Unmarshal(data, &m)
	return m, err
}

// plainCounts reads {"key":3,...} without whitespace or escapes in its keys, as json.Marshal
// writes a map of counts of plain keys; ok is false for anything else.
func plainCounts(data []byte) (map[string]int32, bool) {
	if len(data) < 2 || data[0] != '{' || data[len(data)-1] != '}' {
		return nil, false
	}
	m := make(map[string]int32, len(data)/12)
	i, end := 1, len(data)-1
	for i < end {
		if data[i] != '"' {
			return nil, false
		}
		k := i + 1
		for k < end && data[k] != '"' {
			if data[k] == '\\' || data[k] < 0x20 {
				return nil, false
			}
			k++
		}
		if k+1 >= end || data[k+1] != ':' {
			return nil, false
		}
		key := string(data[i+1 : k])
		n := k + 2
		for n < end && data[n] != ',' {
			n++
		}
		c, ok := plainCount(data[k+2 : n])
		if !ok {
			return nil, false
		}
		if _, dup := m[key]; dup {
			return nil, false
		}
		m[key] = c
		i = n + 1
		if n < end && i == end { // a comma before the closing brace
			return nil, false
		}
	}
	return m, true
}

// plainCount reads a count of one to ten digits that fits an int32.
func plainCount(b []byte) (int32, bool) {
	if len(b) == 0 || len(b) > 10 {
		return 0, false
	}
	var c int64
	for _, d := range b {
		if d < '0' || d > '9' {
			return 0, false
		}
		c = 10*c + int64(d-'0')
	}
	return int32(c), c <= math.MaxInt32
}
