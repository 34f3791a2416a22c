package tizim

import (
	"strings"
	"time"
)

// NameRole says which part of a person's name a Name holds.
type NameRole string

// Name roles. Uyghur names are a given name and the father's given name, with no family name.
const (
	FullName   NameRole = "full"
	GivenName  NameRole = "given"
	FatherName NameRole = "father"
	Alias      NameRole = "alias"
)

// Name is one written form of a name, as a source gives it.
type Name struct {
	Text string `json:"text"`
	// Script is the writing system of Text, as the names package detects it (latin, arabic,
	// cyrillic, han, mixed).
	Script string   `json:"script,omitempty"`
	Role   NameRole `json:"role,omitempty"`
}

// Episode is one period of detention or of what followed it.
type Episode struct {
	Status Status      `json:"status,omitempty"`
	Start  PartialDate `json:"start"`
	End    PartialDate `json:"end"`
	// Facility is the place as the source names it; FacilityID links it to a known Facility.
	Facility   string `json:"facility,omitempty"`
	FacilityID int64  `json:"facility_id,omitempty"`
	Charges    string `json:"charges,omitempty"`
	Sentence   string `json:"sentence,omitempty"`
}

// Relative is a family member a record mentions.
type Relative struct {
	Relation string `json:"relation"` // father, mother, brother, son, spouse, ...
	Name     string `json:"name"`
	Note     string `json:"note,omitempty"`
}

// Field is one cell of a row as it arrived: the column's header and the value.
type Field struct {
	Column string `json:"column"`
	Value  string `json:"value"`
}

// RecordKey identifies a record: the source's key and the record's id within that source.
type RecordKey struct {
	Source   string `json:"source"`
	RecordID string `json:"record_id"`
}

// String writes the key as "source:record_id".
func (k RecordKey) String() string { return k.Source + ":" + k.RecordID }

// Record is what one source says about one person, kept as the source said it. Importing a
// record with the same key again updates it; the earlier version is kept in its history.
type Record struct {
	ID       int64  `json:"id,omitempty"`
	Source   string `json:"source"`
	RecordID string `json:"record_id"`

	Names      []Name      `json:"names"`
	Sex        Sex         `json:"sex,omitempty"`
	BirthDate  PartialDate `json:"birth_date"`
	IDNumber   string      `json:"id_number,omitempty"`
	Ethnicity  string      `json:"ethnicity,omitempty"`
	HomeCode   string      `json:"home_code,omitempty"`  // administrative division code, when known
	HomePlace  string      `json:"home_place,omitempty"` // the home place as the source gives it
	Occupation string      `json:"occupation,omitempty"`
	Episodes   []Episode   `json:"episodes,omitempty"`
	Relatives  []Relative  `json:"relatives,omitempty"`
	Notes      string      `json:"notes,omitempty"`
	Consent    Consent     `json:"consent"`

	// Raw is the row exactly as it arrived, in column order.
	Raw []Field `json:"raw,omitempty"`
	// Warnings are the values that could not be read, each naming its column; the values
	// themselves stay in Raw.
	Warnings []string `json:"warnings,omitempty"`

	// PersonID is the person this record belongs to, set by the store.
	PersonID int64     `json:"person,omitempty"`
	Created  time.Time `json:"created,omitzero"`
	Updated  time.Time `json:"updated,omitzero"`
}

// Key returns the record's (source, record_id) key.
func (r *Record) Key() RecordKey { return RecordKey{Source: r.Source, RecordID: r.RecordID} }

// DisplayName returns the name to show for the record: its first full name, else its given
// and father's names joined, else its first name of any role.
func (r *Record) DisplayName() string {
	var given, father string
	for _, n := range r.Names {
		switch n.Role {
		case FullName, "":
			return n.Text
		case GivenName:
			given = n.Text
		case FatherName:
			father = n.Text
		}
	}
	if s := strings.TrimSpace(given + " " + father); s != "" {
		return s
	}
	if len(r.Names) > 0 {
		return r.Names[0].Text
	}
	return ""
}

// Status returns the status of the record's latest episode, or "".
func (r *Record) Status() Status {
	if len(r.Episodes) == 0 {
		return ""
	}
	return r.Episodes[len(r.Episodes)-1].Status
}

// Identifiable reports whether anything in the record can identify a person: a name or an
// identity number. A record that is not identifiable is not stored.
func (r *Record) Identifiable() bool {
	if strings.TrimSpace(r.IDNumber) != "" {
		return true
	}
	for _, n := range r.Names {
		if strings.TrimSpace(n.Text) != "" {
			return true
		}
	}
	return false
}

// Validate checks what the store requires of a record.
func (r *Record) Validate() error {
	switch {
	case strings.TrimSpace(r.Source) == "":
		return Errorf(EINVALID, "record has no source")
	case strings.TrimSpace(r.RecordID) == "":
		return Errorf(EINVALID, "record has no record_id")
	case !r.Identifiable():
		return Errorf(EINVALID, "record %s has neither a name nor an identity number", r.Key())
	case !r.Consent.Valid():
		return Errorf(EINVALID, "record %s has no valid consent level", r.Key())
	}
	return nil
}
