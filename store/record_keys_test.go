package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// eachBucket calls fn with every row of the bucket table, in bucket order.
func eachBucket(t *testing.T, s *Store, table string, fn func(bucket int64, entries []byte)) {
	t.Helper()
	rows, err := s.db.Query(`SELECT bucket, entries FROM ` + table + ` ORDER BY bucket`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var b int64
		var raw []byte
		if err := rows.Scan(&b, &raw); err != nil {
			t.Fatal(err)
		}
		fn(b, raw)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// keyRows reads every entry of resolve_key_buckets, checking that each is in its bucket and
// in order, and returns them in order.
func keyRows(t *testing.T, s *Store) []keyRow {
	t.Helper()
	var out []keyRow
	eachBucket(t, s, keyBucketTable, func(b int64, raw []byte) {
		e, err := keyEntriesOf(b, raw)
		if err != nil {
			t.Fatal(err)
		}
		if e.len() == 0 {
			t.Errorf("bucket %d is empty", b)
		}
		for i := range e.len() {
			r := e.row(i)
			if keyBucket(r.key) != b {
				t.Errorf("key %x in bucket %d", r.key, b)
			}
			if len(out) > 0 && compareKeyRows(out[len(out)-1], r) >= 0 {
				t.Errorf("bucket %d: %v after %v", b, r, out[len(out)-1])
			}
			out = append(out, r)
		}
	})
	return out
}

// recordRows reads every entry of resolve_record_buckets, checking that each is in its bucket
// and in order, by record: its keys sorted, each once (as the code writes them; the migration
// keeps them as they were).
func recordRows(t *testing.T, s *Store) map[int64][]uint64 {
	t.Helper()
	out := map[int64][]uint64{}
	last := int64(-1)
	eachBucket(t, s, recordBucketTable, func(b int64, raw []byte) {
		rs, err := readRecordKeys(b, raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			t.Errorf("record bucket %d is empty", b)
		}
		for _, r := range rs {
			if recordBucket(r.id) != b || r.id <= last {
				t.Errorf("record %d in bucket %d, after record %d", r.id, b, last)
			}
			last = r.id
			out[r.id] = slices.Compact(slices.Sorted(slices.Values(r.keys)))
		}
	})
	return out
}

// wantRows is what resolve_key_buckets should hold for the keys, in order.
func wantRows(keys map[int64]tizim.CandidateKeys) []keyRow {
	var out []keyRow
	for id, ks := range keys {
		for _, k := range ks.Keys {
			out = append(out, keyRow{k, ks.Born, id})
		}
	}
	slices.SortFunc(out, compareKeyRows)
	return slices.Compact(out)
}

// wantRecords is what resolve_record_buckets should hold for the keys: each record's distinct
// keys in order, for the records with any.
func wantRecords(keys map[int64]tizim.CandidateKeys) map[int64][]uint64 {
	out := map[int64][]uint64{}
	for id, ks := range keys {
		if len(ks.Keys) > 0 {
			out[id] = slices.Compact(slices.Sorted(slices.Values(ks.Keys)))
		}
	}
	return out
}

// checkKeyTables fails the test unless both tables hold what keys says.
func checkKeyTables(t *testing.T, s *Store, keys map[int64]tizim.CandidateKeys, when string) {
	t.Helper()
	if got, want := keyRows(t, s), wantRows(keys); !slices.Equal(got, want) {
		t.Fatalf("%s: resolve_key_buckets holds %d entries, want %d:\n%v\n%v", when, len(got), len(want), got, want)
	}
	if got, want := recordRows(t, s), wantRecords(keys); !maps.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("%s: resolve_record_buckets holds %d records, want %d:\n%v\n%v", when, len(got), len(want), got, want)
	}
}

// randomKeys gives each record up to five keys from a small range (so records share keys),
// some with the top bit set, and a birth day or none.
func randomKeys(r *rand.Rand, ids []int64) map[int64]tizim.CandidateKeys {
	out := map[int64]tizim.CandidateKeys{}
	for _, id := range ids {
		var ks tizim.CandidateKeys
		ks.Born = int32(r.IntN(6000)) - 3000
		if r.IntN(4) == 0 {
			ks.Born = tizim.UnknownBirth
		}
		for range r.IntN(6) {
			k := uint64(r.IntN(40))
			if r.IntN(2) == 0 {
				k |= 1 << 63
			}
			ks.Keys = append(ks.Keys, k)
		}
		out[id] = ks
	}
	return out
}

// keyedRecords stores n records and random candidate keys for them (all replaced), and returns
// the records' ids and their keys.
func keyedRecords(t *testing.T, s *Store, n int, rnd *rand.Rand) ([]int64, map[int64]tizim.CandidateKeys) {
	t.Helper()
	var rs []*tizim.Record
	for i := range n {
		rs = append(rs, rec("list", fmt.Sprint(i), "Memet Tursun", tizim.Public))
	}
	put(t, s, rs...)
	var ids []int64
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	keys := randomKeys(rnd, ids)
	if err := s.PutCandidateKeys(context.Background(), keys, true); err != nil {
		t.Fatal(err)
	}
	return ids, keys
}

func TestRecordKeysReplacedIncrementally(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rnd := rand.New(rand.NewPCG(1, 2))
		// more than a bucket of records, so that records move between buckets and some
		// buckets empty
		ids, keys := keyedRecords(t, s, 150, rnd)
		checkKeyTables(t, s, keys, "after replacing all")
		for round := range 6 {
			// a third of the records get new keys (some none, some the same as before); in the
			// last round, every record of a record bucket loses its keys
			var some []int64
			for _, id := range ids {
				if rnd.IntN(3) == 0 || round == 5 && recordBucket(id) == recordBucket(ids[70]) {
					some = append(some, id)
				}
			}
			fresh := randomKeys(rnd, some)
			switch round {
			case 2:
				for _, id := range some[:len(some)/2] {
					fresh[id] = keys[id]
				}
			case 5:
				for _, id := range some {
					if recordBucket(id) == recordBucket(ids[70]) {
						fresh[id] = tizim.CandidateKeys{Born: 1}
					}
				}
			}
			if err := s.PutCandidateKeys(ctx, fresh, false); err != nil {
				t.Fatal(err)
			}
			for id, ks := range fresh {
				keys[id] = ks
			}
			checkKeyTables(t, s, keys, fmt.Sprintf("round %d", round))
		}
		// every record's keys gone: no rows left
		none := map[int64]tizim.CandidateKeys{}
		for _, id := range ids {
			none[id] = tizim.CandidateKeys{Born: tizim.UnknownBirth}
		}
		if err := s.PutCandidateKeys(ctx, none, false); err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{keyBucketTable, recordBucketTable} {
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d rows (%v) once no record has keys", table, n, err)
			}
		}
	})
}

// TestRecordKeysMigration: migration 0302 moves the keys of resolve_keys and
// resolve_record_keys (the tables before it) into their buckets, as PutCandidateKeys would
// write them.
func TestRecordKeysMigration(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rnd := rand.New(rand.NewPCG(3, 4))
		ids, keys := keyedRecords(t, s, 150, rnd)
		// back to the schema before migration 0302, with the same keys
		blob := "BLOB"
		if s.d.numbered {
			blob = "BYTEA"
		}
		for _, q := range []string{`DROP TABLE resolve_key_buckets`, `DROP TABLE resolve_record_buckets`,
			`CREATE TABLE resolve_keys (key BIGINT NOT NULL, born INTEGER NOT NULL, record_id BIGINT NOT NULL, PRIMARY KEY (key, born, record_id))`,
			`CREATE TABLE resolve_record_keys (record_id BIGINT PRIMARY KEY, born INTEGER NOT NULL, keys ` + blob + ` NOT NULL)`,
			`DELETE FROM schema_migrations WHERE version LIKE '%0302_resolve_key_buckets.sql'`} {
			if _, err := s.db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		for _, r := range wantRows(keys) {
			if _, err := s.db.ExecContext(ctx, s.d.rebind(`INSERT INTO resolve_keys (key, born, record_id) VALUES (?, ?, ?)`), int64(r.key), r.born, r.id); err != nil {
				t.Fatal(err)
			}
		}
		for id, ks := range keys {
			if len(ks.Keys) == 0 {
				continue
			}
			var packed []byte // as migration 0301 and the code before 0302 wrote them: as given
			for _, k := range ks.Keys {
				packed = binary.BigEndian.AppendUint64(packed, k)
			}
			if _, err := s.db.ExecContext(ctx, s.d.rebind(`INSERT INTO resolve_record_keys (record_id, born, keys) VALUES (?, ?, ?)`), id, ks.Born, packed); err != nil {
				t.Fatal(err)
			}
		}
		if err := migrate(ctx, s.db, s.d); err != nil {
			t.Fatal(err)
		}
		checkKeyTables(t, s, keys, "after the migration")
		// and a record's keys are replaced as on a new database
		fresh := randomKeys(rnd, ids[:10])
		if err := s.PutCandidateKeys(ctx, fresh, false); err != nil {
			t.Fatal(err)
		}
		for id, ks := range fresh {
			keys[id] = ks
		}
		checkKeyTables(t, s, keys, "after replacing ten records' keys")
	})
}

func TestRecordKeysEncoding(t *testing.T) {
	var b []byte
	want := []recordKeys{{1, nil}, {2, []uint64{0, 1 << 63, ^uint64(0)}}, {1<<62 + 5, []uint64{7}}}
	for _, r := range want {
		b = appendRecordKeys(b, r.id, r.keys)
	}
	got, err := readRecordKeys(9, b)
	if err != nil || len(got) != len(want) {
		t.Fatalf("read(append(%v)) = %v, %v", want, got, err)
	}
	for i := range want {
		if got[i].id != want[i].id || !slices.Equal(got[i].keys, want[i].keys) {
			t.Errorf("entry %d: %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range [][]byte{{1}, b[:len(b)-1], append(slices.Clone(b), 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 2, 1)} {
		if _, err := readRecordKeys(9, bad); err == nil || !strings.Contains(err.Error(), "record") {
			t.Errorf("readRecordKeys of %d bytes: %v, want an error naming the record or its bucket", len(bad), err)
		}
	}
	if _, err := keyEntriesOf(3, make([]byte, keyEntrySize+1)); err == nil || !strings.Contains(err.Error(), "bucket 3") {
		t.Errorf("key entries of %d bytes: %v, want an error naming the bucket", keyEntrySize+1, err)
	}
	if got := distinctKeys(nil, []uint64{9, 1 << 63, 9, 0}); !slices.Equal(got, []uint64{0, 9, 1 << 63}) {
		t.Errorf("distinct keys: %x", got)
	}
}

// TestCandidatesOf: a key's entries in its bucket give all its records up to the block, none
// above the most or for an unknown birth, and otherwise the window born nearest before (nearest
// first, in id order among those born on one day) and the window born on the day or after.
func TestCandidatesOf(t *testing.T) {
	const k = uint64(7)<<50 | 5
	var rows []keyRow
	for i, born := range []int32{1, 1, 2, 5, 5, 5, 9, tizim.UnknownBirth} {
		rows = append(rows, keyRow{k, born, int64(10 + i)})
	}
	rows = append(rows, keyRow{k - 1, 5, 1}, keyRow{k + 1, 5, 2}) // neighbours in the bucket
	slices.SortFunc(rows, compareKeyRows)
	bs := keyBuckets(rows)
	if len(bs.ids) != 1 {
		t.Fatalf("%d buckets, want 1", len(bs.ids))
	}
	e, err := keyEntriesOf(bs.ids[0], bs.entries(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		born int32
		lim  tizim.CandidateLimits
		want []int64
	}{
		{5, tizim.CandidateLimits{Block: 8, Window: 1, Max: 100}, []int64{10, 11, 12, 13, 14, 15, 16, 17}},
		{5, tizim.CandidateLimits{Block: 3, Window: 2, Max: 100}, []int64{12, 10, 13, 14}},
		{3, tizim.CandidateLimits{Block: 3, Window: 3, Max: 100}, []int64{12, 10, 11, 13, 14, 15}},
		{0, tizim.CandidateLimits{Block: 3, Window: 2, Max: 100}, []int64{10, 11}},
		{10, tizim.CandidateLimits{Block: 3, Window: 2, Max: 100}, []int64{16, 13, 17}},
		{5, tizim.CandidateLimits{Block: 3, Window: 2, Max: 7}, nil},
		{tizim.UnknownBirth, tizim.CandidateLimits{Block: 3, Window: 2, Max: 100}, nil},
	} {
		if got := candidatesOf(e, tizim.CandidateQuery{Key: k, Born: tc.born}, tc.lim); !slices.Equal(got, tc.want) {
			t.Errorf("born %d, %+v: %v, want %v", tc.born, tc.lim, got, tc.want)
		}
	}
	if got := candidatesOf(e, tizim.CandidateQuery{Key: k + 2, Born: 5}, tizim.CandidateLimits{Block: 3, Window: 2, Max: 100}); got != nil {
		t.Errorf("a key with no entries: %v", got)
	}
}
