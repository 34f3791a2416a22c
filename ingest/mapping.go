package ingest

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// Mapping maps headers to fields explicitly, for lists whose headers the built-in aliases do
// not know. A header mapped to "-" is kept in the raw row only.
type Mapping struct {
	fields map[string]string // folded header → field or ""
}

// NewMapping returns a mapping from headers to fields ("name", "birth_date", ... or "-").
func NewMapping(m map[string]string) (*Mapping, error) {
	out := &Mapping{fields: map[string]string{}}
	for h, f := range m {
		f = strings.TrimSpace(f)
		if f == "-" || f == "" {
			out.fields[headerKey(h)] = ""
			continue
		}
		if !slices.Contains(fields, f) {
			return nil, tizim.Errorf(tizim.EINVALID, "mapping: %q is not a field (want one of %s, or - to ignore)", f, strings.Join(fields, ", "))
		}
		out.fields[headerKey(h)] = f
	}
	return out, nil
}

// lookup returns the field a folded header maps to; ok is false when the mapping does not say.
func (m *Mapping) lookup(key string) (string, bool) {
	if m == nil {
		return "", false
	}
	f, ok := m.fields[key]
	return f, ok
}

// LoadMapping reads a mapping file: either a JSON object {"header": "field", ...}, or lines
// of the form "header = field", with blank lines and lines starting with # ignored.
func LoadMapping(path string) (*Mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, tizim.Errorf(tizim.EINVALID, "cannot read mapping file %s: %v", path, err)
	}
	m, err := parseMapping(string(data))
	if err != nil {
		return nil, fmt.Errorf("mapping file %s: %w", path, err)
	}
	return m, nil
}

func parseMapping(text string) (*Mapping, error) {
	raw, err := tizim.ParseMapping(text)
	if err != nil {
		return nil, err
	}
	return NewMapping(raw)
}
