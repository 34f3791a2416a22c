-- Tizim's first schema for SQLite. Nested parts of a record (names, episodes, relatives, the raw
-- row, warnings) are JSON text; what lists filter on has its own column. consent_rank is the
-- position of the consent level in tizim.ConsentLevels, so visibility is one comparison.

CREATE TABLE sources (
	id           INTEGER PRIMARY KEY,
	key          TEXT NOT NULL UNIQUE,
	kind         TEXT NOT NULL,
	title        TEXT NOT NULL DEFAULT '',
	origin       TEXT NOT NULL DEFAULT '',
	acquired     TEXT NOT NULL DEFAULT '',
	method       TEXT NOT NULL DEFAULT '',
	language     TEXT NOT NULL DEFAULT '',
	reliability  TEXT NOT NULL DEFAULT '',
	consent      TEXT NOT NULL,
	consent_rank INTEGER NOT NULL,
	notes        TEXT NOT NULL DEFAULT '',
	created      INTEGER NOT NULL
);

CREATE TABLE records (
	id           INTEGER PRIMARY KEY,
	source_id    INTEGER NOT NULL REFERENCES sources(id),
	record_id    TEXT NOT NULL,
	person_id    INTEGER NOT NULL,
	version      INTEGER NOT NULL,
	hash         BLOB NOT NULL,
	display_name TEXT NOT NULL,
	sex          TEXT NOT NULL,
	birth_date   TEXT NOT NULL,
	birth_year   INTEGER,
	id_number    TEXT NOT NULL,
	ethnicity    TEXT NOT NULL,
	home_code    TEXT NOT NULL,
	home_place   TEXT NOT NULL,
	occupation   TEXT NOT NULL,
	status       TEXT NOT NULL,
	status_since TEXT NOT NULL,
	facilities   TEXT NOT NULL,
	notes        TEXT NOT NULL,
	consent      TEXT NOT NULL,
	consent_rank INTEGER NOT NULL,
	names        TEXT NOT NULL,
	episodes     TEXT NOT NULL,
	relatives    TEXT NOT NULL,
	raw          TEXT NOT NULL,
	warnings     TEXT NOT NULL,
	created      INTEGER NOT NULL,
	updated      INTEGER NOT NULL,
	UNIQUE (source_id, record_id)
);
CREATE INDEX records_person ON records(person_id);

-- record_names holds every name of every record, with a folded form for substring search.
CREATE TABLE record_names (
	record_ref INTEGER NOT NULL REFERENCES records(id),
	name       TEXT NOT NULL,
	norm       TEXT NOT NULL
);
CREATE INDEX record_names_record ON record_names(record_ref);

-- record_history keeps every earlier version of a record: the trigger below copies the old row
-- whenever its content (hash) changes.
CREATE TABLE record_history (
	id           INTEGER PRIMARY KEY,
	record_ref   INTEGER NOT NULL REFERENCES records(id),
	source_id    INTEGER NOT NULL,
	record_id    TEXT NOT NULL,
	person_id    INTEGER NOT NULL,
	version      INTEGER NOT NULL,
	hash         BLOB NOT NULL,
	display_name TEXT NOT NULL,
	sex          TEXT NOT NULL,
	birth_date   TEXT NOT NULL,
	birth_year   INTEGER,
	id_number    TEXT NOT NULL,
	ethnicity    TEXT NOT NULL,
	home_code    TEXT NOT NULL,
	home_place   TEXT NOT NULL,
	occupation   TEXT NOT NULL,
	status       TEXT NOT NULL,
	status_since TEXT NOT NULL,
	facilities   TEXT NOT NULL,
	notes        TEXT NOT NULL,
	consent      TEXT NOT NULL,
	consent_rank INTEGER NOT NULL,
	names        TEXT NOT NULL,
	episodes     TEXT NOT NULL,
	relatives    TEXT NOT NULL,
	raw          TEXT NOT NULL,
	warnings     TEXT NOT NULL,
	created      INTEGER NOT NULL,
	updated      INTEGER NOT NULL
);
CREATE INDEX record_history_record ON record_history(record_ref);

CREATE TRIGGER records_keep_history AFTER UPDATE OF hash ON records
WHEN old.hash <> new.hash
BEGIN
	INSERT INTO record_history (record_ref, source_id, record_id, person_id, version, hash,
		display_name, sex, birth_date, birth_year, id_number, ethnicity, home_code, home_place,
		occupation, status, status_since, facilities, notes, consent, consent_rank, names, episodes,
		relatives, raw, warnings, created, updated)
	VALUES (old.id, old.source_id, old.record_id, old.person_id, old.version, old.hash,
		old.display_name, old.sex, old.birth_date, old.birth_year, old.id_number, old.ethnicity,
		old.home_code, old.home_place, old.occupation, old.status, old.status_since, old.facilities,
		old.notes, old.consent, old.consent_rank, old.names, old.episodes, old.relatives, old.raw,
		old.warnings, old.created, old.updated);
END;

CREATE TABLE judgements (
	id      INTEGER PRIMARY KEY,
	a       INTEGER NOT NULL REFERENCES records(id),
	b       INTEGER NOT NULL REFERENCES records(id),
	verdict TEXT NOT NULL,
	by_whom TEXT NOT NULL,
	score   REAL NOT NULL,
	reason  TEXT NOT NULL,
	created INTEGER NOT NULL
);
CREATE INDEX judgements_a ON judgements(a);
CREATE INDEX judgements_b ON judgements(b);

CREATE TABLE facilities (
	id            INTEGER PRIMARY KEY,
	key           TEXT NOT NULL UNIQUE,
	kind          TEXT NOT NULL,
	names         TEXT NOT NULL,
	latitude      REAL NOT NULL,
	longitude     REAL NOT NULL,
	division_code TEXT NOT NULL,
	address       TEXT NOT NULL,
	sources       TEXT NOT NULL,
	notes         TEXT NOT NULL
);
