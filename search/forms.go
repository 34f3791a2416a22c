package search

import (
	"slices"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// maxName caps the bytes of a name or query that are keyed and compared: no real name is
// longer, and a 10,000-character "name" must not cost more than a real one.
const maxName = 512

// compareForms returns the names of a record to match a query against: each full name or alias
// as written, and the given and father's names joined into one name when they come apart.
func compareForms(r *tizim.Record) []string {
	var forms []string
	var given, father string
	for _, n := range r.Names {
		t := strings.TrimSpace(n.Text)
		if t == "" {
			continue
		}
		switch n.Role {
		case tizim.GivenName:
			given = t
		case tizim.FatherName:
			father = t
		default:
			forms = append(forms, clip(t))
		}
	}
	if s := strings.TrimSpace(given + " " + father); s != "" {
		forms = append(forms, clip(s))
	}
	return forms
}

// clip cuts s to at most maxName bytes, at a character boundary, and removes the separator
// the index uses between names.
func clip(s string) string {
	if len(s) > maxName {
		i := maxName
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
		s = s[:i]
	}
	return strings.ReplaceAll(s, nameSep, " ")
}

// keysOf returns names.Keys of each form.
func keysOf(forms []string) [][][]string {
	out := make([][][]string, len(forms))
	for i, f := range forms {
		out[i] = names.Keys(f)
	}
	return out
}

// indexKeys lists once every key a record is indexed under: the keys of every part of every
// form, their skeletons, and the pair keys of every two parts of a form.
func indexKeys(keys [][][]string) []string {
	var out []string
	for _, form := range keys {
		for _, part := range form {
			for _, k := range partKeys(part) {
				if !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
		for _, k := range pairKeys(form) {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// count adds a form's parts (the first key of each, as names.Frequencies.Add counts them) to
// the frequencies of every level that may see a record of rank rank.
func (ix *Index) count(formKeys [][]string, rank int) {
	for _, part := range formKeys {
		for l := rank; l < levels; l++ {
			ix.freq[l].AddKey(part[0], 1)
		}
	}
}
