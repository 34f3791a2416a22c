package store

import (
	"context"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

func TestUsers(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		created := time.Date(2026, 1, 2, 3, 4, 5, 6000, time.UTC)
		u := &tizim.User{Name: "amina", Role: tizim.Editor, PasswordHash: "$argon2id$x", Created: created}
		if err := s.CreateUser(ctx, u); err != nil || u.ID == 0 {
			t.Fatalf("create: %v (id %d)", err, u.ID)
		}
		for _, bad := range []*tizim.User{
			{Name: "amina", Role: tizim.Viewer, PasswordHash: "h"},   // taken
			{Name: "", Role: tizim.Viewer, PasswordHash: "h"},        // no name
			{Name: " amina ", Role: tizim.Viewer, PasswordHash: "h"}, // spaces
			{Name: "bad\xff", Role: tizim.Viewer, PasswordHash: "h"}, // not UTF-8
			{Name: "x", Role: "god", PasswordHash: "h"},              // no such role
			{Name: "x", Role: tizim.Anonymous, PasswordHash: "h"},    // not a user's role
			{Name: "x", Role: tizim.Viewer},                          // no password
		} {
			err := s.CreateUser(ctx, bad)
			if code := tizim.ErrorCode(err); code != tizim.ECONFLICT && code != tizim.EINVALID {
				t.Errorf("create %q/%q: %v", bad.Name, bad.Role, err)
			}
		}
		got, err := s.FindUser(ctx, "amina")
		if err != nil || got.ID != u.ID || got.Role != tizim.Editor || !got.Created.Equal(created) || !got.PasswordChanged.Equal(created) || got.Disabled {
			t.Errorf("find: %+v %v", got, err)
		}
		got.Role, got.Disabled, got.PasswordHash = tizim.Admin, true, "$argon2id$y"
		got.PasswordChanged = created.Add(time.Hour)
		if err := s.UpdateUser(ctx, got); err != nil {
			t.Fatal(err)
		}
		again, err := s.FindUserByID(ctx, u.ID)
		if err != nil || again.Role != tizim.Admin || !again.Disabled || again.PasswordHash != "$argon2id$y" || !again.PasswordChanged.Equal(created.Add(time.Hour)) {
			t.Errorf("after update: %+v %v", again, err)
		}
		if err := s.UpdateUser(ctx, &tizim.User{ID: 999, Role: tizim.Viewer, PasswordHash: "h"}); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("update missing user: %v", err)
		}
		if _, err := s.FindUser(ctx, "nobody"); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("find missing user: %v", err)
		}
		s.CreateUser(ctx, &tizim.User{Name: "bilal", Role: tizim.Viewer, PasswordHash: "h"})
		all, err := s.FindUsers(ctx)
		if err != nil || len(all) != 2 || all[0].Name != "amina" || all[1].Name != "bilal" {
			t.Errorf("find users: %v %v", all, err)
		}
	})
}

func TestSessions(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		u := &tizim.User{Name: "amina", Role: tizim.Viewer, PasswordHash: "h"}
		v := &tizim.User{Name: "bilal", Role: tizim.Viewer, PasswordHash: "h"}
		for _, x := range []*tizim.User{u, v} {
			if err := s.CreateUser(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		at := time.Date(2026, 3, 4, 5, 6, 7, 8000, time.UTC)
		for _, sess := range []*tizim.Session{
			{TokenHash: "a1", UserID: u.ID, Created: at, LastSeen: at},
			{TokenHash: "a2", UserID: u.ID, Created: at, LastSeen: at, API: true},
			{TokenHash: "b1", UserID: v.ID, Created: at, LastSeen: at},
		} {
			if err := s.CreateSession(ctx, sess); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.CreateSession(ctx, &tizim.Session{TokenHash: "a1", UserID: u.ID}); err == nil {
			t.Error("a second session with the same token hash was stored")
		}
		got, err := s.FindSession(ctx, "a2")
		if err != nil || got.UserID != u.ID || !got.API || !got.Created.Equal(at) || !got.LastSeen.Equal(at) {
			t.Errorf("find: %+v %v", got, err)
		}
		if err := s.TouchSession(ctx, "a1", at.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindSession(ctx, "a1"); !got.LastSeen.Equal(at.Add(time.Minute)) || !got.Created.Equal(at) {
			t.Errorf("after touch: %+v", got)
		}
		if err := s.DeleteSession(ctx, "b1"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindSession(ctx, "b1"); tizim.ErrorCode(err) != tizim.ENOTFOUND {
			t.Errorf("deleted session: %v", err)
		}
		if err := s.DeleteSessions(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		for _, h := range []string{"a1", "a2"} {
			if _, err := s.FindSession(ctx, h); tizim.ErrorCode(err) != tizim.ENOTFOUND {
				t.Errorf("session %s survived DeleteSessions: %v", h, err)
			}
		}
	})
}

func TestUseTOTPStep(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		u := &tizim.User{Name: "second-factor", Role: tizim.Editor, PasswordHash: "h"}
		if err := s.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			step int64
			want bool
		}{
			{59000000, true},  // first use
			{59000000, false}, // the same code again
			{58999999, false}, // an earlier step, still inside the window of skew
			{59000001, true},  // the next step
		} {
			got, err := s.UseTOTPStep(ctx, u.ID, tc.step)
			if err != nil || got != tc.want {
				t.Errorf("step %d: %v, %v; want %v", tc.step, got, err, tc.want)
			}
		}
		if ok, err := s.UseTOTPStep(ctx, u.ID+1000, 59000002); ok || err != nil {
			t.Errorf("an unknown user's code: %v, %v", ok, err)
		}
	})
}
