package tizim

import (
	"context"
	"time"
)

// Page is the window of a list: Offset rows are skipped and at most Limit are returned. A Limit
// of 0 means no limit: lists have no hidden cap.
type Page struct {
	Offset int
	Limit  int
}

// RecordFilter selects records. Nil fields do not filter. Clearance is the most closed consent
// level the caller may see; the zero value means Public, so a forgotten clearance denies.
type RecordFilter struct {
	Source   *string
	PersonID *int64
	// UpdatedAfter, when not zero, selects the records created or updated after it, so that an
	// index kept beside the store can catch up with imports made by another process.
	UpdatedAfter time.Time
	Clearance    Consent
	Page
}

// PersonFilter selects people for lists and searches. A person matches when at least one of the
// records the caller may see matches every filter that is set.
type PersonFilter struct {
	Query     string // a name, or part of one, in any script
	Status    *Status
	Sex       *Sex
	HomeCode  *string // a division code prefix: "65" is Xinjiang, "6531" Kashgar prefecture
	Facility  *string // text in an episode's facility
	BornFrom  *int    // birth year range, inclusive
	BornTo    *int
	Source    *string
	Ethnicity *string
	Consent   *Consent // only records at exactly this level
	Clearance Consent
	Page
}

// PutOutcome says what writing a record did.
type PutOutcome int

// Outcomes of RecordWriter.Put.
const (
	Created PutOutcome = iota + 1
	Updated
	Unchanged
)

// RecordWriter writes records in one transaction: a file is imported whole or not at all.
// Put creates a record, or updates the record with the same key; a source named by a record and
// not yet known is created with kind "dataset" and the record's consent level.
type RecordWriter interface {
	Put(ctx context.Context, r *Record) (PutOutcome, error)
	Commit() error
	Rollback() error
}

// RecordService stores and finds records.
type RecordService interface {
	BeginWrite(ctx context.Context) (RecordWriter, error)
	FindRecordByID(ctx context.Context, id int64) (*Record, error)
	FindRecord(ctx context.Context, key RecordKey) (*Record, error)
	FindRecords(ctx context.Context, f RecordFilter) ([]*Record, int, error)
	// RecordHistory returns the earlier versions of a record, oldest first.
	RecordHistory(ctx context.Context, id int64) ([]*Record, error)
}

// SourceService stores and finds sources.
type SourceService interface {
	CreateSource(ctx context.Context, s *Source) error
	UpdateSource(ctx context.Context, s *Source) error
	FindSourceByID(ctx context.Context, id int64) (*Source, error)
	FindSource(ctx context.Context, key string) (*Source, error)
	FindSources(ctx context.Context, clearance Consent, p Page) ([]*Source, int, error)
}

// FacilityService stores and finds facilities.
type FacilityService interface {
	// PutFacility creates a facility, or updates the one with the same key.
	PutFacility(ctx context.Context, f *Facility) error
	FindFacilityByID(ctx context.Context, id int64) (*Facility, error)
	FindFacility(ctx context.Context, key string) (*Facility, error)
	FindFacilities(ctx context.Context, p Page) ([]*Facility, int, error)
}

// PersonService finds people and records the judgements that make them.
type PersonService interface {
	// FindPerson returns the person with the id, with the records the clearance allows. When id
	// was merged into another person, that person is returned: a caller that sees a different
	// ID redirects. A person none of whose records the caller may see is ENOTFOUND.
	FindPerson(ctx context.Context, id int64, clearance Consent) (*Person, error)
	FindPeople(ctx context.Context, f PersonFilter) ([]*Person, int, error)
	// Judge stores judgements and moves records between people as the judgements require.
	Judge(ctx context.Context, js ...Judgement) error
	// Judgements returns every judgement on the record, oldest first.
	Judgements(ctx context.Context, recordID int64) ([]Judgement, error)
}
