package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tizim/tizim"
)

// sessionUserQuery reads a session and its user in one statement: the user's columns are
// userColumns, qualified by the users table.
var sessionUserQuery = `SELECT s.token_hash, s.user_id, s.created, s.last_seen, s.api, u.` +
	strings.ReplaceAll(userColumns, ", ", ", u.") + `
	FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`

// SessionUser returns the session with the token hash and its user, in one prepared query:
// every page a logged-in visitor asks for starts with them, and two unprepared queries were a
// tenth of a logged-in search page's work. A session whose user no longer exists is not found.
func (s *Store) SessionUser(ctx context.Context, tokenHash string) (*tizim.Session, *tizim.User, error) {
	st, err := s.prepared(ctx, sessionUserQuery)
	if err != nil {
		return nil, nil, fmt.Errorf("store: find session: %w", err)
	}
	var sess tizim.Session
	var created, seen, api int64
	u, err := decodeUser(prefixed{st.QueryRowContext(ctx, tokenHash), []any{&sess.TokenHash, &sess.UserID, &created, &seen, &api}})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, tizim.Errorf(tizim.ENOTFOUND, "no such session")
	} else if err != nil {
		return nil, nil, fmt.Errorf("store: find session: %w", err)
	}
	sess.Created, sess.LastSeen, sess.API = time.Unix(0, created).UTC(), time.Unix(0, seen).UTC(), api != 0
	return &sess, u, nil
}

// prefixed is a row whose first columns go to pre and the rest to what Scan is given, so that a
// decoder of the rest (decodeUser) can read a joined row.
type prefixed struct {
	row scanner
	pre []any
}

func (p prefixed) Scan(dest ...any) error { return p.row.Scan(append(p.pre, dest...)...) }
