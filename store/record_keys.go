package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"

	"github.com/tizim/tizim"
)

// Each record's candidate keys are kept twice: in resolve_keys, one row a key, ordered by key
// and birth day for the incremental resolver to find a new record's candidates; and in
// resolve_record_keys, one row a record (migration 0301), for replacing a record's keys. The
// second replaced an index of resolve_keys by record, which a full resolution had to rebuild
// by sorting every key (8.7 million at a million people); rows by record id are written in id
// order, each appended to the table's B-tree.

// recordKeysBatch is how many records go in one INSERT into resolve_record_keys.
const recordKeysBatch = 500

// deleteKeysBatch is how many (key, born, record_id) rows one DELETE names.
const deleteKeysBatch = 300

// packKeys returns the keys as 8-byte big-endian integers, one after the other: the bits
// resolve_keys.key holds, in the form of migration 0301.
func packKeys(keys []uint64) []byte {
	b := make([]byte, 0, 8*len(keys))
	for _, k := range keys {
		b = binary.BigEndian.AppendUint64(b, k)
	}
	return b
}

// unpackKeys reads the keys packKeys wrote; a length that is not a multiple of 8 is an error.
func unpackKeys(b []byte) ([]uint64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("candidate keys of %d bytes, not a multiple of 8", len(b))
	}
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return out, nil
}

// keyRow is one row of resolve_keys.
type keyRow struct {
	key  uint64
	born int32
	id   int64
}

// dropRecordKeys removes every key of the records with the ids (sorted) from both tables.
func (s *Store) dropRecordKeys(ctx context.Context, tx *sql.Tx, ids []int64) error {
	var old []keyRow
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT record_id, born, keys FROM resolve_record_keys WHERE record_id IN (`+marks(len(part))+`)`), int64s(part)...)
		if err != nil {
			return busy(err)
		}
		for rows.Next() {
			var id int64
			var born int32
			var packed []byte
			if err := rows.Scan(&id, &born, &packed); err != nil {
				rows.Close()
				return err
			}
			ks, err := unpackKeys(packed)
			if err != nil {
				rows.Close()
				return fmt.Errorf("record %d: %w", id, err)
			}
			for _, k := range ks {
				old = append(old, keyRow{k, born, id})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return busy(err)
		}
	}
	tuple := "(?, ?, ?)"
	if s.d.numbered {
		tuple = "(?::bigint, ?::integer, ?::bigint)" // PostgreSQL gives a VALUES list's parameters no type
	}
	err := batched(ctx, tx, len(old), deleteKeysBatch,
		func(k int) string {
			return s.d.rebind(`DELETE FROM resolve_keys WHERE (key, born, record_id) IN (VALUES ` + tuples(tuple, k) + `)`)
		},
		func(dst []any, lo, hi int) []any {
			for _, r := range old[lo:hi] {
				dst = append(dst, int64(r.key), r.born, r.id)
			}
			return dst
		})
	if err != nil {
		return err
	}
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM resolve_record_keys WHERE record_id IN (`+marks(len(part))+`)`), int64s(part)...); err != nil {
			return busy(err)
		}
	}
	return nil
}

// insertRecordKeys writes the rows of resolve_record_keys for the records with the ids
// (sorted, their old rows gone), in id order; a record without keys gets no row.
func (s *Store) insertRecordKeys(ctx context.Context, tx *sql.Tx, keys map[int64]tizim.CandidateKeys, ids []int64) error {
	with := make([]int64, 0, len(ids))
	for _, id := range ids {
		if len(keys[id].Keys) > 0 {
			with = append(with, id)
		}
	}
	return batched(ctx, tx, len(with), recordKeysBatch,
		func(k int) string {
			return s.d.rebind(`INSERT` + s.orFail() + ` INTO resolve_record_keys (record_id, born, keys) VALUES ` + tuples("(?, ?, ?)", k))
		},
		func(dst []any, lo, hi int) []any {
			for _, id := range with[lo:hi] {
				ks := keys[id]
				dst = append(dst, id, ks.Born, packKeys(ks.Keys))
			}
			return dst
		})
}
