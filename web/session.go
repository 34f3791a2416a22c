package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strings"
	"time"

	"github.com/tizim/tizim"
)

// cookieName is the session cookie. The __Host- prefix makes browsers accept it only when it is
// Secure, has Path=/ and no Domain, so no other host and no plain-HTTP page can plant or read
// it. Browsers treat http://localhost as secure, so it works on loopback too.
const cookieName = "__Host-tizim"

// touchEvery limits how often a session's last-seen time is written.
const touchEvery = time.Minute

// newToken returns a random 32-byte secret, URL-safe.
func newToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand documents it)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is what the store keeps of a token: its SHA-256, so a stolen database holds no
// usable session.
func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// bearer returns the token of an "Authorization: Bearer" header.
func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return "", false
	}
	return strings.TrimSpace(token), true
}

var errSession = tizim.Errorf(tizim.EUNAUTHORIZED, "Your session has ended or the token is not valid; log in again.")

// authenticate finds the user of a session token. A session is over when it is unknown, of the
// wrong kind, idle or old past its limits, older than the user's last password change, or when
// the user is disabled; an over session is deleted.
func (s *Server) authenticate(ctx context.Context, token string, api bool) (*tizim.User, string, error) {
	hash := hashToken(token)
	sess, u, err := s.sessionUser(ctx, hash)
	if tizim.ErrorCode(err) == tizim.ENOTFOUND {
		return nil, "", errSession
	} else if err != nil {
		return nil, "", err
	}
	now := s.now()
	over := sess.API != api
	if api {
		over = over || now.Sub(sess.Created) > s.cfg.TokenLifetime
	} else {
		over = over || now.Sub(sess.LastSeen) > s.cfg.IdleTimeout || now.Sub(sess.Created) > s.cfg.SessionLifetime
	}
	if over || u == nil || u.Disabled || !u.Role.Valid() || sess.Created.Before(u.PasswordChanged) {
		if err := s.cfg.Users.DeleteSession(ctx, hash); err != nil && tizim.ErrorCode(err) != tizim.ENOTFOUND {
			return nil, "", err
		}
		return nil, "", errSession
	}
	if !api && now.Sub(sess.LastSeen) > touchEvery {
		if err := s.cfg.Users.TouchSession(ctx, hash, now); err != nil {
			return nil, "", err
		}
	}
	return u, hash, nil
}

// startSession makes a new session (or API token) for u and returns its secret.
func (s *Server) startSession(ctx context.Context, u *tizim.User, api bool) (string, error) {
	token := newToken()
	now := s.now()
	err := s.cfg.Users.CreateSession(ctx, &tizim.Session{
		TokenHash: hashToken(token), UserID: u.ID, Created: now, LastSeen: now, API: api,
	})
	return token, err
}

// setCookie hands the browser its session token.
func (s *Server) setCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: token, Path: "/", MaxAge: int(s.cfg.SessionLifetime.Seconds()),
		Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode,
	})
}

// clearCookie tells the browser to forget its session token.
func clearCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: "", Path: "/", MaxAge: -1,
		Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode,
	})
}
