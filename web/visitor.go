package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// visitor is who is asking: a user with a role, or an anonymous member of the public, and the
// language they read.
type visitor struct {
	user    *tizim.User // nil for anonymous visitors
	role    tizim.Role
	session string // hash of the session token; "" without a session
	api     bool   // authenticated by an API token rather than a cookie
	lang    string
}

// clearance is the most closed consent level the visitor may read in full.
func (v *visitor) clearance() tizim.Consent { return v.role.Clearance() }

// readClearance is the level to ask the store for when the result will be passed through
// redact: the public also see anonymised records, with identifying fields hidden.
func (v *visitor) readClearance() tizim.Consent {
	if c := v.clearance(); c.Rank() > tizim.Anonymised.Rank() {
		return c
	}
	return tizim.Anonymised
}

// redacts reports whether the visitor sees a record at level c only without identifying fields.
func (v *visitor) redacts(c tizim.Consent) bool {
	return c == tizim.Anonymised && !c.Allows(v.clearance())
}

// sees reports whether the visitor may see a record at level c at all (perhaps redacted).
// Sources have no redacted form: they are visible only within the clearance.
func (v *visitor) sees(c tizim.Consent) bool { return c.Allows(v.readClearance()) }

// loggedIn reports whether the visitor is a user.
func (v *visitor) loggedIn() bool { return v.user != nil }

// anonymous returns a visitor who is not logged in, reading lang.
func anonymous(lang string) *visitor { return &visitor{role: tizim.Anonymous, lang: lang} }

// visitorOf works out who is asking: an API token in the Authorization header, else a session
// cookie, else nobody. A bad token is an error (the client meant to authenticate); a stale or
// unknown cookie is quietly cleared and the visitor is anonymous.
func (s *Server) visitorOf(w http.ResponseWriter, r *http.Request) (*visitor, error) {
	lang := s.chooseLang(w, r)
	if token, ok := bearer(r); ok {
		u, hash, err := s.authenticate(r.Context(), token, true)
		if err != nil {
			return anonymous(lang), err
		}
		return &visitor{user: u, role: u.Role, session: hash, api: true, lang: lang}, nil
	}
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" {
		return anonymous(lang), nil
	}
	u, hash, err := s.authenticate(r.Context(), c.Value, false)
	if err != nil {
		if tizim.ErrorCode(err) != tizim.EUNAUTHORIZED {
			return anonymous(lang), err
		}
		clearCookie(w)
		return anonymous(lang), nil
	}
	return &visitor{user: u, role: u.Role, session: hash, lang: lang}, nil
}
