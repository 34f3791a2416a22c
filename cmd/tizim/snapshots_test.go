package main

import (
	"context"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// The server decodes the stored model once per version, and again when dedup stores a new one.
func TestSnapshotsByVersion(t *testing.T) {
	ctx := context.Background()
	db := tempDB(t)
	if _, errOut, err := tizimCmd(t, db, "import", listCSV(t, "list", testPeople(20), "")); err != nil {
		t.Fatal(err, errOut)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var c snapshots
	if _, _, err := c.latest(ctx, st); tizim.ErrorCode(err) != tizim.ENOTFOUND {
		t.Fatalf("before dedup: %v, want ENOTFOUND", err)
	}
	if _, errOut, err := tizimCmd(t, db, "dedup"); err != nil {
		t.Fatal(err, errOut)
	}
	first, bad, err := c.latest(ctx, st)
	if first == nil || bad != nil || err != nil {
		t.Fatalf("after dedup: %v, %v, %v", first, bad, err)
	}
	if again, _, _ := c.latest(ctx, st); again != first {
		t.Error("the same version was decoded again")
	}
	if _, errOut, err := tizimCmd(t, db, "dedup"); err != nil {
		t.Fatal(err, errOut)
	}
	if next, _, _ := c.latest(ctx, st); next == first || next == nil {
		t.Error("a new model stored by dedup was not read")
	}
	if _, err := st.PutModel(ctx, []byte(`{"format":0}`)); err != nil {
		t.Fatal(err)
	}
	if snap, bad, err := c.latest(ctx, st); snap != nil || bad == nil || err != nil {
		t.Errorf("a model of an unknown format: %v, %v, %v; want it reported as unreadable", snap, bad, err)
	}
}
