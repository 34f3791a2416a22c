package synth

import (
	"strings"

	"github.com/tizim/tizim/names"
)

// nameRow is one line of a name table: a name in Uyghur Latin (or the Latin spelling closest to
// it; an apostrophe parts letters that are not a digraph, as ULY writes them), its relative weight, its Chinese-character forms and English spellings separated by "|"
// (the first the most usual), and, for names whose Cyrillic form is not the letter-for-letter
// Uyghur Cyrillic, that form.
type nameRow struct {
	uly    string
	weight float64
	han    string
	press  string
	cyr    string
}

// name is a name part prepared in every writing a source may use, computed once when the tables
// are loaded so that writing a record costs no transliteration.
type name struct {
	uly    string   // Uyghur Latin; pinyin for Chinese names
	arabic string   // Uyghur Arabic script
	cyr    string   // Cyrillic: the table's form, else Uyghur Cyrillic
	press  []string // English spellings, the most usual first
	han    []string // Chinese-character forms, the most usual first
	pinyin []string // pinyin of each Chinese form, syllables joined, upper case (MAIMAITI)
}

// nameTable is a prepared name table with its sampler.
type nameTable struct {
	names []name
	w     weighted
}

// newNameTable prepares rows; chinese says the rows are Chinese names whose pinyin is the Latin
// field itself, so that names.Pinyin is not asked about single characters out of context.
func newNameTable(rows []nameRow, chinese bool) nameTable {
	t := nameTable{names: make([]name, len(rows))}
	ws := make([]float64, len(rows))
	for i, r := range rows {
		n := name{
			uly:    strings.ReplaceAll(r.uly, "'", ""), // Tursun'gül is typed Tursungül
			arabic: names.ToArabic(r.uly),
			cyr:    r.cyr,
			press:  strings.Split(r.press, "|"),
			han:    strings.Split(r.han, "|"),
		}
		if n.cyr == "" {
			n.cyr = names.ToCyrillic(r.uly)
		}
		for _, h := range n.han {
			py := strings.ToUpper(n.uly)
			if !chinese {
				py = strings.ToUpper(strings.ReplaceAll(names.Pinyin(h), " ", ""))
			}
			n.pinyin = append(n.pinyin, py)
		}
		t.names[i] = n
		ws[i] = r.weight
	}
	t.w = newWeighted(ws)
	return t
}
