package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/tizim/tizim"
)

// TestBatchedRecordsReadBack writes records with every often-empty column empty and with all
// of them set, through the multi-row INSERT (a full batch and a partial one), and reads each
// back as it was put: an empty value bound as NULL comes back as empty text or an empty list,
// and a second import of the same records changes nothing.
func TestBatchedRecordsReadBack(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		bare := func(i int) *tizim.Record {
			return &tizim.Record{Source: "leak", RecordID: fmt.Sprint(i), Consent: tizim.Internal,
				Names: []tizim.Name{{Text: fmt.Sprintf("Person %d", i)}}}
		}
		full := func(i int) *tizim.Record {
			r := synthetic("leak", i)
			r.Occupation, r.Notes, r.Ethnicity = "teacher", "note\twith tab", "Uyghur"
			r.Relatives = []tizim.Relative{{Relation: "father", Name: "Abdulla Tohti"}}
			r.Warnings = []string{"birth date is approximate"}
			return r
		}
		n := recordBatch + 7
		for pass, want := range []tizim.PutOutcome{tizim.Created, tizim.Unchanged} {
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for i := range n {
				r := bare(i)
				if i%2 == 1 {
					r = full(i)
				}
				if o, err := w.Put(ctx, r); err != nil || o != want {
					t.Fatalf("pass %d, record %d: %v, %v; want %v", pass+1, i, o, err, want)
				}
			}
			if err := w.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		for _, i := range []int{0, 1, n - 2, n - 1} {
			want := bare(i)
			if i%2 == 1 {
				want = full(i)
			}
			got, err := s.FindRecord(ctx, want.Key())
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				name      string
				got, want any
			}{
				{"sex", got.Sex, want.Sex}, {"birth date", got.BirthDate, want.BirthDate},
				{"id number", got.IDNumber, want.IDNumber}, {"ethnicity", got.Ethnicity, want.Ethnicity},
				{"home", got.HomeCode + got.HomePlace, want.HomeCode + want.HomePlace},
				{"occupation", got.Occupation, want.Occupation}, {"notes", got.Notes, want.Notes},
				{"names", got.Names, want.Names}, {"relatives", got.Relatives, want.Relatives},
				{"warnings", got.Warnings, want.Warnings}, {"raw", got.Raw, want.Raw},
				{"episodes", len(got.Episodes), len(want.Episodes)},
			} {
				if !reflect.DeepEqual(c.got, c.want) {
					t.Errorf("record %d %s: got %v, want %v", i, c.name, c.got, c.want)
				}
			}
		}
	})
}

// TestAppendSparseMatchesColumns: appendSparse binds nil exactly for the empty values of the
// columns that insertTuple turns back from NULL, and otherwise what appendValues binds.
func TestAppendSparseMatchesColumns(t *testing.T) {
	empty := &row{relatives: "[]", warnings: "[]", names: "[]", episodes: "[]", raw: "[]"}
	full, err := encode(synthetic("leak", 3))
	if err != nil {
		t.Fatal(err)
	}
	full.occupation, full.notes, full.relatives, full.warnings = "teacher", "n", `[{"relation":"father"}]`, `["w"]`
	for _, w := range []*row{empty, full} {
		got, want := w.appendSparse(nil), w.appendValues(nil)
		if len(got) != len(want) || len(got) != 22 {
			t.Fatalf("appendSparse gave %d values, appendValues %d, want 22", len(got), len(want))
		}
		for c := range got {
			_, isSparse := sparse[c]
			switch {
			case w == empty && isSparse:
				if got[c] != nil {
					t.Errorf("empty column %d: appendSparse %#v, want nil", c, got[c])
				}
			case !reflect.DeepEqual(got[c], want[c]):
				t.Errorf("column %d: appendSparse %#v, appendValues %#v", c, got[c], want[c])
			}
		}
	}
}

// TestRepeatedKeyWhileBatchesQueued puts a record, then so many others that up to batchDepth
// batches are queued or being written, then the same record again and changed: the copy is
// found whichever batch holds it, and the file gives one record with its history.
func TestRepeatedKeyWhileBatchesQueued(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, gap := range []int{recordBatch - 1, 2*recordBatch + 5, (batchDepth+1)*recordBatch + 7} {
			source := fmt.Sprintf("gap-%d", gap)
			w, err := s.BeginWrite(ctx)
			if err != nil {
				t.Fatal(err)
			}
			first := synthetic(source, 0)
			outcomes := make([]tizim.PutOutcome, 3)
			outcomes[0], err = w.Put(ctx, first)
			for i := 1; i <= gap && err == nil; i++ {
				_, err = w.Put(ctx, synthetic(source, i))
			}
			if err == nil {
				outcomes[1], err = w.Put(ctx, synthetic(source, 0))
			}
			changed := synthetic(source, 0)
			changed.Notes = "seen again"
			if err == nil {
				outcomes[2], err = w.Put(ctx, changed)
			}
			if err == nil {
				err = w.Commit()
			}
			if err != nil {
				w.Rollback()
				t.Fatalf("gap %d: %v", gap, err)
			}
			if want := []tizim.PutOutcome{tizim.Created, tizim.Unchanged, tizim.Updated}; !reflect.DeepEqual(outcomes, want) {
				t.Errorf("gap %d: outcomes %v, want %v", gap, outcomes, want)
			}
			got, err := s.FindRecord(ctx, tizim.RecordKey{Source: source, RecordID: "0"})
			if err != nil || got.ID != first.ID || got.Notes != "seen again" {
				t.Errorf("gap %d: stored %+v, %v; want record %d with the notes", gap, got, err, first.ID)
			}
			if _, n, err := s.FindRecords(ctx, tizim.RecordFilter{Source: &source, Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}}); err != nil || n != gap+1 {
				t.Errorf("gap %d: %d records, %v; want %d", gap, n, err, gap+1)
			}
		}
	})
}
