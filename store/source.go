package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/tizim/tizim"
)

// CreateSource stores a new source and sets its ID. A source with the same key is ECONFLICT.
func (s *Store) CreateSource(ctx context.Context, src *tizim.Source) error {
	if err := checkSource(src); err != nil {
		return err
	}
	var n int
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM sources WHERE key = ?`), src.Key).Scan(&n); err != nil {
		return fmt.Errorf("store: create source %s: %w", src.Key, err)
	}
	if n > 0 {
		return tizim.Errorf(tizim.ECONFLICT, "source %s already exists", src.Key)
	}
	if src.Created.IsZero() {
		src.Created = time.Now().UTC()
	}
	err := s.db.QueryRowContext(ctx, s.d.rebind(`INSERT INTO sources (key, kind, title, origin, acquired,
		method, language, reliability, consent, consent_rank, notes, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`),
		src.Key, string(src.Kind), src.Title, src.Origin, src.Acquired.String(), src.Method,
		src.Language, string(src.Reliability), string(src.Consent), src.Consent.Rank(), src.Notes,
		src.Created.UnixNano()).Scan(&src.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return tizim.Errorf(tizim.ECONFLICT, "source %s already exists", src.Key)
	} else if err != nil {
		return fmt.Errorf("store: create source %s: %w", src.Key, busy(err))
	}
	s.forget() // a filter by this key selected nothing until now
	return nil
}

// UpdateSource rewrites the source with src.ID (its key included).
func (s *Store) UpdateSource(ctx context.Context, src *tizim.Source) error {
	if err := checkSource(src); err != nil {
		return err
	}
	res, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE sources SET key = ?, kind = ?, title = ?,
		origin = ?, acquired = ?, method = ?, language = ?, reliability = ?, consent = ?,
		consent_rank = ?, notes = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources o WHERE o.key = ? AND o.id <> ?)`),
		src.Key, string(src.Kind), src.Title, src.Origin, src.Acquired.String(), src.Method,
		src.Language, string(src.Reliability), string(src.Consent), src.Consent.Rank(), src.Notes,
		src.ID, src.Key, src.ID)
	if err != nil {
		return fmt.Errorf("store: update source %d: %w", src.ID, busy(err))
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: update source %d: %w", src.ID, err)
	} else if n == 0 {
		if _, err := s.FindSourceByID(ctx, src.ID); err != nil {
			return err
		}
		return tizim.Errorf(tizim.ECONFLICT, "another source already has the key %s", src.Key)
	}
	s.forget() // a renamed key changes what a filter by source selects
	return nil
}

// checkSource validates a source and the text the database must hold.
func checkSource(src *tizim.Source) error {
	if err := src.Validate(); err != nil {
		return err
	}
	for _, t := range []string{src.Key, src.Title, src.Origin, src.Method, src.Language, src.Notes, string(src.Reliability)} {
		if err := checkText(t); err != nil {
			return tizim.Errorf(tizim.EINVALID, "source %q: text %v", src.Key, err)
		}
	}
	if _, err := edtf(src.Acquired); err != nil {
		return tizim.Errorf(tizim.EINVALID, "source %s: acquisition date %v", src.Key, err)
	}
	return nil
}

// sourceColumns are read by decodeSource; the last is the count of records.
const sourceColumns = `s.id, s.key, s.kind, s.title, s.origin, s.acquired, s.method, s.language,
	s.reliability, s.consent, s.notes, s.created`

func decodeSource(sc scanner) (*tizim.Source, error) {
	var src tizim.Source
	var acquired string
	var created int64
	if err := sc.Scan(&src.ID, &src.Key, &src.Kind, &src.Title, &src.Origin, &acquired, &src.Method,
		&src.Language, &src.Reliability, &src.Consent, &src.Notes, &created, &src.Records); err != nil {
		return nil, err
	}
	src.Acquired, _ = tizim.ParseEDTF(acquired) // written by edtf, so it reads back
	src.Created = time.Unix(0, created).UTC()
	return &src, nil
}

// FindSourceByID returns the source with the id, with its count of records.
func (s *Store) FindSourceByID(ctx context.Context, id int64) (*tizim.Source, error) {
	return s.findSource(ctx, "s.id = ?", id, fmt.Sprint(id))
}

// FindSource returns the source with the key, with its count of records.
func (s *Store) FindSource(ctx context.Context, key string) (*tizim.Source, error) {
	return s.findSource(ctx, "s.key = ?", clean(key), key)
}

func (s *Store) findSource(ctx context.Context, cond string, arg any, name string) (*tizim.Source, error) {
	st, err := s.prepared(ctx, `SELECT `+sourceColumns+`, 0 FROM sources s WHERE `+cond)
	if err != nil {
		return nil, fmt.Errorf("store: find source %s: %w", name, err)
	}
	src, err := decodeSource(st.QueryRowContext(ctx, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no source %s", name)
	} else if err != nil {
		return nil, fmt.Errorf("store: find source %s: %w", name, err)
	}
	if src.Records, err = s.sourceRecords(ctx, src.ID); err != nil {
		return nil, fmt.Errorf("store: find source %s: %w", name, err)
	}
	return src, nil
}

// visibleSourceRecords counts the records of a source up to a consent rank, kept like
// sourceRecords.
func (s *Store) visibleSourceRecords(ctx context.Context, id int64, rank int) (int, error) {
	v, err := s.cached(ctx, "source-records "+strconv.FormatInt(id, 10)+" "+strconv.Itoa(rank), func() (any, error) {
		var n int
		err := s.db.QueryRowContext(context.WithoutCancel(ctx), s.d.rebind(`SELECT COUNT(*) FROM records WHERE source_id = ? AND consent_rank <= ?`), id, rank).Scan(&n)
		return n, err
	})
	if err != nil {
		return 0, err
	}
	return v.(int), nil
}

// sourceRecords counts the records of a source: a read of all of them (66 ms for a source of
// 250,000 records), kept while the records are unchanged.
func (s *Store) sourceRecords(ctx context.Context, id int64) (int, error) {
	v, err := s.cached(ctx, "source-records "+strconv.FormatInt(id, 10), func() (any, error) {
		var n int
		err := s.db.QueryRowContext(context.WithoutCancel(ctx), s.d.rebind(`SELECT COUNT(*) FROM records WHERE source_id = ?`), id).Scan(&n)
		return n, err
	})
	if err != nil {
		return 0, err
	}
	return v.(int), nil
}

// FindSources returns the sources the clearance may see, by id, each with the count of its
// records the clearance may see, and how many such sources there are.
func (s *Store) FindSources(ctx context.Context, clearance tizim.Consent, p tizim.Page) ([]*tizim.Source, int, error) {
	rank := clearanceRank(clearance)
	var total int
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM sources WHERE consent_rank <= ?`), rank).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count sources: %w", err)
	}
	limit, largs := s.d.page(p)
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+sourceColumns+`, 0
		FROM sources s WHERE s.consent_rank <= ? ORDER BY s.id`+limit), append([]any{rank}, largs...)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: find sources: %w", err)
	}
	var out []*tizim.Source
	for rows.Next() {
		src, err := decodeSource(rows)
		if err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("store: find sources: %w", err)
		}
		out = append(out, src)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: find sources: %w", err)
	}
	for _, src := range out {
		if src.Records, err = s.visibleSourceRecords(ctx, src.ID, rank); err != nil {
			return nil, 0, fmt.Errorf("store: find sources: %w", err)
		}
	}
	return out, total, nil
}
