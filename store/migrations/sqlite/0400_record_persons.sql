-- Each record's person in a narrow table of its own, in place of records.person_id. A full
-- resolution moves most records to another person: with the person in the record's row, each
-- move rewrote that row's page of the wide records table (names, episodes, the raw row), so
-- that storing a resolution of a million people copied nearly every page of a 2 GB table to
-- the journal and back, and moved every entry of the person index one by one. Here a move
-- rewrites a row of three numbers. consent_rank is the record's, kept here by the triggers
-- below so that the people a reader may see are found from this table and its index alone;
-- moved is when the record last moved to another person (Unix nanoseconds; 0 if never), which
-- counts as an update of the record (RecordFilter.UpdatedAfter).

CREATE TABLE record_persons (
	record_id    INTEGER PRIMARY KEY REFERENCES records(id),
	person_id    INTEGER NOT NULL,
	consent_rank INTEGER NOT NULL,
	moved        INTEGER NOT NULL DEFAULT 0
);
INSERT INTO record_persons (record_id, person_id, consent_rank)
SELECT id, person_id, consent_rank FROM records ORDER BY id;
CREATE INDEX record_persons_person ON record_persons(person_id, consent_rank);

-- A new record is a person of its own until a judgement links it to others. The writer adds
-- its row (store/batch.go): a trigger, run for each record, made an import of a million rows a
-- quarter slower.

CREATE TRIGGER record_persons_consent AFTER UPDATE OF consent_rank ON records
WHEN old.consent_rank <> new.consent_rank
BEGIN
	UPDATE record_persons SET consent_rank = new.consent_rank WHERE record_id = new.id;
END;

-- The history keeps the person an earlier version belonged to, now read from record_persons.
DROP TRIGGER records_keep_history;
CREATE TRIGGER records_keep_history AFTER UPDATE OF hash ON records
WHEN old.hash <> new.hash
BEGIN
	INSERT INTO record_history (record_ref, source_id, record_id, person_id, version, hash,
		display_name, sex, birth_date, birth_year, id_number, ethnicity, home_code, home_place,
		occupation, status, status_since, facilities, notes, consent, consent_rank, names, episodes,
		relatives, raw, warnings, created, updated)
	VALUES (old.id, old.source_id, old.record_id,
		(SELECT person_id FROM record_persons WHERE record_id = old.id), old.version, old.hash,
		old.display_name, old.sex, old.birth_date, old.birth_year, old.id_number, old.ethnicity,
		old.home_code, old.home_place, old.occupation, old.status, old.status_since, old.facilities,
		old.notes, old.consent, old.consent_rank, old.names, old.episodes, old.relatives, old.raw,
		old.warnings, old.created, old.updated);
END;

DROP INDEX records_person;
ALTER TABLE records DROP COLUMN person_id;
