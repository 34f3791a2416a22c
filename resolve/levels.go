package resolve

import "slices"

// FieldLevels is one field that a pair's evidence names and the levels it can take, best
// agreement first: the vocabulary in which the matcher explains its scores, which a review page
// translates for a reviewer.
type FieldLevels struct {
	Field  string   `json:"field"`
	Levels []string `json:"levels"`
}

// The evidence that is not a compared field's level (see Evidence): the weight every pair starts
// with, a field without levels, and the name's term-frequency adjustment, a level of its own.
const (
	priorField  = "prior"
	rarityLevel = "rarity"
)

// FromIDNumber follows a level in a pair's evidence when one record's value of the field was
// not written in the record but read from its identity number (a birth date, a sex, a home
// county): "exact (from id number)". It is not listed as a level of its own in EvidenceLevels.
const FromIDNumber = fromIDSuffix

// FromAge follows a birth date's level in a pair's evidence when one record's birth years were
// worked out from an age in its notes (tizim.BirthFromAge), where it states no birth date or only
// about a year: "compatible (from an age)". It comes after FromIDNumber when the other record's
// date was read from its identity number. It is not listed as a level of its own in
// EvidenceLevels.
const FromAge = fromAgeSuffix

// EvidenceLevels lists every field that the matcher's evidence names (Pair.Evidence, and so the
// review queue's tizim.Evidence) with its levels: the compared fields in the order of a
// comparison (name, birth_date, id_number, ...), the name with the level "rarity" after its
// levels of agreement, and last "prior", whose one level is empty. A level may carry
// FromIDNumber or FromAge after it. The lists are the matcher's own tables, copied so that a
// caller cannot change them.
func EvidenceLevels() []FieldLevels {
	out := make([]FieldLevels, 0, nFields+1)
	for f := range nFields {
		levels := slices.Clone(fieldLevels[f])
		if f == fName {
			levels = append(levels, rarityLevel)
		}
		out = append(out, FieldLevels{Field: fieldNames[f], Levels: levels})
	}
	return append(out, FieldLevels{Field: priorField, Levels: []string{""}})
}
