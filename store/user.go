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

// The Store keeps users and their sessions too.
var _ tizim.UserService = (*Store)(nil)

const userColumns = `id, name, role, password_hash, totp_secret, disabled, created, password_changed`

// checkUser validates what the database must hold of a user.
func checkUser(u *tizim.User) error {
	name := strings.TrimSpace(u.Name)
	switch {
	case name == "" || name != u.Name:
		return tizim.Errorf(tizim.EINVALID, "a user name must not be empty or begin or end with spaces")
	case !u.Role.Valid():
		return tizim.Errorf(tizim.EINVALID, "user %s has unknown role %q", u.Name, u.Role)
	case u.PasswordHash == "":
		return tizim.Errorf(tizim.EINVALID, "user %s has no password", u.Name)
	}
	if err := checkText(u.Name); err != nil {
		return tizim.Errorf(tizim.EINVALID, "user name %s", err)
	}
	return nil
}

// CreateUser stores a new user and sets its ID. A user with the same name is ECONFLICT.
func (s *Store) CreateUser(ctx context.Context, u *tizim.User) error {
	if err := checkUser(u); err != nil {
		return err
	}
	now := time.Now().UTC()
	if u.Created.IsZero() {
		u.Created = now
	}
	if u.PasswordChanged.IsZero() {
		u.PasswordChanged = u.Created
	}
	err := s.db.QueryRowContext(ctx, s.d.rebind(`INSERT INTO users (name, role, password_hash, totp_secret,
		disabled, created, password_changed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id`),
		u.Name, string(u.Role), u.PasswordHash, u.TOTPSecret, boolInt(u.Disabled), u.Created.UnixNano(),
		u.PasswordChanged.UnixNano()).Scan(&u.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return tizim.Errorf(tizim.ECONFLICT, "user %s already exists", u.Name)
	} else if err != nil {
		return fmt.Errorf("store: create user %s: %w", u.Name, err)
	}
	return nil
}

// UpdateUser rewrites the user with u.ID: role, password, second factor, disabled, and the time
// of the last password change. The name is kept.
func (s *Store) UpdateUser(ctx context.Context, u *tizim.User) error {
	if !u.Role.Valid() || u.PasswordHash == "" {
		return tizim.Errorf(tizim.EINVALID, "user %d needs a valid role and a password", u.ID)
	}
	res, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE users SET role = ?, password_hash = ?, totp_secret = ?,
		disabled = ?, password_changed = ? WHERE id = ?`),
		string(u.Role), u.PasswordHash, u.TOTPSecret, boolInt(u.Disabled), u.PasswordChanged.UnixNano(), u.ID)
	if err != nil {
		return fmt.Errorf("store: update user %d: %w", u.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: update user %d: %w", u.ID, err)
	} else if n == 0 {
		return tizim.Errorf(tizim.ENOTFOUND, "no user %d", u.ID)
	}
	return nil
}

// FindUser returns the user with the name.
func (s *Store) FindUser(ctx context.Context, name string) (*tizim.User, error) {
	return s.findUser(ctx, "name = ?", name, name)
}

// FindUserByID returns the user with the id.
func (s *Store) FindUserByID(ctx context.Context, id int64) (*tizim.User, error) {
	return s.findUser(ctx, "id = ?", id, fmt.Sprint(id))
}

func (s *Store) findUser(ctx context.Context, cond string, arg any, what string) (*tizim.User, error) {
	u, err := decodeUser(s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+userColumns+` FROM users WHERE `+cond), arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no user %s", what)
	} else if err != nil {
		return nil, fmt.Errorf("store: find user %s: %w", what, err)
	}
	return u, nil
}

// FindUsers returns every user, by name.
func (s *Store) FindUsers(ctx context.Context) ([]*tizim.User, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: find users: %w", err)
	}
	defer rows.Close()
	var out []*tizim.User
	for rows.Next() {
		u, err := decodeUser(rows)
		if err != nil {
			return nil, fmt.Errorf("store: find users: %w", err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: find users: %w", err)
	}
	return out, nil
}

func decodeUser(sc scanner) (*tizim.User, error) {
	var u tizim.User
	var disabled, created, changed int64
	if err := sc.Scan(&u.ID, &u.Name, &u.Role, &u.PasswordHash, &u.TOTPSecret, &disabled, &created, &changed); err != nil {
		return nil, err
	}
	u.Disabled = disabled != 0
	u.Created = time.Unix(0, created).UTC()
	u.PasswordChanged = time.Unix(0, changed).UTC()
	return &u, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CreateSession stores a session (or API token) by the hash of its secret.
func (s *Store) CreateSession(ctx context.Context, sess *tizim.Session) error {
	if sess.TokenHash == "" || sess.UserID == 0 {
		return tizim.Errorf(tizim.EINVALID, "a session needs a token hash and a user")
	}
	_, err := s.db.ExecContext(ctx, s.d.rebind(`INSERT INTO sessions (token_hash, user_id, created, last_seen, api)
		VALUES (?, ?, ?, ?, ?)`), sess.TokenHash, sess.UserID, sess.Created.UnixNano(), sess.LastSeen.UnixNano(), boolInt(sess.API))
	if err != nil {
		return fmt.Errorf("store: create session for user %d: %w", sess.UserID, err)
	}
	return nil
}

// FindSession returns the session with the token hash.
func (s *Store) FindSession(ctx context.Context, tokenHash string) (*tizim.Session, error) {
	var sess tizim.Session
	var created, seen, api int64
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT token_hash, user_id, created, last_seen, api
		FROM sessions WHERE token_hash = ?`), tokenHash).Scan(&sess.TokenHash, &sess.UserID, &created, &seen, &api)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "no such session")
	} else if err != nil {
		return nil, fmt.Errorf("store: find session: %w", err)
	}
	sess.Created, sess.LastSeen, sess.API = time.Unix(0, created).UTC(), time.Unix(0, seen).UTC(), api != 0
	return &sess, nil
}

// TouchSession records that the session was used at the time.
func (s *Store) TouchSession(ctx context.Context, tokenHash string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE sessions SET last_seen = ? WHERE token_hash = ?`), at.UnixNano(), tokenHash); err != nil {
		return fmt.Errorf("store: touch session: %w", err)
	}
	return nil
}

// DeleteSession ends one session.
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	if _, err := s.db.ExecContext(ctx, s.d.rebind(`DELETE FROM sessions WHERE token_hash = ?`), tokenHash); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// DeleteSessions ends every session and API token of a user.
func (s *Store) DeleteSessions(ctx context.Context, userID int64) error {
	if _, err := s.db.ExecContext(ctx, s.d.rebind(`DELETE FROM sessions WHERE user_id = ?`), userID); err != nil {
		return fmt.Errorf("store: delete sessions of user %d: %w", userID, err)
	}
	return nil
}

// UseTOTPStep records that the user's second-factor code of the step was used, and reports
// false when that step or a later one was used already. The check and the write are one
// statement, so two logins racing with one code cannot both win.
func (s *Store) UseTOTPStep(ctx context.Context, userID, step int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE users SET totp_step = ? WHERE id = ? AND totp_step < ?`),
		step, userID, step)
	if err != nil {
		return false, fmt.Errorf("store: second factor of user %d: %w", userID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: second factor of user %d: %w", userID, err)
	}
	return n == 1, nil
}
