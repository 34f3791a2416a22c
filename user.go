package tizim

import (
	"context"
	"time"
)

// Role is what a user may do. Every route is denied unless a rule allows it for the role.
type Role string

// Roles, from the most to the least powerful.
const (
	Admin     Role = "admin"     // manages users, sees sealed material
	Editor    Role = "editor"    // imports, adds and corrects records and sources
	Reviewer  Role = "reviewer"  // decides review pairs, merges and splits
	Viewer    Role = "viewer"    // reads what partners may read
	Anonymous Role = "anonymous" // not logged in: the public site
)

// Roles lists the roles users can have (Anonymous is not one of them).
var Roles = []Role{Admin, Editor, Reviewer, Viewer}

// clearances is the most closed consent level each role may read.
var clearances = map[Role]Consent{
	Admin:    Sealed,
	Editor:   Internal,
	Reviewer: Internal,
	Viewer:   Partners,
}

// Clearance returns the most closed consent level the role may read; an unknown role or
// Anonymous gets Public.
func (r Role) Clearance() Consent {
	if c, ok := clearances[r]; ok {
		return c
	}
	return Public
}

// Valid reports whether r is a role a user can have.
func (r Role) Valid() bool {
	_, ok := clearances[r]
	return ok
}

// User is a person who logs in to Tizim.
type User struct {
	ID           int64     `json:"id"`
	Name         string    `json:"name"`
	Role         Role      `json:"role"`
	PasswordHash string    `json:"-"` // argon2id, in the PHC string format
	TOTPSecret   string    `json:"-"` // base32; empty when the second factor is off
	Disabled     bool      `json:"disabled"`
	Created      time.Time `json:"created,omitzero"`
	// PasswordChanged invalidates sessions created before it.
	PasswordChanged time.Time `json:"-"`
}

// Session is a logged-in browser or API token. Only a hash of its secret is stored.
type Session struct {
	TokenHash string
	UserID    int64
	Created   time.Time
	LastSeen  time.Time
	// API is true for a long-lived API token rather than a browser session.
	API bool
}

// UserService stores users and their sessions.
type UserService interface {
	CreateUser(ctx context.Context, u *User) error
	UpdateUser(ctx context.Context, u *User) error
	FindUser(ctx context.Context, name string) (*User, error)
	FindUserByID(ctx context.Context, id int64) (*User, error)
	FindUsers(ctx context.Context) ([]*User, error)
	CreateSession(ctx context.Context, s *Session) error
	FindSession(ctx context.Context, tokenHash string) (*Session, error)
	TouchSession(ctx context.Context, tokenHash string, at time.Time) error
	DeleteSession(ctx context.Context, tokenHash string) error
	// DeleteSessions ends every session of a user (logout everywhere, password change).
	DeleteSessions(ctx context.Context, userID int64) error
	// UseTOTPStep records that the user's second-factor code of the 30-second step was used,
	// and reports false when that step or a later one was used already: a replayed code.
	UseTOTPStep(ctx context.Context, userID, step int64) (bool, error)
}
