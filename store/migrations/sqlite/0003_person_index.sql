-- Lists of people read records in person order and keep those the reader may see: with the
-- consent rank in the person index, a page of the list and the count of people are read from
-- the index alone, without touching the (wide) record rows.
DROP INDEX records_person;
CREATE INDEX records_person ON records(person_id, consent_rank);
