package store

import (
	"errors"

	"github.com/tizim/tizim"
	sqlitedriver "modernc.org/sqlite"
)

// SQLite has one writer at a time, and an import holds the write lock for its whole file. A
// write that waited busy_timeout for it in vain is not a fault: the user is told to try again.

// SQLite's primary result codes for a database that another connection is writing.
const (
	sqliteBusy   = 5
	sqliteLocked = 6
)

// busy turns SQLite's "database is locked" into ECONFLICT; other errors pass unchanged.
func busy(err error) error {
	var e *sqlitedriver.Error
	if errors.As(err, &e) && (e.Code()&0xff == sqliteBusy || e.Code()&0xff == sqliteLocked) {
		return tizim.Errorf(tizim.ECONFLICT, "the database is busy with another write, such as an import; try again when it is done")
	}
	return err
}
