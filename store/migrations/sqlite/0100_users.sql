-- Users and their sessions (owned by package web's author; numbered high so as not to collide
-- with the record schema's migrations). Only the SHA-256 of a session token is stored, so a
-- copy of the database opens no session. Times are Unix nanoseconds, as elsewhere.

CREATE TABLE users (
	id               INTEGER PRIMARY KEY,
	name             TEXT NOT NULL UNIQUE,
	role             TEXT NOT NULL,
	password_hash    TEXT NOT NULL,
	totp_secret      TEXT NOT NULL DEFAULT '',
	disabled         INTEGER NOT NULL DEFAULT 0,
	created          INTEGER NOT NULL,
	password_changed INTEGER NOT NULL
);

CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users(id),
	created    INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL,
	api        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_user ON sessions(user_id);
