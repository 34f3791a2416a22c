package main

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// TestServerResolvesWhatItWrites writes records as the web's add form does (through the
// server's RecordService) and waits for the background resolver to link them.
func TestServerResolvesWhatItWrites(t *testing.T) {
	db, ps := tempDB(t), testPeople(60)
	if _, errOut, err := tizimCmd(t, db, "import", listCSV(t, "list", ps, "")); err != nil {
		t.Fatal(err, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	written := &collector{RecordService: st, onCommit: startResolver(ctx, st, slog.New(slog.NewTextHandler(io.Discard, nil)))}
	w, err := written.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		p := ps[i]
		r := &tizim.Record{Source: "form", RecordID: p.id, Names: []tizim.Name{{Text: p.name}}, IDNumber: p.id,
			BirthDate: tizim.PartialDate{Year: p.born.Year(), Month: int(p.born.Month()), Day: p.born.Day()}, Consent: tizim.Internal}
		if _, err := w.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		got := resolutionOf(t, db)
		if got.records == 63 && got.people == 60 && got.matcher == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("15 s after the commit: %+v, want 63 records of 60 people, 3 linked by the matcher", got)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
