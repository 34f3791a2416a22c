package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// plainUsers hides the store's one-query SessionUser, as any other user service would.
type plainUsers struct{ tizim.UserService }

func TestSessionUserEitherWay(t *testing.T) {
	for _, tc := range []struct {
		name  string
		wrap  func(tizim.UserService) tizim.UserService
		joins bool
	}{
		{"the store's one query", func(u tizim.UserService) tizim.UserService { return u }, true},
		{"two reads", func(u tizim.UserService) tizim.UserService { return plainUsers{u} }, false},
	} {
		f := newFixture(t)
		f.srv.cfg.Users = tc.wrap(f.srv.cfg.Users)
		if _, ok := f.srv.cfg.Users.(sessionUsers); ok != tc.joins {
			t.Fatalf("%s: one query %v", tc.name, ok)
		}
		// A logged-in editor is recognised; a made-up token is nobody.
		if res, body := f.get(tizim.Editor, "/people"); res.StatusCode != http.StatusOK || !strings.Contains(body, "editor-user") {
			t.Errorf("%s: editor's page %d, names the user: %v", tc.name, res.StatusCode, strings.Contains(body, "editor-user"))
		}
		f.tokens[tizim.Editor] = "made-up"
		if _, body := f.get(tizim.Editor, "/people"); strings.Contains(body, "editor-user") {
			t.Errorf("%s: a made-up token is logged in", tc.name)
		}
		if _, u, err := f.srv.sessionUser(context.Background(), hashToken("made-up")); tizim.ErrorCode(err) != tizim.ENOTFOUND || u != nil {
			t.Errorf("%s: unknown session: %v, %v", tc.name, u, err)
		}
	}
}
