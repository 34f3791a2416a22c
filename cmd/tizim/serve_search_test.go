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

// TestNameIndexFollowsImports checks that a running server's name search finds people across
// scripts, and finds records imported after it started once the index has synced.
func TestNameIndexFollowsImports(t *testing.T) {
	db := tempDB(t)
	first := writeFile(t, "a.csv", "source,record_id,name,consent\ns,1,Ilham Tohti,public\n")
	if _, _, err := tizimCmd(t, db, "import", first); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	names := startNameIndex(ctx, st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	people, err := names.search(ctx, "ئىلھام توختى", tizim.Public, 10)
	if err != nil || len(people) != 1 {
		t.Fatalf("search in Arabic script: %v, %v", people, err)
	}
	if people, _ := names.search(ctx, "Ilham Tohti", tizim.Public, 10); len(people) != 1 {
		t.Fatalf("search in Latin: %d people", len(people))
	}

	second := writeFile(t, "b.csv", "source,record_id,name,consent\ns,2,Rahile Dawut,public\ns,3,Sealed Person,sealed\n")
	if _, _, err := tizimCmd(t, db, "import", second); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * syncEvery)
	for {
		people, _ := names.search(ctx, "Rahile Dawut", tizim.Public, 10)
		if len(people) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a record imported after the server started was not found")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if people, _ := names.search(ctx, "Sealed Person", tizim.Public, 10); len(people) != 0 {
		t.Errorf("a sealed record was found by the public: %v", people)
	}
}
