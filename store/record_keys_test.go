package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tizim/tizim"
)

// keyRows reads every row of resolve_keys, in key order.
func keyRows(t *testing.T, s *Store) []keyRow {
	t.Helper()
	rows, err := s.db.Query(`SELECT key, born, record_id FROM resolve_keys ORDER BY key, born, record_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []keyRow
	for rows.Next() {
		var r keyRow
		var k int64
		if err := rows.Scan(&k, &r.born, &r.id); err != nil {
			t.Fatal(err)
		}
		r.key = uint64(k)
		out = append(out, r)
	}
	return out
}

// wantRows is what resolve_keys should hold for the keys, in key order.
func wantRows(keys map[int64]tizim.CandidateKeys) []keyRow {
	var out []keyRow
	for id, ks := range keys {
		for _, k := range ks.Keys {
			out = append(out, keyRow{k, ks.Born, id})
		}
	}
	slices.SortFunc(out, func(a, b keyRow) int {
		if a.key != b.key {
			if int64(a.key) < int64(b.key) {
				return -1
			}
			return 1
		}
		if a.born != b.born {
			return int(a.born - b.born)
		}
		return int(a.id - b.id)
	})
	return slices.Compact(out)
}

// randomKeys gives each record up to five keys from a small range (so records share keys),
// some with the top bit set, and a birth day or none.
func randomKeys(r *rand.Rand, ids []int64) map[int64]tizim.CandidateKeys {
	out := map[int64]tizim.CandidateKeys{}
	for _, id := range ids {
		var ks tizim.CandidateKeys
		ks.Born = int32(r.IntN(3000))
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
		ids, keys := keyedRecords(t, s, 60, rnd)
		if got, want := keyRows(t, s), wantRows(keys); !slices.Equal(got, want) {
			t.Fatalf("after replacing all: %d rows, want %d", len(got), len(want))
		}
		for round := range 5 {
			// a third of the records get new keys (some none, some the same as before)
			var some []int64
			for _, id := range ids {
				if rnd.IntN(3) == 0 {
					some = append(some, id)
				}
			}
			fresh := randomKeys(rnd, some)
			if round == 2 {
				for _, id := range some[:len(some)/2] {
					fresh[id] = keys[id]
				}
			}
			if err := s.PutCandidateKeys(ctx, fresh, false); err != nil {
				t.Fatal(err)
			}
			for id, ks := range fresh {
				keys[id] = ks
			}
			if got, want := keyRows(t, s), wantRows(keys); !slices.Equal(got, want) {
				t.Fatalf("round %d: resolve_keys holds %d rows, want %d:\n%v\n%v", round, len(got), len(want), got, want)
			}
		}
	})
}

func TestRecordKeysMigration(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rnd := rand.New(rand.NewPCG(3, 4))
		ids, keys := keyedRecords(t, s, 30, rnd)
		// back to the schema before migration 0301, with the same keys in resolve_keys alone
		for _, q := range []string{`DROP TABLE resolve_record_keys`, `CREATE INDEX resolve_keys_record ON resolve_keys(record_id)`,
			`DELETE FROM schema_migrations WHERE version LIKE '%0301_resolve_record_keys.sql'`} {
			if _, err := s.db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if err := migrate(ctx, s.db, s.d); err != nil {
			t.Fatal(err)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT record_id, born, keys FROM resolve_record_keys ORDER BY record_id`)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var id int64
			var born int32
			var packed []byte
			if err := rows.Scan(&id, &born, &packed); err != nil {
				t.Fatal(err)
			}
			got, err := unpackKeys(packed)
			if err != nil {
				t.Fatal(err)
			}
			want := keys[id]
			slices.Sort(got)
			w := slices.Compact(slices.Sorted(slices.Values(want.Keys)))
			if born != want.Born || !slices.Equal(got, w) {
				t.Errorf("record %d after the migration: born %d keys %x, want %d %x", id, born, got, want.Born, w)
			}
			n++
		}
		rows.Close()
		withKeys := 0
		for _, ks := range keys {
			if len(ks.Keys) > 0 {
				withKeys++
			}
		}
		if n != withKeys {
			t.Errorf("%d records in resolve_record_keys, want %d", n, withKeys)
		}
		// and a record's keys are replaced as on a new database
		fresh := randomKeys(rnd, ids[:10])
		if err := s.PutCandidateKeys(ctx, fresh, false); err != nil {
			t.Fatal(err)
		}
		for id, ks := range fresh {
			keys[id] = ks
		}
		if got, want := keyRows(t, s), wantRows(keys); !slices.Equal(got, want) {
			t.Errorf("after replacing ten records' keys: %d rows, want %d", len(got), len(want))
		}
	})
}

func TestUnpackKeys(t *testing.T) {
	for _, keys := range [][]uint64{nil, {0}, {1, 1 << 63, ^uint64(0)}} {
		got, err := unpackKeys(packKeys(keys))
		if err != nil || len(got) != len(keys) || (len(keys) > 0 && !slices.Equal(got, keys)) {
			t.Errorf("unpack(pack(%x)) = %x, %v", keys, got, err)
		}
	}
	for _, bad := range [][]byte{{1}, make([]byte, 9), []byte("\xff\xfe\xfd")} {
		if _, err := unpackKeys(bad); err == nil {
			t.Errorf("unpackKeys of %d bytes: no error", len(bad))
		}
	}
}
