-- Each record's candidate keys in one row (store/record_keys.go), in place of the index of
-- resolve_keys by record. That index served one thing, replacing the keys of the records an
-- import resolves, and `tizim dedup` rebuilt it for every record: sorting 8.7 million entries
-- at a million people, the largest single step of storing a resolution. This table is written
-- in record order instead (each row appended), and replacing a record's keys reads its row
-- and deletes those (key, born, record_id) rows of resolve_keys by their primary key.
-- keys is the record's keys as 8-byte big-endian two's-complement integers, one after the
-- other (the bits resolve_keys.key holds); born is the record's birth day, as there.

CREATE TABLE resolve_record_keys (
	record_id INTEGER PRIMARY KEY,
	born      INTEGER NOT NULL,
	keys      BLOB NOT NULL
);
INSERT INTO resolve_record_keys (record_id, born, keys)
SELECT record_id, MIN(born), unhex(group_concat(printf('%016x', key), ''))
FROM resolve_keys GROUP BY record_id ORDER BY record_id;
DROP INDEX resolve_keys_record;
