package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/tizim/tizim"
)

// candidateColumns are the columns of a record that entity resolution compares: no source, raw
// row, relatives, warnings or times, whose decoding is most of the cost of reading a record (the
// raw row's JSON alone is a sixth of it). The notes are read only of a record without a birth
// date or with about a year (1977~: sources work it out from an age), and only as far as
// tizim.BirthFromAge looks for an age (its AgeText bytes; substr counts characters, which are at
// least as many bytes).
var candidateColumns = `r.id, p.person_id, r.sex, r.birth_date, r.id_number, r.ethnicity, r.home_code,
	r.home_place, r.occupation, r.names, r.episodes,
	CASE WHEN r.birth_date = '' OR r.birth_date LIKE '%~' THEN substr(r.notes, 1, ` + strconv.Itoa(tizim.AgeText) + `) ELSE '' END`

// candidateEpisode is the part of a stored episode that resolution compares.
type candidateEpisode struct {
	Start      string `json:"start,omitempty"`
	Facility   string `json:"facility,omitempty"`
	FacilityID int64  `json:"facility_id,omitempty"`
	Charges    string `json:"charges,omitempty"`
	Sentence   string `json:"sentence,omitempty"`
	Status     string `json:"status,omitempty"`
}

// FindCandidateRecords returns the records with the ids that exist, in id order, whatever their
// consent level, with only the fields entity resolution compares: id, person, sex, birth date,
// identity number, ethnicity, home, occupation, names, the notes of a record without a birth
// date or with about a year, and the statuses, start dates, facilities, charges and sentences of
// the episodes, each facility linked to the known facility it names (linkFacilities). The rest
// (source, raw row, relatives, other records' notes, warnings, times) is left empty: the records
// are for comparing, not for showing or writing back.
func (s *Store) FindCandidateRecords(ctx context.Context, ids []int64) ([]*tizim.Record, error) {
	c := newCandidateRow()
	dec := func(rows scanner) (*tizim.Record, error) {
		r := &tizim.Record{}
		return r, c.decode(rows, r)
	}
	recs, err := s.recordsByID(ctx, ids, candidateColumns+` FROM`+withPersons, dec, "find candidate records")
	if err != nil {
		return nil, err
	}
	return recs, s.linkFacilities(ctx, recs)
}

// candidateRow reads records from rows of candidateColumns, and each row's further columns
// into more, through the same variables row after row: a million people's records, scanned
// each into variables and a list of them of its own, allocated 1.5 GB besides the records.
type candidateRow struct {
	id, person                                int64
	sex, birth, idn, eth, homeCode, home, occ string
	names, eps, notes                         sql.RawBytes
	dest                                      []any
}

func newCandidateRow(more ...any) *candidateRow {
	c := &candidateRow{}
	c.dest = append([]any{&c.id, &c.person, &c.sex, &c.birth, &c.idn, &c.eth, &c.homeCode,
		&c.home, &c.occ, &c.names, &c.eps, &c.notes}, more...)
	return c
}

// decode reads the row rows is at into r, which must be zero, and the further columns into
// the variables newCandidateRow was given.
func (c *candidateRow) decode(rows scanner, r *tizim.Record) error {
	if err := rows.Scan(c.dest...); err != nil {
		return err
	}
	r.ID, r.PersonID, r.Sex = c.id, c.person, tizim.Sex(c.sex)
	r.IDNumber, r.Ethnicity, r.HomeCode, r.HomePlace, r.Occupation = c.idn, c.eth, c.homeCode, c.home, c.occ
	r.BirthDate, _ = tizim.ParseEDTF(c.birth) // written by edtf, so it reads back
	if len(c.notes) > 0 {
		r.Notes = string(c.notes)
	}
	var err error
	if r.Names, err = decodeNames(c.names); err != nil {
		return fmt.Errorf("record %d: names: %w", r.ID, err)
	}
	if len(c.eps) > 2 { // not "[]"
		stored, err := decodeEpisodes(c.eps)
		if err != nil {
			return fmt.Errorf("record %d: episodes: %w", r.ID, err)
		}
		r.Episodes = make([]tizim.Episode, 0, len(stored))
		for _, e := range stored {
			start, _ := tizim.ParseEDTF(e.Start) // written by edtf, so it reads back
			r.Episodes = append(r.Episodes, tizim.Episode{Status: tizim.Status(e.Status), Start: start, Facility: e.Facility,
				FacilityID: e.FacilityID, Charges: e.Charges, Sentence: e.Sentence})
		}
	}
	return nil
}
