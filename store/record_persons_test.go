package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// linkedRecords stores n records, joins every third to the one before it and changes the
// consent of record 5, and returns each record's id and person.
func linkedRecords(t *testing.T, s *Store, n int) (ids, persons []int64) {
	t.Helper()
	ctx := context.Background()
	var recs []*tizim.Record
	for i := range n {
		recs = append(recs, rec("list", fmt.Sprint(i), fmt.Sprintf("Memet Tursun %d", i), tizim.Public))
	}
	put(t, s, recs...)
	for i := 2; i < n; i += 3 {
		if err := s.Judge(ctx, tizim.Judgement{A: recs[i-1].ID, B: recs[i].ID, Verdict: tizim.Same, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
	}
	changed := rec("list", "5", "Memet Tursun 5", tizim.Partners)
	put(t, s, changed)
	for _, r := range recs {
		got, err := s.FindRecordByID(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		ids, persons = append(ids, got.ID), append(persons, got.PersonID)
	}
	return ids, persons
}

// TestRecordPersonsMigration: a database from before migration 0400, its people in
// records.person_id, has after it every record in the same person, and the people list,
// the counts, a record's history and a new record read as before.
func TestRecordPersonsMigration(t *testing.T) {
	undo := map[string][]string{
		"sqlite": {
			`ALTER TABLE records ADD COLUMN person_id INTEGER NOT NULL DEFAULT 0`,
			`UPDATE records SET person_id = (SELECT person_id FROM record_persons WHERE record_id = records.id)`,
			`CREATE INDEX records_person ON records(person_id, consent_rank)`,
			`DROP TRIGGER record_persons_consent`, `DROP TABLE record_persons`,
		},
		"postgres": {
			`ALTER TABLE records ADD COLUMN person_id BIGINT NOT NULL DEFAULT 0`,
			`UPDATE records r SET person_id = p.person_id FROM record_persons p WHERE p.record_id = r.id`,
			`CREATE INDEX records_person ON records(person_id, consent_rank)`,
			`DROP TRIGGER record_persons_consent ON records`, `DROP FUNCTION record_persons_consent()`,
			`DROP TABLE record_persons`,
		},
	}
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids, persons := linkedRecords(t, s, 12)
		people, total, err := s.FindPeople(ctx, tizim.PersonFilter{Clearance: tizim.Internal})
		if err != nil {
			t.Fatal(err)
		}
		counts, err := s.Counts(ctx, tizim.Internal)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range append(undo[s.d.name], `DELETE FROM schema_migrations WHERE version LIKE '%0400_record_persons.sql'`) {
			if _, err := s.db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if err := migrate(ctx, s.db, s.d); err != nil {
			t.Fatal(err)
		}
		s.forget()
		for i, id := range ids {
			r, err := s.FindRecordByID(ctx, id)
			if err != nil || r.PersonID != persons[i] {
				t.Fatalf("record %d after the migration: person %v (%v), want %d", id, r, err, persons[i])
			}
		}
		after, n, err := s.FindPeople(ctx, tizim.PersonFilter{Clearance: tizim.Internal})
		if err != nil || n != total || len(after) != len(people) {
			t.Fatalf("people after the migration: %d of %d (%v), want %d of %d", len(after), n, err, len(people), total)
		}
		for i := range people {
			if after[i].ID != people[i].ID || after[i].RecordCount != people[i].RecordCount {
				t.Errorf("person %d after the migration: %+v, want %+v", i, after[i], people[i])
			}
		}
		if c, err := s.Counts(ctx, tizim.Internal); err != nil || c != counts {
			t.Errorf("counts after the migration: %+v (%v), want %+v", c, err, counts)
		}
		// the records' triggers work on the new table
		put(t, s, rec("list", "2", "Memet Tursun 2 changed", tizim.Public), rec("list", "new", "Ali Memet", tizim.Public))
		hist, err := s.RecordHistory(ctx, ids[2])
		if err != nil || len(hist) != 1 || hist[0].PersonID != persons[2] {
			t.Errorf("history of record %d: %+v (%v), want one version in person %d", ids[2], hist, err, persons[2])
		}
		fresh, err := s.FindRecord(ctx, tizim.RecordKey{Source: "list", RecordID: "new"})
		if err != nil || fresh.PersonID != fresh.ID {
			t.Errorf("a new record after the migration: %+v (%v), want a person of its own", fresh, err)
		}
	})
}

// TestMoveIsUpdate: a record moved to another person is found by UpdatedAfter and
// ScanNames with its new person and the time of the move, its content and history unchanged;
// a change of consent is followed by record_persons, so that the people a reader may see
// change with it.
func TestMoveIsUpdate(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids, _ := linkedRecords(t, s, 6)
		before := time.Now()
		time.Sleep(2 * time.Millisecond)
		if err := s.Judge(ctx, tizim.Judgement{A: ids[0], B: ids[5], Verdict: tizim.Same, By: "reviewer"}); err != nil {
			t.Fatal(err)
		}
		moved, _, err := s.FindRecords(ctx, tizim.RecordFilter{Clearance: tizim.Sealed, UpdatedAfter: before})
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, r := range moved {
			got = append(got, r.ID)
			if r.PersonID != ids[0] || !r.Updated.After(before) {
				t.Errorf("moved record %d: person %d updated %v, want person %d after %v", r.ID, r.PersonID, r.Updated, ids[0], before)
			}
		}
		// records 4 and 5 were one person, and both move to record 0's
		if want := []int64{ids[4], ids[5]}; !slices.Equal(got, want) {
			t.Errorf("records updated by the move: %v, want %v", got, want)
		}
		var scanned []int64
		err = s.ScanNames(ctx, before, 0, func(rs []*tizim.Record) error {
			for _, r := range rs {
				scanned = append(scanned, r.ID)
				if r.PersonID != ids[0] {
					t.Errorf("scanned record %d in person %d, want %d", r.ID, r.PersonID, ids[0])
				}
			}
			return nil
		})
		if err != nil || !slices.Equal(scanned, got) {
			t.Errorf("ScanNames after the move: %v (%v), want %v", scanned, err, got)
		}
		if h, err := s.RecordHistory(ctx, ids[4]); err != nil || len(h) != 0 {
			t.Errorf("history of a moved record: %d versions (%v), want none", len(h), err)
		}
		// Record 0's person is now records 0, 4 and 5; sealing all three hides it.
		for _, id := range []int64{ids[0], ids[4], ids[5]} {
			r, err := s.FindRecordByID(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			r.Consent = tizim.Sealed
			r.ID, r.PersonID = 0, 0
			put(t, s, r)
		}
		s.forget()
		if _, err := s.FindPerson(ctx, ids[0], tizim.Internal); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("a person of sealed records, to an internal reader: %v, want not found", err)
		}
		if p, err := s.FindPerson(ctx, ids[0], tizim.Sealed); err != nil || p.RecordCount != 3 {
			t.Errorf("a person of sealed records, to a sealed reader: %+v (%v), want 3 records", p, err)
		}
		if c, err := s.Counts(ctx, tizim.Internal); err != nil || c.Records != 3 || c.People != 2 {
			t.Errorf("counts to an internal reader: %+v (%v), want 3 records of 2 people", c, err)
		}
	})
}
