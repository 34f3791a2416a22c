package web

import (
	"context"
	"crypto/rand"
	"time"

	"github.com/tizim/tizim"
)

// AdminName is the name of the first user, made on first start.
const AdminName = "admin"

// NewPassword returns a random password: 26 characters of base32 (130 bits), for first starts
// and for accounts an admin makes.
func NewPassword() string { return rand.Text() }

// EnsureAdmin makes the first user when there are none: "admin", with a random one-time
// password that the caller prints once. When users exist it does nothing and created is false.
func EnsureAdmin(ctx context.Context, users tizim.UserService) (name, password string, created bool, err error) {
	all, err := users.FindUsers(ctx)
	if err != nil || len(all) > 0 {
		return "", "", false, err
	}
	password = NewPassword()
	hash, err := HashPassword(password)
	if err != nil {
		return "", "", false, err
	}
	now := time.Now()
	u := &tizim.User{Name: AdminName, Role: tizim.Admin, PasswordHash: hash, Created: now, PasswordChanged: now}
	if err := users.CreateUser(ctx, u); err != nil {
		return "", "", false, err
	}
	return AdminName, password, true, nil
}

// CreateToken makes an API token for the user named name and returns its secret, which is shown
// once and never stored; clients send it as "Authorization: Bearer <token>". A password change
// revokes it.
func CreateToken(ctx context.Context, users tizim.UserService, name string) (string, error) {
	u, err := users.FindUser(ctx, name)
	if err != nil {
		return "", err
	}
	if u.Disabled {
		return "", tizim.Errorf(tizim.EINVALID, "The user %s is disabled.", name)
	}
	token := newToken()
	now := time.Now()
	err = users.CreateSession(ctx, &tizim.Session{TokenHash: hashToken(token), UserID: u.ID, Created: now, LastSeen: now, API: true})
	return token, err
}

// SetPassword gives the user named name a new password, for the command line's "user passwd".
// Every session and API token of the user ends.
func SetPassword(ctx context.Context, users tizim.UserService, name, password string) error {
	u, err := users.FindUser(ctx, name)
	if err != nil {
		return err
	}
	if u.PasswordHash, err = HashPassword(password); err != nil {
		return err
	}
	u.PasswordChanged = time.Now()
	if err := users.UpdateUser(ctx, u); err != nil {
		return err
	}
	return users.DeleteSessions(ctx, u.ID)
}

// SetDisabled disables (or enables again) the user named name, for the command line's "user
// disable". Disabling ends every session and API token of the user at once.
func SetDisabled(ctx context.Context, users tizim.UserService, name string, disabled bool) error {
	u, err := users.FindUser(ctx, name)
	if err != nil {
		return err
	}
	u.Disabled = disabled
	if err := users.UpdateUser(ctx, u); err != nil {
		return err
	}
	if disabled {
		return users.DeleteSessions(ctx, u.ID)
	}
	return nil
}

// AddUser makes a user with a role and a random one-time password, which it returns, for the
// command line's "user add".
func AddUser(ctx context.Context, users tizim.UserService, name string, role tizim.Role) (string, error) {
	if !role.Valid() {
		return "", tizim.Errorf(tizim.EINVALID, "unknown role %q (want admin, editor, reviewer or viewer)", role)
	}
	password := NewPassword()
	hash, err := HashPassword(password)
	if err != nil {
		return "", err
	}
	now := time.Now()
	return password, users.CreateUser(ctx, &tizim.User{Name: name, Role: role, PasswordHash: hash, Created: now, PasswordChanged: now})
}
