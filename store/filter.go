package store

import (
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// where collects the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	for _, a := range args {
		if s, ok := a.(string); ok {
			a = clean(s)
		}
		w.args = append(w.args, a)
	}
}

// clean makes text a caller searches for storable: PostgreSQL refuses invalid UTF-8 and NUL
// in text, and such a search should find nothing rather than fail.
func clean(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "\uFFFD")
}

// String returns the WHERE clause, or "" when there is no condition.
func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// recordWhere returns the conditions on records r that f sets. The clearance is always one.
func recordWhere(f tizim.RecordFilter) *where {
	w := &where{}
	w.add("r.consent_rank <= ?", clearanceRank(f.Clearance))
	if f.Source != nil {
		w.add("r.source_id = (SELECT id FROM sources WHERE key = ?)", *f.Source)
	}
	if f.PersonID != nil {
		w.add("r.person_id = ?", *f.PersonID)
	}
	if !f.UpdatedAfter.IsZero() {
		w.add("r.updated > ?", f.UpdatedAfter.UnixNano())
	}
	return w
}

// personWhere returns the conditions on records r that f sets: a person is listed when one of
// its records meets all of them.
func personWhere(f tizim.PersonFilter) *where {
	w := &where{}
	w.add("r.consent_rank <= ?", clearanceRank(f.Clearance))
	if q := strings.TrimSpace(f.Query); q != "" {
		w.add(`r.search LIKE ? ESCAPE '\'`, likePattern(fold(q)))
	}
	if f.Status != nil {
		w.add("r.status = ?", string(*f.Status))
	}
	if f.Sex != nil {
		w.add("r.sex = ?", string(*f.Sex))
	}
	if f.HomeCode != nil {
		w.add(`r.home_code LIKE ? ESCAPE '\'`, prefixPattern(*f.HomeCode))
	}
	if f.Facility != nil {
		w.add(`r.facilities LIKE ? ESCAPE '\'`, likePattern(fold(*f.Facility)))
	}
	if f.BornFrom != nil {
		w.add("r.birth_year >= ?", *f.BornFrom)
	}
	if f.BornTo != nil {
		w.add("r.birth_year <= ?", *f.BornTo)
	}
	if f.Source != nil {
		w.add("r.source_id = (SELECT id FROM sources WHERE key = ?)", *f.Source)
	}
	if f.Ethnicity != nil {
		w.add("r.ethnicity = ?", *f.Ethnicity)
	}
	if f.Consent != nil {
		w.add("r.consent = ?", string(*f.Consent))
	}
	return w
}
