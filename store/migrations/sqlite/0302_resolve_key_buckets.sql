-- The candidate keys in buckets (store/record_keys.go), in place of resolve_keys (one row a key
-- of a record) and resolve_record_keys (one row a record). `tizim dedup` wrote 10.6 million rows
-- of keys and 2.4 million of records at a million people, and SQLite's cost is by the row; the
-- same entries in about 300,000 rows cost a fraction of it, and an import's resolution reads
-- and rewrites the few rows its records' keys fall in.
--
-- resolve_key_buckets: a key's bucket is its top 18 bits (key >> 46 of its 64 unsigned bits);
-- entries are the bucket's (key, born, record_id) as 20 big-endian bytes each (8, 4 and 8; born
-- is the record's birth day, as resolve_keys had it), ordered by key (a bucket's keys share
-- their sign), born and record_id. resolve_record_buckets: a record's bucket is its id >> 6 (64
-- records a row); entries are the bucket's records in id order, each as its id (8 bytes), its
-- number of keys (4) and its keys (8 each), all big-endian.

CREATE TABLE resolve_key_buckets (
	bucket  INTEGER PRIMARY KEY,
	entries BLOB NOT NULL
);
INSERT INTO resolve_key_buckets (bucket, entries)
SELECT (key >> 46) & 262143,
	unhex(group_concat(printf('%016x%08x%016x', key, born & 4294967295, record_id), '' ORDER BY key, born, record_id))
FROM resolve_keys GROUP BY 1 ORDER BY 1;

CREATE TABLE resolve_record_buckets (
	bucket  INTEGER PRIMARY KEY,
	entries BLOB NOT NULL
);
INSERT INTO resolve_record_buckets (bucket, entries)
SELECT record_id >> 6,
	unhex(group_concat(printf('%016x%08x', record_id, length(keys) / 8) || hex(keys), '' ORDER BY record_id))
FROM resolve_record_keys GROUP BY 1 ORDER BY 1;

DROP TABLE resolve_keys;
DROP TABLE resolve_record_keys;
