package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/tizim/tizim"
)

// candidateColumns are the columns of a record that entity resolution compares: no source, raw
// row, relatives, warnings, notes or times, whose decoding is most of the cost of reading a
// record (the raw row's JSON alone is a sixth of it).
const candidateColumns = `r.id, r.person_id, r.sex, r.birth_date, r.id_number, r.ethnicity, r.home_code,
	r.home_place, r.occupation, r.names, r.episodes`

// candidateEpisode is the part of a stored episode that resolution compares.
type candidateEpisode struct {
	Facility string `json:"facility,omitempty"`
}

// FindCandidateRecords returns the records with the ids that exist, in id order, whatever their
// consent level, with only the fields entity resolution compares: id, person, sex, birth date,
// identity number, ethnicity, home, occupation, names and the facilities of the episodes. The
// rest (source, raw row, relatives, notes, warnings, times) is left empty: the records are for
// comparing, not for showing or writing back.
func (s *Store) FindCandidateRecords(ctx context.Context, ids []int64) ([]*tizim.Record, error) {
	dec := func(rows scanner) (*tizim.Record, error) { return decodeCandidate(rows) }
	return s.recordsByID(ctx, ids, candidateColumns+` FROM records r`, dec, "find candidate records")
}

// AllCandidateRecords returns every record, in id order, whatever its consent level, with the
// fields FindCandidateRecords gives and the record's key (source and record_id): what a full
// resolution compares and what it reports. Leaving out the raw row, notes, relatives, warnings
// and times keeps a million people's records in half the memory of FindRecords.
func (s *Store) AllCandidateRecords(ctx context.Context) ([]*tizim.Record, error) {
	n, err := s.RecordCount(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+candidateColumns+`, s.key, r.record_id`+recordFrom+` ORDER BY r.id`)
	if err != nil {
		return nil, fmt.Errorf("store: all candidate records: %w", err)
	}
	defer rows.Close()
	out := make([]*tizim.Record, 0, n)
	for rows.Next() {
		var src, id string
		r, err := decodeCandidate(rows, &src, &id)
		if err != nil {
			return nil, fmt.Errorf("store: all candidate records: %w", err)
		}
		r.Source, r.RecordID = src, id
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: all candidate records: %w", err)
	}
	return out, nil
}

// decodeCandidate reads a record from a row of candidateColumns, and the row's further
// columns into more.
func decodeCandidate(rows scanner, more ...any) (*tizim.Record, error) {
	var r tizim.Record
	var sex, birth string
	var names, eps sql.RawBytes
	dest := append([]any{&r.ID, &r.PersonID, &sex, &birth, &r.IDNumber, &r.Ethnicity, &r.HomeCode,
		&r.HomePlace, &r.Occupation, &names, &eps}, more...)
	if err := rows.Scan(dest...); err != nil {
		return nil, err
	}
	r.Sex = tizim.Sex(sex)
	r.BirthDate, _ = tizim.ParseEDTF(birth) // written by edtf, so it reads back
	if err := json.Unmarshal(names, &r.Names); err != nil {
		return nil, fmt.Errorf("record %d: names: %w", r.ID, err)
	}
	if len(r.Names) == 0 {
		r.Names = nil
	}
	if len(eps) > 2 { // not "[]"
		var stored []candidateEpisode
		if err := json.Unmarshal(eps, &stored); err != nil {
			return nil, fmt.Errorf("record %d: episodes: %w", r.ID, err)
		}
		r.Episodes = make([]tizim.Episode, 0, len(stored))
		for _, e := range stored {
			r.Episodes = append(r.Episodes, tizim.Episode{Facility: e.Facility})
		}
	}
	return &r, nil
}
