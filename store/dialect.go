package store

import (
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// dialect holds what differs between SQLite and PostgreSQL outside the schema. Queries are
// written once with ? placeholders; rebind turns them into $1, $2, ... where needed.
type dialect struct {
	name       string
	migrations string // directory in the embedded migrations
	numbered   bool   // placeholders are $1, $2, ... instead of ?
	check      string // a query that returns "ok" when the database is sound
	// lock, when set, is run in the migration transaction so that two processes opening the
	// same database do not migrate it at once.
	lock string
	// nextIDs returns a query that reserves n record ids, one per row.
	nextIDs func(n int) string
	// analyze, when set, refreshes the planner's statistics after a big import: without them
	// PostgreSQL reads a freshly loaded table in full for a page of the people list.
	analyze string
	// lockWhole, when set, is run before a Judge regroups the whole database (regroup.go), so
	// that no other writer moves a record or adds a judgement between the scans and the moves.
	// SQLite needs none: its writer is one, and a transaction that read before another
	// committed cannot then write.
	lockWhole string
}

var sqlite = &dialect{
	name:       "sqlite",
	migrations: "migrations/sqlite",
	check:      "PRAGMA integrity_check",
}

var postgres = &dialect{
	name:       "postgres",
	migrations: "migrations/postgres",
	numbered:   true,
	check:      "SELECT 'ok'",
	lock:       "SELECT pg_advisory_xact_lock(7461726)",
	analyze:    "ANALYZE records",
	lockWhole:  "LOCK TABLE records, judgements IN SHARE ROW EXCLUSIVE MODE",
	nextIDs: func(n int) string {
		return "SELECT nextval(pg_get_serial_sequence('records', 'id')) FROM generate_series(1, " + strconv.Itoa(n) + ")"
	},
}

// rebind rewrites the ? placeholders of q for the dialect. Queries never hold a literal '?'.
func (d *dialect) rebind(q string) string {
	if !d.numbered || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// page returns the LIMIT/OFFSET clause for p, and its arguments; a Limit of 0 is no limit.
func (d *dialect) page(p tizim.Page) (string, []any) {
	off := max(p.Offset, 0)
	switch {
	case p.Limit > 0:
		return " LIMIT ? OFFSET ?", []any{p.Limit, off}
	case off > 0 && d == sqlite:
		return " LIMIT -1 OFFSET ?", []any{off}
	case off > 0:
		return " OFFSET ?", []any{off}
	}
	return "", nil
}

// clearanceRank is the consent rank a reader may see up to. An empty or unknown clearance is
// public: a forgotten clearance denies rather than reveals.
func clearanceRank(c tizim.Consent) int {
	if !c.Valid() {
		return tizim.Public.Rank()
	}
	return c.Rank()
}

// likePattern returns a LIKE pattern (with ESCAPE '\') that matches text containing s.
func likePattern(s string) string {
	return "%" + likeEscaper.Replace(s) + "%"
}

// prefixPattern returns a LIKE pattern (with ESCAPE '\') that matches text starting with s.
func prefixPattern(s string) string {
	return likeEscaper.Replace(s) + "%"
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
