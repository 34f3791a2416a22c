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
	first := writeFile(t, "a.csv", "source,record_id,name,sex,birth_date,home_code,consent\n"+
		"s,1,Ilham Tohti,m,1969-10-25,653121,public\ns,4,Ilham Tohti,m,1985,650102,public\n")
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
	find := func(q string, c tizim.Consent) ([]*tizim.Person, error) {
		return names.search(ctx, tizim.PersonFilter{Query: q, Clearance: c}, 10)
	}
	people, err := find("ئىلھام توختى", tizim.Public)
	if err != nil || len(people) != 2 {
		t.Fatalf("search in Arabic script: %v, %v", people, err)
	}
	if people, _ := find("Ilham Tohti", tizim.Public); len(people) != 2 {
		t.Fatalf("search in Latin: %d people", len(people))
	}
	// the namesakes told apart by what a family knows: home county and year of birth
	home, from, to := "6531", 1960, 1975
	narrowed, err := names.search(ctx, tizim.PersonFilter{Query: "Илһам Тохти", Clearance: tizim.Public,
		HomeCode: &home, BornFrom: &from, BornTo: &to}, 10)
	if err != nil || len(narrowed) != 1 {
		t.Fatalf("search narrowed to home 6531, born 1960-1975: %v, %v", narrowed, err)
	}
	if other, _ := names.search(ctx, tizim.PersonFilter{Query: "Ilham Tohti", Clearance: tizim.Public, BornFrom: &to}, 10); len(other) != 1 || other[0].ID == narrowed[0].ID {
		t.Errorf("search narrowed to born from 1975: %v, want the other person", other)
	}

	second := writeFile(t, "b.csv", "source,record_id,name,consent\ns,2,Rahile Dawut,public\ns,3,Sealed Person,sealed\n")
	if _, _, err := tizimCmd(t, db, "import", second); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * syncEvery)
	for {
		people, _ := find("Rahile Dawut", tizim.Public)
		if len(people) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a record imported after the server started was not found")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if people, _ := find("Sealed Person", tizim.Public); len(people) != 0 {
		t.Errorf("a sealed record was found by the public: %v", people)
	}
}
