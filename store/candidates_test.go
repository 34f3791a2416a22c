package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// TestFindCandidateRecords checks that the lean readers give every field resolution compares as
// the full reader does, in id order, skipping ids that do not exist, and that the reader of
// every record gives their keys too.
func TestFindCandidateRecords(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a := rec("list", "1", "Ilham Tohti", tizim.Public)
		a.Names = append(a.Names, tizim.Name{Text: "ئىلھام توختى", Script: "arabic", Role: tizim.Alias})
		a.Sex, a.BirthDate, a.IDNumber = tizim.Male, tizim.PartialDate{Year: 1969, Month: 10}, "65310119691025001X"
		a.Ethnicity, a.HomeCode, a.HomePlace, a.Occupation = "uyghur", "653101", "Atush", "economist"
		a.Episodes = []tizim.Episode{{Status: tizim.Detained, Start: tizim.PartialDate{Year: 2017, Month: 4, Day: 12}, Facility: "Urumqi No. 1 Detention Center", Charges: "separatism"},
			{Status: tizim.Sentenced, Start: tizim.PartialDate{Year: 2019, Approximate: true}, Charges: "分裂国家罪", Sentence: "无期徒刑"}}
		a.Notes = "left out"
		b := rec("testimony", "7", "Mämät Tursun", tizim.Sealed)
		b.Notes = "aged 42 in 2019" // read, since b states no birth date
		put(t, s, a, b)
		full, err := s.FindRecordsByID(ctx, []int64{a.ID, b.ID})
		if err != nil {
			t.Fatal(err)
		}
		some, err := s.FindCandidateRecords(ctx, []int64{b.ID, 1 << 40, a.ID})
		if err != nil {
			t.Fatal(err)
		}
		every := collect(t, s.EachCandidateRecords)
		for i, r := range every {
			if w := full[i].Key(); r.Key() != w {
				t.Errorf("EachCandidateRecords: record %d has key %v, want %v", r.ID, r.Key(), w)
			}
		}
		for _, got := range [][]*tizim.Record{some, every} {
			checkCandidates(t, got, full, a.ID, b.ID)
		}
	})
}

// checkCandidates checks records read by a lean reader against the same records read in full.
func checkCandidates(t *testing.T, got, full []*tizim.Record, a, b int64) {
	t.Helper()
	if len(got) != 2 || got[0].ID != a || got[1].ID != b {
		t.Fatalf("got %d records, want %d and %d in order", len(got), a, b)
	}
	for i, g := range got {
		w := full[i]
		if g.PersonID != w.PersonID || g.Sex != w.Sex || g.BirthDate != w.BirthDate || g.IDNumber != w.IDNumber ||
			g.Ethnicity != w.Ethnicity || g.HomeCode != w.HomeCode || g.HomePlace != w.HomePlace ||
			g.Occupation != w.Occupation || !slices.Equal(g.Names, w.Names) || len(g.Episodes) != len(w.Episodes) {
			t.Errorf("record %d: %+v, want the compared fields of %+v", g.ID, g, w)
		}
		for k := range g.Episodes {
			ge, we := g.Episodes[k], w.Episodes[k]
			if ge.Facility != we.Facility || ge.Start != we.Start || ge.Charges != we.Charges || ge.Sentence != we.Sentence || ge.Status != we.Status {
				t.Errorf("record %d episode %d: %s at %q from %v (%q, %q), want %s at %q from %v (%q, %q)", g.ID, k,
					ge.Status, ge.Facility, ge.Start, ge.Charges, ge.Sentence, we.Status, we.Facility, we.Start, we.Charges, we.Sentence)
			}
		}
		if g.Raw != nil {
			t.Errorf("record %d: raw row read, want it left out", g.ID)
		}
		// the notes only of a record without a birth date or with about a year, for the age
		// they may state
		want := ""
		if w.BirthDate.IsZero() || strings.HasSuffix(w.BirthDate.String(), "~") {
			want = w.Notes
		}
		if g.Notes != want {
			t.Errorf("record %d born %v: notes %q, want %q", g.ID, w.BirthDate, g.Notes, want)
		}
	}
}

// TestFindCandidatesManyKeys checks candidate reads over more key buckets than one statement
// reads: each key's own record, and of a common key the records born nearest.
func TestFindCandidatesManyKeys(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const n = 2*chunk + 9
		var rs []*tizim.Record
		for i := range n {
			rs = append(rs, rec("list", fmt.Sprint(i), "Memet Tursun", tizim.Public))
		}
		put(t, s, rs...)
		const common = uint64(1) << 62
		keys := map[int64]tizim.CandidateKeys{}
		own := func(i int) uint64 { return uint64(i+1)<<(64-keyBucketBits) | 7 } // in a bucket of its own
		for i, r := range rs {                                                   // record i: its own key and the common key, born on day 10·i
			keys[r.ID] = tizim.CandidateKeys{Keys: []uint64{own(i), common}, Born: int32(10 * i)}
		}
		if err := s.PutCandidateKeys(ctx, keys, true); err != nil {
			t.Fatal(err)
		}
		var qs []tizim.CandidateQuery
		for i := range n {
			qs = append(qs, tizim.CandidateQuery{Key: own(i), Born: 5}, tizim.CandidateQuery{Key: common, Born: int32(10*i + 5)})
		}
		found, err := s.FindCandidates(ctx, qs, tizim.CandidateLimits{Block: 3, Window: 1, Max: 2 * n})
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			if got := found[qs[2*i]]; !slices.Equal(got, []int64{rs[i].ID}) {
				t.Errorf("key of record %d: %v, want [%d]", i, got, rs[i].ID)
			}
			want := []int64{rs[i].ID} // born 5 days before; the next is born 5 days after
			if i+1 < n {
				want = append(want, rs[i+1].ID)
			}
			if got := found[qs[2*i+1]]; !slices.Equal(got, want) {
				t.Errorf("common key born after record %d: %v, want %v", i, got, want)
			}
		}
	})
}

// TestReviewerJudgements checks that a resolution reads the reviewers' judgements on its
// records, each once and oldest first, and not the matcher's.
func TestReviewerJudgements(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b, c := rec("list", "1", "Memet Tursun", tizim.Public), rec("list", "2", "Memet Tursun", tizim.Public), rec("list", "3", "Memet Tursun", tizim.Public)
		put(t, s, a, b, c)
		if err := s.Judge(ctx,
			tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Same, By: tizim.Matcher, Reason: "weight"},
			tizim.Judgement{A: a.ID, B: b.ID, Verdict: tizim.Different, By: "alice", Reason: "brothers"},
			tizim.Judgement{A: b.ID, B: c.ID, Verdict: tizim.Different, By: "bob", Reason: "other father"}); err != nil {
			t.Fatal(err)
		}
		// a and b in different chunks of ids: their judgement is read twice, kept once
		ids := []int64{a.ID}
		for i := range chunk {
			ids = append(ids, 1<<40+int64(i))
		}
		ids = append(ids, b.ID)
		js, err := s.ReviewerJudgements(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		var by []string
		for _, j := range js {
			by = append(by, j.By)
		}
		if !slices.Equal(by, []string{"alice", "bob"}) {
			t.Errorf("judgements by %v, want alice's then bob's", by)
		}
		if js, err := s.ReviewerJudgements(ctx, []int64{c.ID}); err != nil || len(js) != 1 || js[0].By != "bob" {
			t.Errorf("judgements on c: %+v (%v), want bob's", js, err)
		}
	})
}

// TestCandidatesInRanges: read in several ranges of ids at once, every record comes once, in
// id order, as one query reads them, whether ids have gaps or a range is empty.
func TestCandidatesInRanges(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		recs := putNamesakes(t, s, 40)
		// a gap of ids in the middle: the second of three ranges is empty
		for _, q := range []string{`DELETE FROM record_persons WHERE record_id > ? AND record_id <= ?`, `DELETE FROM records WHERE id > ? AND id <= ?`} {
			if _, err := s.db.ExecContext(ctx, s.d.rebind(q), recs[12].ID, recs[28].ID); err != nil {
				t.Fatal(err)
			}
		}
		n, err := s.RecordCount(ctx)
		if err != nil || n != 40-16 {
			t.Fatalf("%d records (%v), want 24", n, err)
		}
		in := func(parts int) func(context.Context, func([]*tizim.Record) error) error {
			return func(ctx context.Context, fn func([]*tizim.Record) error) error {
				return s.eachCandidateIn(ctx, n, parts, min(candidateReaders, parts), fn)
			}
		}
		one := collect(t, in(1))
		if len(one) != n {
			t.Fatalf("one range: %d records, want %d", len(one), n)
		}
		for _, parts := range []int{2, 3, 7, 60} {
			got := collect(t, in(parts))
			if len(got) != len(one) {
				t.Fatalf("%d ranges: %d records, want %d", parts, len(got), len(one))
			}
			for i, r := range got {
				if r.ID != one[i].ID || r.Key() != one[i].Key() || !slices.Equal(r.Names, one[i].Names) {
					t.Errorf("%d ranges: record %d is %d %v, want %d %v", parts, i, r.ID, r.Key(), one[i].ID, one[i].Key())
				}
			}
		}
	})
}

// collect returns every record each hands on, in order.
func collect(t *testing.T, each func(context.Context, func([]*tizim.Record) error) error) []*tizim.Record {
	t.Helper()
	var out []*tizim.Record
	if err := each(context.Background(), func(rs []*tizim.Record) error {
		out = append(out, rs...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// putNamesakes stores n public records of one list, "Memet Tursun 0" to n-1, and returns them.
func putNamesakes(t *testing.T, s *Store, n int) []*tizim.Record {
	t.Helper()
	var recs []*tizim.Record
	for i := range n {
		recs = append(recs, rec("list", fmt.Sprint(i), fmt.Sprintf("Memet Tursun %d", i), tizim.Public))
	}
	put(t, s, recs...)
	return recs
}

// TestEachCandidateRecordsStops: ranges come in id order, and the first error of the caller's
// stops the reading and is returned as it is, with ranges still being read ahead.
func TestEachCandidateRecordsStops(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		recs := putNamesakes(t, s, 30)
		stop := errors.New("enough")
		var last int64
		calls := 0
		err := s.eachCandidateIn(ctx, len(recs), 10, 3, func(rs []*tizim.Record) error {
			for _, r := range rs {
				if r.ID <= last {
					t.Errorf("record %d after %d", r.ID, last)
				}
				last = r.ID
			}
			if calls++; calls == 4 {
				return stop
			}
			return nil
		})
		if err != stop || calls != 4 {
			t.Errorf("stopped after %d ranges with %v, want 4 and %v", calls, err, stop)
		}
	})
}

// TestRecordCount checks that the count covers every record, sealed ones too.
func TestRecordCount(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if n, err := s.RecordCount(ctx); err != nil || n != 0 {
			t.Fatalf("empty database: %d records (%v)", n, err)
		}
		put(t, s, rec("list", "1", "Memet Tursun", tizim.Public), rec("list", "2", "Memet Tursun", tizim.Sealed))
		if n, err := s.RecordCount(ctx); err != nil || n != 2 {
			t.Errorf("%d records (%v), want 2", n, err)
		}
	})
}

// TestCandidateNotesCut: the notes read for an age stop where tizim.BirthFromAge stops reading,
// so that a record of a megabyte of notes is not read whole by every resolution.
func TestCandidateNotesCut(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		r := rec("testimony", "8", "Mämät Tursun", tizim.Internal)
		r.Notes = "aged 42 in 2019; " + strings.Repeat("ü", 3*tizim.AgeText)
		about := rec("testimony", "9", "Mämät Tursun", tizim.Internal)
		about.BirthDate, about.Notes = tizim.PartialDate{Year: 1977, Approximate: true}, r.Notes
		put(t, s, r, about)
		got, err := s.FindCandidateRecords(context.Background(), []int64{r.ID, about.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("%d records read, want 2", len(got))
		}
		for _, g := range got {
			if utf8.RuneCountInString(g.Notes) != tizim.AgeText || !strings.HasPrefix(r.Notes, g.Notes) {
				t.Errorf("record %d: notes of %d characters read as %d", g.ID, utf8.RuneCountInString(r.Notes), utf8.RuneCountInString(g.Notes))
			}
		}
	})
}
