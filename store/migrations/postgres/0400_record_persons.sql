-- Each record's person in a narrow table of its own, in place of records.person_id. A full
-- resolution moves most records to another person: with the person in the record's row, each
-- move wrote a new version of that wide row (names, episodes, the raw row) and of its index
-- entries. Here a move rewrites a row of three numbers. consent_rank is the record's, kept
-- here by the triggers below so that the people a reader may see are found from this table
-- and its index alone; moved is when the record last moved to another person (Unix
-- nanoseconds; 0 if never), which counts as an update of the record
-- (RecordFilter.UpdatedAfter).

CREATE TABLE record_persons (
	record_id    BIGINT PRIMARY KEY REFERENCES records(id),
	person_id    BIGINT NOT NULL,
	consent_rank INTEGER NOT NULL,
	moved        BIGINT NOT NULL DEFAULT 0
);
INSERT INTO record_persons (record_id, person_id, consent_rank)
SELECT id, person_id, consent_rank FROM records ORDER BY id;
CREATE INDEX record_persons_person ON record_persons(person_id, consent_rank);

-- A new record is a person of its own until a judgement links it to others. The statement
-- that inserts records adds their rows (store/batch.go): a trigger, even one a statement,
-- made writing records a sixth slower.

CREATE FUNCTION record_persons_consent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE record_persons SET consent_rank = NEW.consent_rank WHERE record_id = NEW.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER record_persons_consent AFTER UPDATE OF consent_rank ON records
FOR EACH ROW WHEN (OLD.consent_rank <> NEW.consent_rank) EXECUTE FUNCTION record_persons_consent();

-- The history keeps the person an earlier version belonged to, now read from record_persons.
CREATE OR REPLACE FUNCTION records_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO record_history (record_ref, source_id, record_id, person_id, version, hash,
		display_name, sex, birth_date, birth_year, id_number, ethnicity, home_code, home_place,
		occupation, status, status_since, facilities, notes, consent, consent_rank, names, episodes,
		relatives, raw, warnings, created, updated)
	VALUES (OLD.id, OLD.source_id, OLD.record_id,
		(SELECT person_id FROM record_persons WHERE record_id = OLD.id), OLD.version, OLD.hash,
		OLD.display_name, OLD.sex, OLD.birth_date, OLD.birth_year, OLD.id_number, OLD.ethnicity,
		OLD.home_code, OLD.home_place, OLD.occupation, OLD.status, OLD.status_since, OLD.facilities,
		OLD.notes, OLD.consent, OLD.consent_rank, OLD.names, OLD.episodes, OLD.relatives, OLD.raw,
		OLD.warnings, OLD.created, OLD.updated);
	RETURN NULL;
END;
$$;

DROP INDEX records_person;
ALTER TABLE records DROP COLUMN person_id;
