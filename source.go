package tizim

import "time"

// SourceKind is what kind of thing a source is.
type SourceKind string

// Source kinds.
const (
	LeakedList        SourceKind = "leaked_list"
	Document          SourceKind = "document"
	Testimony         SourceKind = "testimony"
	MediaReport       SourceKind = "media_report"
	OfficialStatement SourceKind = "official_statement"
	Dataset           SourceKind = "dataset"
	OtherSource       SourceKind = "other"
)

// SourceKinds lists the kinds of source.
var SourceKinds = []SourceKind{LeakedList, Document, Testimony, MediaReport, OfficialStatement, Dataset, OtherSource}

// Reliability grades how far a source can be trusted.
type Reliability string

// Reliability grades.
const (
	Confirmed  Reliability = "confirmed"
	Probable   Reliability = "probable"
	Possible   Reliability = "possible"
	Doubtful   Reliability = "doubtful"
	Unassessed Reliability = "unassessed"
)

// Source is a thing that says something about people: a leaked list, a document, a testimony,
// a media report, an official statement. Key is its short stable name, used in the `source`
// column of files.
type Source struct {
	ID          int64       `json:"id,omitempty"`
	Key         string      `json:"key"`
	Kind        SourceKind  `json:"kind"`
	Title       string      `json:"title,omitempty"`
	Origin      string      `json:"origin,omitempty"` // who published or leaked it, where it came from
	Acquired    PartialDate `json:"acquired"`         // when it was acquired
	Method      string      `json:"method,omitempty"` // how it was acquired
	Language    string      `json:"language,omitempty"`
	Reliability Reliability `json:"reliability,omitempty"`
	Consent     Consent     `json:"consent"`
	Notes       string      `json:"notes,omitempty"`
	Records     int         `json:"records,omitempty"` // how many records it holds (filled by the store)
	Created     time.Time   `json:"created,omitzero"`
}

// Validate checks what the store requires of a source.
func (s *Source) Validate() error {
	if s.Key == "" {
		return Errorf(EINVALID, "source has no key")
	}
	if !s.Consent.Valid() {
		return Errorf(EINVALID, "source %s has no valid consent level", s.Key)
	}
	for _, k := range SourceKinds {
		if k == s.Kind {
			return nil
		}
	}
	return Errorf(EINVALID, "source %s has unknown kind %q", s.Key, s.Kind)
}
