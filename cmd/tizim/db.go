package main

import (
	"context"

	"github.com/tizim/tizim/store"
)

// openStore opens the database named by --db, creating and migrating it when needed.
//
// The command line reads with tizim.Sealed clearance: whoever can read the database file or
// holds the database password can read everything in it anyway. Commands that publish
// (export --public) narrow it themselves.
func (e *env) openStore(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, e.db)
}
