package search

import (
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
				if !contains(out, k) {
					out = append(out, k)
				}
			}
		}
		for _, k := range pairKeys(form) {
			if !contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// count adds a form's parts to the frequencies of every level that may see a record of rank
// rank. names.Frequencies reads a name's keys again; so that this costs little, each part is
// given as an ASCII spelling of its first key when one reads back to that key (checked once
// per key), else the whole form is given as written.
func (ix *Index) count(formKeys [][]string, form string, rank int) {
	if len(formKeys) == 0 {
		return
	}
	spelled := make([]string, 0, len(formKeys))
	for _, part := range formKeys {
		sp := ix.spelling(part[0])
		if sp == "" {
			spelled = nil
			break
		}
		spelled = append(spelled, sp)
	}
	name := strings.Join(spelled, " ")
	if spelled == nil {
		name = form
	}
	for l := rank; l < levels; l++ {
		ix.freq[l].Add(name)
	}
}

// respellings turn the letters of a phonetic key that names.Keys would read differently back
// into spellings it reads as those letters: c is ch, x is sh (names/key.go).
var respellings = strings.NewReplacer("c", "ch", "x", "sh")

// spelling returns an ASCII spelling whose key is k, or "" when there is none.
func (ix *Index) spelling(k string) string {
	if sp, ok := ix.respell[k]; ok {
		return sp
	}
	sp := respellings.Replace(k)
	for i := 0; i < len(sp); i++ {
		if sp[i] >= 0x80 || sp[i] < 'a' || sp[i] > 'z' {
			sp = ""
			break
		}
	}
	if sp != "" {
		if ks := names.Keys(sp); len(ks) != 1 || ks[0][0] != k {
			sp = ""
		}
	}
	ix.respell[k] = sp
	return sp
}
