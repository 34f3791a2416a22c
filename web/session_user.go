package web

import (
	"context"

	"github.com/tizim/tizim"
)

// sessionUsers is a user service that reads a session and its user in one query, as the store
// does (store.SessionUser): every request of a logged-in visitor starts with that read.
type sessionUsers interface {
	SessionUser(ctx context.Context, tokenHash string) (*tizim.Session, *tizim.User, error)
}

// sessionUser returns the session with the token hash and its user; the user is nil when the
// session names one that does not exist. No session is an ENOTFOUND error.
func (s *Server) sessionUser(ctx context.Context, hash string) (*tizim.Session, *tizim.User, error) {
	if su, ok := s.cfg.Users.(sessionUsers); ok {
		return su.SessionUser(ctx, hash)
	}
	sess, err := s.cfg.Users.FindSession(ctx, hash)
	if err != nil {
		return nil, nil, err
	}
	u, err := s.cfg.Users.FindUserByID(ctx, sess.UserID)
	if tizim.ErrorCode(err) == tizim.ENOTFOUND {
		return sess, nil, nil
	}
	return sess, u, err
}
