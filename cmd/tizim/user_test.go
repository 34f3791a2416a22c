package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/tizim/tizim/store"
	"github.com/tizim/tizim/web"
)

func TestUserCommands(t *testing.T) {
	db := tempDB(t)
	out, _, err := tizimCmd(t, db, "user", "add", "--role", "reviewer", "--json", "ana")
	if err != nil {
		t.Fatal(err)
	}
	var added map[string]string
	if err := json.Unmarshal([]byte(out), &added); err != nil || added["password"] == "" {
		t.Fatalf("user add printed %q (%v)", out, err)
	}
	if _, _, err := tizimCmd(t, db, "user", "add", "--role", "emperor", "bo"); err == nil {
		t.Error("an unknown role was accepted")
	}
	if _, _, err := tizimCmd(t, db, "user", "add", "ana"); err == nil {
		t.Error("a second user with the same name was accepted")
	}
	out, _, err = tizimCmd(t, db, "user", "list")
	if err != nil || !strings.Contains(out, "ana") || !strings.Contains(out, "reviewer") {
		t.Fatalf("user list = %q, %v", out, err)
	}

	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	check := func(pw string, want bool) {
		t.Helper()
		u, err := st.FindUser(context.Background(), "ana")
		if err != nil {
			t.Fatal(err)
		}
		if got := web.VerifyPassword(u.PasswordHash, pw); got != want {
			t.Errorf("password %q accepted = %v, want %v", pw, got, want)
		}
	}
	check(added["password"], true)

	out, _, err = tizimCmd(t, db, "user", "passwd", "--json", "ana")
	if err != nil {
		t.Fatal(err)
	}
	var changed map[string]string
	json.Unmarshal([]byte(out), &changed)
	check(added["password"], false)
	check(changed["password"], true)

	if _, _, err := tizimCmd(t, db, "user", "disable", "ana"); err != nil {
		t.Fatal(err)
	}
	if u, _ := st.FindUser(context.Background(), "ana"); u == nil || !u.Disabled {
		t.Error("user disable did not disable")
	}
	if _, _, err := tizimCmd(t, db, "user", "passwd", "nobody"); err == nil {
		t.Error("passwd of an unknown user succeeded")
	}
}
