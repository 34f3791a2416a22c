package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tizim/tizim"
)

// upsertRecord inserts a record or, when its key exists and its content differs, updates it.
// It returns a row only when it wrote one: version 1 for a new record, more for an update.
const upsertRecord = `INSERT INTO records (id, source_id, record_id, person_id, version, hash,
	display_name, sex, birth_date, birth_year, id_number, ethnicity, home_code, home_place,
	occupation, status, status_since, facilities, notes, consent, consent_rank, names, episodes,
	relatives, raw, warnings, created, updated)
VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source_id, record_id) DO UPDATE SET version = records.version + 1,
	hash = excluded.hash, display_name = excluded.display_name, sex = excluded.sex,
	birth_date = excluded.birth_date, birth_year = excluded.birth_year,
	id_number = excluded.id_number, ethnicity = excluded.ethnicity,
	home_code = excluded.home_code, home_place = excluded.home_place,
	occupation = excluded.occupation, status = excluded.status,
	status_since = excluded.status_since, facilities = excluded.facilities,
	notes = excluded.notes, consent = excluded.consent, consent_rank = excluded.consent_rank,
	names = excluded.names, episodes = excluded.episodes, relatives = excluded.relatives,
	raw = excluded.raw, warnings = excluded.warnings, updated = excluded.updated
WHERE records.hash <> excluded.hash
RETURNING id, version, person_id, created`

// writer is a tizim.RecordWriter: one transaction with its statements prepared once.
type writer struct {
	s   *Store
	tx  *sql.Tx
	ids idSource

	upsert, findRecord, addName, dropNames *sql.Stmt
	findSource, addSource                  *sql.Stmt

	sources map[string]int64 // source key -> id, for sources seen in this transaction
	done    bool
}

// BeginWrite starts a transaction for writing records. On SQLite it holds the database's write
// lock until Commit or Rollback.
func (s *Store) BeginWrite(ctx context.Context) (tizim.RecordWriter, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin write: %w", err)
	}
	w := &writer{s: s, tx: tx, sources: map[string]int64{}}
	if err := w.prepare(ctx); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("store: begin write: %w", err)
	}
	return w, nil
}

func (w *writer) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&w.upsert, upsertRecord},
		{&w.findRecord, `SELECT id, person_id FROM records WHERE source_id = ? AND record_id = ?`},
		{&w.addName, `INSERT INTO record_names (record_ref, name, norm) VALUES (?, ?, ?)`},
		{&w.dropNames, `DELETE FROM record_names WHERE record_ref = ?`},
		{&w.findSource, `SELECT id FROM sources WHERE key = ?`},
		{&w.addSource, `INSERT INTO sources (key, kind, consent, consent_rank, created)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`},
	} {
		st, err := w.tx.PrepareContext(ctx, w.s.d.rebind(p.q))
		if err != nil {
			return err
		}
		*p.st = st
	}
	var err error
	w.ids, err = newIDSource(ctx, w.tx, w.s.d)
	return err
}

// Put writes one record and says whether it was created, updated or already stored as it is.
// It sets r.ID and r.PersonID.
func (w *writer) Put(ctx context.Context, r *tizim.Record) (tizim.PutOutcome, error) {
	if w.done {
		return 0, tizim.Errorf(tizim.EINVALID, "write transaction already ended")
	}
	if err := r.Validate(); err != nil {
		return 0, err
	}
	row, err := encode(r)
	if err != nil {
		return 0, err
	}
	key := r.Key()
	src, err := w.source(ctx, r)
	if err != nil {
		return 0, fmt.Errorf("store: put record %s: %w", key, err)
	}
	id, err := w.ids.peek(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: put record %s: %w", key, err)
	}
	now := time.Now().UnixNano()
	var version, created int64
	err = w.upsert.QueryRowContext(ctx, id, src, r.RecordID, id, row.hash, row.displayName,
		row.sex, row.birthDate, row.birthYear, row.idNumber, row.ethnicity, row.homeCode,
		row.homePlace, row.occupation, row.status, row.statusSince, row.facilities, row.notes,
		row.consent, row.consentRank, row.names, row.episodes, row.relatives, row.raw,
		row.warnings, now, now).Scan(&r.ID, &version, &r.PersonID, &created)
	if errors.Is(err, sql.ErrNoRows) {
		if err := w.findRecord.QueryRowContext(ctx, src, r.RecordID).Scan(&r.ID, &r.PersonID); err != nil {
			return 0, fmt.Errorf("store: put record %s: %w", key, err)
		}
		return tizim.Unchanged, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: put record %s: %w", key, err)
	}
	r.Created, r.Updated = time.Unix(0, created).UTC(), time.Unix(0, now).UTC()
	outcome := tizim.Updated
	if version == 1 {
		outcome = tizim.Created
		w.ids.take()
	} else if _, err := w.dropNames.ExecContext(ctx, r.ID); err != nil {
		return 0, fmt.Errorf("store: put record %s: %w", key, err)
	}
	for _, n := range r.Names {
		if n.Text == "" {
			continue
		}
		if _, err := w.addName.ExecContext(ctx, r.ID, n.Text, fold(n.Text)); err != nil {
			return 0, fmt.Errorf("store: put record %s: %w", key, err)
		}
	}
	return outcome, nil
}

// source returns the id of the record's source, creating the source when it is new.
func (w *writer) source(ctx context.Context, r *tizim.Record) (int64, error) {
	if id, ok := w.sources[r.Source]; ok {
		return id, nil
	}
	var id int64
	err := w.findSource.QueryRowContext(ctx, r.Source).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.addSource.QueryRowContext(ctx, r.Source, tizim.Dataset, r.Consent, r.Consent.Rank(), time.Now().UnixNano()).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) { // created meanwhile by another writer
			err = w.findSource.QueryRowContext(ctx, r.Source).Scan(&id)
		}
	}
	if err != nil {
		return 0, fmt.Errorf("source %s: %w", r.Source, err)
	}
	w.sources[r.Source] = id
	return id, nil
}

// Commit makes every Put of the transaction durable at once.
func (w *writer) Commit() error {
	if w.done {
		return tizim.Errorf(tizim.EINVALID, "write transaction already ended")
	}
	w.done = true
	if err := w.tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Rollback discards every Put of the transaction. After Commit it does nothing.
func (w *writer) Rollback() error {
	if w.done {
		return nil
	}
	w.done = true
	if err := w.tx.Rollback(); err != nil {
		return fmt.Errorf("store: rollback: %w", err)
	}
	return nil
}
