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
