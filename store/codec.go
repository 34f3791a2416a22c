package store

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tizim/tizim"
	"golang.org/x/text/unicode/norm"
)

// row is a record as its columns hold it.
type row struct {
	displayName, sex, birthDate                 string
	birthYear                                   any // int64 or nil
	idNumber, ethnicity, homeCode, homePlace    string
	occupation, status, statusSince, facilities string
	notes, consent, search                      string
	consentRank                                 int64
	names, episodes, relatives, raw, warnings   string
	hash                                        []byte
}

// episode is how an episode is written in the episodes column: dates in EDTF, so that the
// stored form does not follow changes to the Go types.
type episode struct {
	Status     tizim.Status `json:"status,omitempty"`
	Start      string       `json:"start,omitempty"`
	End        string       `json:"end,omitempty"`
	Facility   string       `json:"facility,omitempty"`
	FacilityID int64        `json:"facility_id,omitempty"`
	Charges    string       `json:"charges,omitempty"`
	Sentence   string       `json:"sentence,omitempty"`
}

// encode turns a valid record into its columns. Text that the databases cannot hold (invalid
// UTF-8, NUL) and dates that cannot be written back are EINVALID.
func encode(r *tizim.Record) (*row, error) {
	w := new(row)
	return w, w.encode(r)
}

// encode sets w to the columns of r, as the function encode returns them. Put keeps w on its
// stack: a row is garbage once its values are queued.
func (w *row) encode(r *tizim.Record) error {
	key := r.Key()
	for _, f := range []struct{ name, v string }{
		{"source", r.Source}, {"record_id", r.RecordID}, {"id_number", r.IDNumber},
		{"ethnicity", r.Ethnicity}, {"home code", r.HomeCode}, {"home place", r.HomePlace},
		{"occupation", r.Occupation}, {"notes", r.Notes}, {"sex", string(r.Sex)},
	} {
		if err := checkText(f.v); err != nil {
			return tizim.Errorf(tizim.EINVALID, "record %s: %s %v", key, f.name, err)
		}
	}
	for _, n := range r.Names {
		if err := checkText(n.Text); err != nil {
			return tizim.Errorf(tizim.EINVALID, "record %s: name %v", key, err)
		}
	}
	*w = row{
		displayName: r.DisplayName(), sex: string(r.Sex), idNumber: r.IDNumber,
		ethnicity: r.Ethnicity, homeCode: r.HomeCode, homePlace: r.HomePlace,
		occupation: r.Occupation, status: string(r.Status()), notes: r.Notes,
		consent: string(r.Consent), consentRank: int64(r.Consent.Rank()),
	}
	var err error
	if w.birthDate, err = edtf(r.BirthDate); err != nil {
		return tizim.Errorf(tizim.EINVALID, "record %s: birth date %v", key, err)
	}
	if r.BirthDate.Year != 0 {
		w.birthYear = int64(r.BirthDate.Year)
	}
	eps := make([]episode, len(r.Episodes))
	var facs []string
	for i, e := range r.Episodes {
		eps[i] = episode{Status: e.Status, Facility: e.Facility, FacilityID: e.FacilityID, Charges: e.Charges, Sentence: e.Sentence}
		if eps[i].Start, err = edtf(e.Start); err == nil {
			eps[i].End, err = edtf(e.End)
		}
		if err != nil {
			return tizim.Errorf(tizim.EINVALID, "record %s: episode %d date %v", key, i+1, err)
		}
		if e.Facility != "" {
			facs = append(facs, fold(e.Facility))
		}
	}
	if n := len(r.Episodes); n > 0 {
		if t := r.Episodes[n-1].Start.Time(); !t.IsZero() {
			w.statusSince = t.Format(time.DateOnly)
		}
	}
	w.facilities = strings.Join(facs, "\n")
	folded := make([]string, 0, len(r.Names))
	for _, n := range r.Names {
		if n.Text != "" {
			folded = append(folded, fold(n.Text))
		}
	}
	w.search = strings.Join(folded, "\n")
	w.content(r, eps)
	return nil
}

// content writes the JSON columns and the content hash, which covers them and the scalar
// columns a record's content sets, so that an unchanged record is found without reading it.
// The hashed text (each column followed by a NUL) is written into one buffer: the hash is taken
// of it, and the JSON columns are parts of the one string it becomes, so that a row costs one
// allocation for them all and no second copy for the hash.
func (w *row) content(r *tizim.Record, eps []episode) {
	bp := contentBuffers.Get().(*[]byte)
	b := (*bp)[:0]
	for _, s := range []string{w.sex, w.birthDate, w.idNumber, w.ethnicity, w.homeCode,
		w.homePlace, w.occupation, w.notes, w.consent} {
		b = append(append(b, s...), 0)
	}
	var ends [6]int // where each JSON column starts, and where the last ends
	ends[0] = len(b)
	b = append(appendNames(b, r.Names), 0)
	ends[1] = len(b)
	b = append(appendEpisodes(b, eps), 0)
	ends[2] = len(b)
	b = append(appendRelatives(b, r.Relatives), 0)
	ends[3] = len(b)
	b = append(appendRaw(b, r.Raw), 0)
	ends[4] = len(b)
	b = append(appendStrings(b, r.Warnings), 0)
	ends[5] = len(b)
	h := sha256.Sum256(b)
	w.hash = h[:]
	text := string(b[ends[0]:])
	col := func(i int) string { return text[ends[i]-ends[0] : ends[i+1]-ends[0]-1] }
	w.names, w.episodes, w.relatives, w.raw, w.warnings = col(0), col(1), col(2), col(3), col(4)
	if cap(b) <= 1<<20 { // a huge record's buffer is not kept
		*bp = b
		contentBuffers.Put(bp)
	}
}

// contentBuffers are scratch space for content.
var contentBuffers = sync.Pool{New: func() any { return new([]byte) }}

// checkText reports text that a database column cannot hold.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid UTF-8")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return fmt.Errorf("contains a NUL character")
	}
	return nil
}

// fold is the form names and places are searched in: NFKC, lower case.
func fold(s string) string {
	s = norm.NFKC.String(s)
	if caseless(s) {
		return s
	}
	return strings.ToLower(s)
}

// caseless reports whether strings.ToLower would return s as it is because s has no upper case
// letter. Chinese and Arabic-script names, most of an import's, are decided by their blocks
// without looking a letter up in the Unicode case tables, which strings.ToLower does for every
// one of them.
func caseless(s string) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				return false
			}
		case r >= 0x0600 && r <= 0x06FF, // Arabic
			r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
			r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
			r == 0x00B7:                // middle dot, between the parts of a transcribed name
		default:
			if unicode.ToLower(r) != r || r == utf8.RuneError {
				return false
			}
		}
	}
	return true
}

func jsonList[T any](v []T) string {
	if len(v) == 0 {
		return "[]"
	}
	b, err := json.Marshal(v)
	if err != nil { // cannot happen for these types; keep the record rather than fail
		return "[]"
	}
	return string(b)
}

// recordColumns are the columns decode reads, in its order (see recordFrom): the record's id,
// source, key and person, recordBody, and when it last moved to another person.
const recordColumns = `r.id, s.key, r.record_id, p.person_id, ` + recordBody + `, p.moved`

// recordBody are the columns of decode that records and record_history both have, in its order.
const recordBody = `r.sex, r.birth_date, r.id_number,
	r.ethnicity, r.home_code, r.home_place, r.occupation, r.notes, r.consent, r.names,
	r.episodes, r.relatives, r.raw, r.warnings, r.created, r.updated`

type scanner interface{ Scan(dest ...any) error }

// decode reads a record from a row of recordColumns.
func decode(sc scanner) (*tizim.Record, error) {
	var r tizim.Record
	var sex, birth, consent, names, eps, rels, raw, warns string
	var created, updated, moved int64
	if err := sc.Scan(&r.ID, &r.Source, &r.RecordID, &r.PersonID, &sex, &birth, &r.IDNumber,
		&r.Ethnicity, &r.HomeCode, &r.HomePlace, &r.Occupation, &r.Notes, &consent, &names,
		&eps, &rels, &raw, &warns, &created, &updated, &moved); err != nil {
		return nil, err
	}
	r.Sex, r.Consent = tizim.Sex(sex), tizim.Consent(consent)
	r.BirthDate, _ = tizim.ParseEDTF(birth) // written by edtf, so it reads back
	// A move to another person counts as an update (see moveRecords).
	r.Created, r.Updated = time.Unix(0, created).UTC(), time.Unix(0, max(updated, moved)).UTC()
	var stored []episode
	for _, p := range []struct {
		col string
		v   any
	}{{names, &r.Names}, {eps, &stored}, {rels, &r.Relatives}, {warns, &r.Warnings}} {
		if err := json.Unmarshal([]byte(p.col), p.v); err != nil {
			return nil, fmt.Errorf("record %d: %w", r.ID, err)
		}
	}
	var err error
	if r.Raw, err = parseRaw(raw); err != nil {
		return nil, fmt.Errorf("record %d: %w", r.ID, err)
	}
	for _, e := range stored {
		start, _ := tizim.ParseEDTF(e.Start)
		end, _ := tizim.ParseEDTF(e.End)
		r.Episodes = append(r.Episodes, tizim.Episode{Status: e.Status, Start: start, End: end,
			Facility: e.Facility, FacilityID: e.FacilityID, Charges: e.Charges, Sentence: e.Sentence})
	}
	if len(r.Names) == 0 {
		r.Names = nil
	}
	if len(r.Relatives) == 0 {
		r.Relatives = nil
	}
	if len(r.Raw) == 0 {
		r.Raw = nil
	}
	if len(r.Warnings) == 0 {
		r.Warnings = nil
	}
	return &r, nil
}
