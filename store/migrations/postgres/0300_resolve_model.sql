-- Incremental entity resolution (resolve/incremental.go): what `tizim dedup` learned, so that
-- import and serve resolve new records with the same parameters, and the candidate keys of each
-- record, so that a new record is compared with the records that share a key with it instead of
-- with the whole database.
--
-- resolve_models keeps each model `tizim dedup` trained, as JSON (resolve.Snapshot: the
-- Fellegi–Sunter parameters and the frequencies of name parts); the highest version is in use.
-- resolve_keys holds a record's candidate keys (resolve.CandidateKeys: stable 64-bit hashes of
-- its identity number, of pairs of its name parts' phonetic keys, and of a name part with the
-- birth year), written by dedup for every record and by import for the records it resolved, with
-- the record's birth day (days since 1970-01-01; 2147483647 when unknown, so it sorts last): a
-- common key gives the records born nearest to the new one, as the in-memory resolver's large
-- blocks do, read in birth order from the primary key.

CREATE TABLE resolve_models (
	version BIGINT PRIMARY KEY,
	model   TEXT NOT NULL,
	created BIGINT NOT NULL
);

CREATE TABLE resolve_keys (
	key       BIGINT NOT NULL,
	born      INTEGER NOT NULL,
	record_id BIGINT NOT NULL,
	PRIMARY KEY (key, born, record_id)
);
CREATE INDEX resolve_keys_record ON resolve_keys(record_id);
