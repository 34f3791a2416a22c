package store

import (
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// where collects the conditions of a query and their arguments. records says whether a
// condition reads the records table r, beside record_persons p.
type where struct {
	conds   []string
	args    []any
	records bool
}

// onRecords adds a condition that reads the records table r.
func (w *where) onRecords(cond string, args ...any) {
	w.records = true
	w.add(cond, args...)
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

// recordWhere returns the conditions on records r and their persons p that f sets (see
// listFrom). The clearance is always one.
func recordWhere(f tizim.RecordFilter) *where {
	w := &where{}
	w.add("p.consent_rank <= ?", clearanceRank(f.Clearance))
	if f.Source != nil {
		w.onRecords("r.source_id = (SELECT id FROM sources WHERE key = ?)", *f.Source)
	}
	if f.PersonID != nil {
		w.add("p.person_id = ?", *f.PersonID)
	}
	if !f.UpdatedAfter.IsZero() {
		// A move to another person counts as an update (see moveRecords).
		t := f.UpdatedAfter.UnixNano()
		w.onRecords("(r.updated > ? OR p.moved > ?)", t, t)
	}
	return w
}

// listFrom is the FROM clause of a listing by w: record_persons p, joined to the records r
// when a condition of w reads them.
func listFrom(w *where) string {
	if w.records {
		return ` FROM` + withPersons
	}
	return ` FROM record_persons p`
}

// personWhere returns the conditions on records r and their persons p that f sets: a person
// is listed when one of its records meets all of them. Without a filter but the clearance,
// only record_persons is read (see listFrom).
func personWhere(f tizim.PersonFilter) *where {
	w := &where{}
	w.add("p.consent_rank <= ?", clearanceRank(f.Clearance))
	if q := strings.TrimSpace(f.Query); q != "" {
		w.onRecords(`r.search LIKE ? ESCAPE '\'`, likePattern(fold(q)))
	}
	if f.Status != nil {
		w.onRecords("r.status = ?", string(*f.Status))
	}
	if f.Sex != nil {
		w.onRecords("r.sex = ?", string(*f.Sex))
	}
	if f.HomeCode != nil {
		w.onRecords(`r.home_code LIKE ? ESCAPE '\'`, prefixPattern(*f.HomeCode))
	}
	if f.Facility != nil {
		w.onRecords(`r.facilities LIKE ? ESCAPE '\'`, likePattern(fold(*f.Facility)))
	}
	if f.BornFrom != nil {
		w.onRecords("r.birth_year >= ?", *f.BornFrom)
	}
	if f.BornTo != nil {
		w.onRecords("r.birth_year <= ?", *f.BornTo)
	}
	if f.Source != nil {
		w.onRecords("r.source_id = (SELECT id FROM sources WHERE key = ?)", *f.Source)
	}
	if f.Ethnicity != nil {
		w.onRecords("r.ethnicity = ?", *f.Ethnicity)
	}
	if f.Consent != nil {
		w.onRecords("r.consent = ?", string(*f.Consent))
	}
	return w
}
