package main

import (
	"context"

	"github.com/tizim/tizim/resolve"
	"github.com/tizim/tizim/store"
)

// snapshots keeps the newest stored resolution model decoded, by version. The server resolves
// every write with it and decoding costs tens of milliseconds (66 ms at 245,000 records), so it
// is decoded again only when tizim dedup has stored a new one. Not safe for concurrent use: the
// server's one resolving goroutine owns it.
type snapshots struct {
	version int64
	snap    *resolve.Snapshot
}

// latest returns the newest model: ENOTFOUND in err when none is stored; a model that cannot be
// read (an older format) in bad, with err nil.
func (c *snapshots) latest(ctx context.Context, st *store.Store) (snap *resolve.Snapshot, bad, err error) {
	v, err := st.ModelVersion(ctx)
	if err != nil {
		return nil, nil, err
	}
	if c.snap != nil && v == c.version {
		return c.snap, nil, nil
	}
	data, v, err := st.LatestModel(ctx)
	if err != nil {
		return nil, nil, err
	}
	if snap, bad = resolve.DecodeSnapshot(data); bad != nil {
		return nil, bad, nil
	}
	c.version, c.snap = v, snap
	return snap, nil, nil
}
