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
	dec := func(rows scanner) (*tizim.Record, error) { return decodeCandidate(rows) }
	recs, err := s.recordsByID(ctx, ids, candidateColumns+` FROM`+withPersons, dec, "find candidate records")
	if err != nil {
		return nil, err
	}
	return recs, s.linkFacilities(ctx, recs)
}

// decodeCandidate reads a record from a row of candidateColumns, and the row's further
// columns into more.
func decodeCandidate(rows scanner, more ...any) (*tizim.Record, error) {
	var r tizim.Record
	var sex, birth string
	var names, eps, notes sql.RawBytes
	dest := append([]any{&r.ID, &r.PersonID, &sex, &birth, &r.IDNumber, &r.Ethnicity, &r.HomeCode,
		&r.HomePlace, &r.Occupation, &names, &eps, &notes}, more...)
	if err := rows.Scan(dest...); err != nil {
		return nil, err
	}
	r.Sex = tizim.Sex(sex)
	r.BirthDate, _ = tizim.ParseEDTF(birth) // written by edtf, so it reads back
	if len(notes) > 0 {
		r.Notes = string(notes)
	}
	var err error
	if r.Names, err = decodeNames(names); err != nil {
		return nil, fmt.Errorf("record %d: names: %w", r.ID, err)
	}
	if len(eps) > 2 { // not "[]"
		stored, err := decodeEpisodes(eps)
		if err != nil {
			return nil, fmt.Errorf("record %d: episodes: %w", r.ID, err)
		}
		r.Episodes = make([]tizim.Episode, 0, len(stored))
		for _, e := range stored {
			start, _ := tizim.ParseEDTF(e.Start) // written by edtf, so it reads back
			r.Episodes = append(r.Episodes, tizim.Episode{Status: tizim.Status(e.Status), Start: start, Facility: e.Facility,
				FacilityID: e.FacilityID, Charges: e.Charges, Sentence: e.Sentence})
		}
	}
	return &r, nil
}
