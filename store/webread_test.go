package store

import (
	"context"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

func TestSessionUser(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
		u := &tizim.User{Name: "amina", Role: tizim.Editor, PasswordHash: "$argon2id$x", Created: at, PasswordChanged: at}
		if err := s.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		other := &tizim.User{Name: "bob", Role: tizim.Viewer, PasswordHash: "$argon2id$y", Created: at, PasswordChanged: at, Disabled: true}
		if err := s.CreateUser(ctx, other); err != nil {
			t.Fatal(err)
		}
		for _, sess := range []tizim.Session{
			{TokenHash: "h-amina", UserID: u.ID, Created: at, LastSeen: at.Add(time.Minute)},
			{TokenHash: "h-bob", UserID: other.ID, Created: at, LastSeen: at, API: true},
		} {
			if err := s.CreateSession(ctx, &sess); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			hash     string
			user     string
			role     tizim.Role
			disabled bool
			api      bool
			seen     time.Time
		}{
			{"h-amina", "amina", tizim.Editor, false, false, at.Add(time.Minute)},
			{"h-bob", "bob", tizim.Viewer, true, true, at}, // a disabled user is returned: the caller refuses it
		} {
			for range 2 { // the second time from the prepared statement
				sess, got, err := s.SessionUser(ctx, tc.hash)
				if err != nil {
					t.Fatalf("%s: %v", tc.hash, err)
				}
				if got.Name != tc.user || got.Role != tc.role || got.Disabled != tc.disabled || !got.PasswordChanged.Equal(at) {
					t.Errorf("%s: user %+v", tc.hash, got)
				}
				if sess.TokenHash != tc.hash || sess.UserID != got.ID || sess.API != tc.api || !sess.LastSeen.Equal(tc.seen) || !sess.Created.Equal(at) {
					t.Errorf("%s: session %+v", tc.hash, sess)
				}
				// The same as the two separate reads it replaces.
				want, err := s.FindSession(ctx, tc.hash)
				if err != nil || *want != *sess {
					t.Errorf("%s: FindSession %+v, %v; SessionUser %+v", tc.hash, want, err, sess)
				}
			}
		}
		if err := s.DeleteSession(ctx, "h-amina"); err != nil {
			t.Fatal(err)
		}
		for _, hash := range []string{"h-amina", "nope", ""} {
			if _, _, err := s.SessionUser(ctx, hash); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("%q: %v, want not found", hash, err)
			}
		}
	})
}
