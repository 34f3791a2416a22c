package web

import (
	"context"
	"net"
	"net/http"
	"time"

	"github.com/tizim/tizim"
)

// errLogin is the one answer to every failed login: it does not say whether the account exists,
// whether it is disabled, or whether the throttle refused to check.
var errLogin = tizim.Errorf(tizim.EUNAUTHORIZED, "The name or password is wrong, or there were too many attempts; wait and try again.")

// login checks a name and password, and the second factor's code when the user has one, under
// the throttle, and returns the user. A missing or wrong code fails like a wrong password.
func (s *Server) login(ctx context.Context, name, password, code, addr string) (*tizim.User, error) {
	delay, blocked := s.throttle.check(name, addr)
	if blocked {
		VerifyPassword(dummyHash(), password) // take as long as a real check
		return nil, errLogin
	}
	if delay > 0 {
		t := time.NewTimer(delay)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
	}
	u, err := s.cfg.Users.FindUser(ctx, name)
	if err != nil && tizim.ErrorCode(err) != tizim.ENOTFOUND {
		return nil, err
	}
	hash := dummyHash()
	if u != nil {
		hash = u.PasswordHash
	}
	ok := VerifyPassword(hash, password)
	if ok && u != nil && u.TOTPSecret != "" {
		var step int64
		if step, ok = checkTOTP(u.TOTPSecret, code, s.now()); ok {
			// A code already used (seen over a shoulder, in a proxy's log) fails like a wrong one.
			if ok, err = s.cfg.Users.UseTOTPStep(ctx, u.ID, step); err != nil {
				return nil, err
			}
		}
	}
	if !ok || u == nil || u.Disabled || !u.Role.Valid() {
		s.throttle.fail(name, addr)
		s.log.Info("login failed", "name", name, "addr", addr)
		return nil, errLogin
	}
	s.throttle.succeed(name)
	s.log.Info("login", "user", u.Name, "addr", addr)
	return u, nil
}

// remoteAddr is the client's IP address, for the throttle. Behind a reverse proxy every client
// has the proxy's address, so the per-address limit is set high.
func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
