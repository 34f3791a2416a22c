package store

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"

	"github.com/tizim/tizim"
)

// The candidate keys are kept in buckets (migration 0302): resolve_key_buckets holds every
// (key, born, record) entry in the row of the key's top bits, for the incremental resolver to
// find a new record's candidates; resolve_record_buckets holds each record's keys in the row of
// its id's bucket, for replacing them. SQLite's cost of a write is by the row: a million
// people's 10.6 million keys and 2.4 million records were as many rows, now a few hundred
// thousand.

// keyBucketBits is how many of a key's top bits name its bucket.
const keyBucketBits = 18

// keyBucket is the bucket of the key.
func keyBucket(k uint64) int64 { return int64(k >> (64 - keyBucketBits)) }

// recordBucketShift: a record's bucket is its id shifted right this far (64 records a row).
const recordBucketShift = 6

// recordBucket is the bucket of the record with the id.
func recordBucket(id int64) int64 { return id >> recordBucketShift }

// keyEntrySize is the size of an entry of resolve_key_buckets: key, born and record id,
// big-endian.
const keyEntrySize = 8 + 4 + 8

// keyRow is one (key, born, record) entry of resolve_key_buckets.
type keyRow struct {
	key  uint64
	born int32
	id   int64
}

// compareKeyRows orders entries as a bucket holds them: by key (unsigned), birth day and id.
func compareKeyRows(a, b keyRow) int {
	if c := cmp.Compare(a.key, b.key); c != 0 {
		return c
	}
	if c := cmp.Compare(a.born, b.born); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// appendKeyRow appends the entry's bytes.
func appendKeyRow(b []byte, r keyRow) []byte {
	b = binary.BigEndian.AppendUint64(b, r.key)
	b = binary.BigEndian.AppendUint32(b, uint32(r.born))
	return binary.BigEndian.AppendUint64(b, uint64(r.id))
}

// keyEntries is a key bucket's entries as stored, checked to be whole entries.
type keyEntries []byte

// keyEntriesOf checks a key bucket's bytes.
func keyEntriesOf(bucket int64, b []byte) (keyEntries, error) {
	if len(b)%keyEntrySize != 0 {
		return nil, fmt.Errorf("candidate key bucket %d: %d bytes, not whole entries of %d", bucket, len(b), keyEntrySize)
	}
	return keyEntries(b), nil
}

func (e keyEntries) len() int { return len(e) / keyEntrySize }

func (e keyEntries) key(i int) uint64 { return binary.BigEndian.Uint64(e[i*keyEntrySize:]) }

func (e keyEntries) born(i int) int32 { return int32(binary.BigEndian.Uint32(e[i*keyEntrySize+8:])) }

func (e keyEntries) id(i int) int64 { return int64(binary.BigEndian.Uint64(e[i*keyEntrySize+12:])) }

func (e keyEntries) row(i int) keyRow { return keyRow{e.key(i), e.born(i), e.id(i)} }

// of returns the entries of the key: those from lo to hi, in birth and id order.
func (e keyEntries) of(k uint64) (lo, hi int) {
	n := e.len()
	lo = sort.Search(n, func(i int) bool { return e.key(i) >= k })
	hi = lo + sort.Search(n-lo, func(i int) bool { return e.key(lo+i) > k })
	return lo, hi
}

// recordKeys is one record's entry of resolve_record_buckets.
type recordKeys struct {
	id   int64
	keys []uint64
}

// recordEntryHead is the size of what comes before a record's keys in its entry: its id (8
// bytes) and the number of its keys (4).
const recordEntryHead = 8 + 4

// appendRecordKeys appends the record's entry: its id, the number of its keys and the keys.
func appendRecordKeys(b []byte, id int64, keys []uint64) []byte {
	b = binary.BigEndian.AppendUint64(b, uint64(id))
	b = binary.BigEndian.AppendUint32(b, uint32(len(keys)))
	for _, k := range keys {
		b = binary.BigEndian.AppendUint64(b, k)
	}
	return b
}

// readRecordKeys reads the entries of a record bucket.
func readRecordKeys(bucket int64, b []byte) ([]recordKeys, error) {
	var out []recordKeys
	for len(b) > 0 {
		if len(b) < recordEntryHead {
			return nil, fmt.Errorf("candidate keys of record bucket %d: %d bytes left, not an entry", bucket, len(b))
		}
		id := int64(binary.BigEndian.Uint64(b))
		n := int(binary.BigEndian.Uint32(b[8:]))
		b = b[recordEntryHead:]
		if len(b) < 8*n {
			return nil, fmt.Errorf("candidate keys of record %d: %d keys in %d bytes", id, n, len(b))
		}
		ks := make([]uint64, n)
		for i := range ks {
			ks[i] = binary.BigEndian.Uint64(b[8*i:])
		}
		b = b[8*n:]
		out = append(out, recordKeys{id, ks})
	}
	return out, nil
}

// distinctKeys returns the keys sorted, each once, in buf's array: what a record's entry holds.
func distinctKeys(buf, keys []uint64) []uint64 {
	ks := append(buf[:0], keys...)
	slices.Sort(ks)
	return slices.Compact(ks)
}

// buckets is a set of rows of one of the bucket tables, encoded: bucket numbers in ascending
// order and their entries, one after the other in blob.
type buckets struct {
	ids  []int64
	ends []int // the end of each bucket's entries in blob
	blob []byte
}

// close ends the bucket id, whose entries are those appended to blob since the last bucket's;
// id must be above every bucket's before it.
func (bs *buckets) close(id int64) {
	bs.ids = append(bs.ids, id)
	bs.ends = append(bs.ends, len(bs.blob))
}

// entries returns the entries of the i-th bucket.
func (bs *buckets) entries(i int) []byte {
	start := 0
	if i > 0 {
		start = bs.ends[i-1]
	}
	return bs.blob[start:bs.ends[i]:bs.ends[i]]
}

// keyBuckets encodes rows, sorted by compareKeyRows and distinct, in buckets.
func keyBuckets(rows []keyRow) buckets {
	bs := buckets{blob: make([]byte, 0, keyEntrySize*len(rows))}
	for i, r := range rows {
		if i > 0 && keyBucket(r.key) != keyBucket(rows[i-1].key) {
			bs.close(keyBucket(rows[i-1].key))
		}
		bs.blob = appendKeyRow(bs.blob, r)
	}
	if len(rows) > 0 {
		bs.close(keyBucket(rows[len(rows)-1].key))
	}
	return bs
}

// recordBuckets encodes the keys of the records with the ids (sorted) in buckets; a record
// without keys has no entry. n is the number of their keys, to size the encoding.
func recordBuckets(keys map[int64]tizim.CandidateKeys, ids []int64, n int) buckets {
	bs := buckets{blob: make([]byte, 0, recordEntryHead*len(ids)+8*n)}
	var buf []uint64
	last := int64(-1)
	for _, id := range ids {
		ks := distinctKeys(buf, keys[id].Keys)
		if len(ks) == 0 {
			continue
		}
		if b := recordBucket(id); b != last && last >= 0 {
			bs.close(last)
		}
		last = recordBucket(id)
		bs.blob = appendRecordKeys(bs.blob, id, ks)
		buf = ks
	}
	if last >= 0 {
		bs.close(last)
	}
	return bs
}

// readBuckets reads the rows of the table (resolve_key_buckets or resolve_record_buckets) with
// the buckets ids, by bucket.
func readBuckets(ctx context.Context, q querier, d *dialect, table string, ids []int64) (map[int64][]byte, error) {
	out := make(map[int64][]byte, len(ids))
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		rows, err := q.QueryContext(ctx, d.rebind(`SELECT bucket, entries FROM `+table+` WHERE bucket IN (`+marks(len(part))+`)`), int64s(part)...)
		if err != nil {
			return nil, busy(err)
		}
		for rows.Next() {
			var b int64
			var entries []byte
			if err := rows.Scan(&b, &entries); err != nil {
				rows.Close()
				return nil, err
			}
			out[b] = entries
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, busy(err)
		}
	}
	return out, nil
}
