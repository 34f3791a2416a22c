package web

import "strings"

// The review page explains a pair's score with the matcher's evidence: a field, the level at
// which it agreed and a weight. The matcher names fields and levels with identifiers (birth_date,
// masked_compatible) that scripts and the stored queue keep; a reviewer reads them as words of
// their language, from the catalogs' field.<field> and level.<field>.<level> or level.<level>
// keys. The JSON the matcher writes keeps the identifiers.

// fromIDNumber follows a level when one record's value of the field was read from its identity
// number rather than written in it. It is resolve.FromIDNumber, written out here so that the web
// does not import the matcher; a test holds the two equal.
const fromIDNumber = " (from id number)"

// fromAge follows a birth date's level when one record's year was worked out from an age in its
// notes; it comes after fromIDNumber when both are said. It is resolve.FromAge, written out here
// for the same reason.
const fromAge = " (from an age)"

// Field names a record field or a matcher's evidence field (birth_date, detained_on, prior) in
// the visitor's language, or as it is when no catalog has it (a field of a newer matcher).
func (w *view) Field(name string) string {
	if msg, ok := w.message("field." + name); ok {
		return msg
	}
	return name
}

// Level names the level at which a field of the matcher's evidence agreed (one_digit, near)
// in the visitor's language: the field's own word for it (a near birth date is within two
// years, a near detention within three months), else the level's word for any field, else the
// level as the matcher named it (a level of a newer matcher). A value read from an identity
// number or worked out from an age says so after the word. The prior's level is empty, and so is
// its word.
func (w *view) Level(field, level string) string {
	base, aged := strings.CutSuffix(level, fromAge)
	base, fromID := strings.CutSuffix(base, fromIDNumber)
	word := base
	if base != "" {
		for _, key := range [...]string{"level." + field + "." + base, "level." + base} {
			if msg, ok := w.message(key); ok {
				word = msg
				break
			}
		}
	}
	if fromID {
		word = translate(w.v.lang, "level.from_id", word)
	}
	if aged {
		word = translate(w.v.lang, "level.from_age", word)
	}
	return word
}

// message returns the catalog's text for key in the visitor's language (or English), and
// whether a catalog has it.
func (w *view) message(key string) (string, bool) {
	msg := translate(w.v.lang, key)
	return msg, msg != key
}
