package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/web"
)

func init() {
	register("user", "manage users: add, list, passwd, disable, token", runUser)
}

const userUsage = "usage: tizim user add --role ROLE NAME | list | passwd [--stdin] NAME | disable [--enable] NAME | token NAME"

// runUser manages accounts. Passwords it makes are random and printed once; it never asks
// for one on the command line, where it would stay in the shell's history.
func runUser(ctx context.Context, e *env, args []string) error {
	fs := e.flags("user")
	role := fs.String("role", string(tizim.Viewer), "role of a new user: admin, editor, reviewer or viewer")
	stdin := fs.Bool("stdin", false, "passwd: read the new password from standard input instead of making one")
	enable := fs.Bool("enable", false, "disable: enable the user again")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return tizim.Errorf(tizim.EINVALID, userUsage)
	}
	verb, pos := pos[0], pos[1:]
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if verb == "list" {
		return listUsers(ctx, e, st)
	}
	if len(pos) != 1 || strings.TrimSpace(pos[0]) == "" {
		return tizim.Errorf(tizim.EINVALID, userUsage)
	}
	name := pos[0]
	switch verb {
	case "add":
		pw, err := web.AddUser(ctx, st, name, tizim.Role(*role))
		if err != nil {
			return err
		}
		return e.say(map[string]string{"user": name, "role": *role, "password": pw},
			"Created %s (%s). One-time password, shown once:\n\n    %s\n", name, *role, pw)
	case "passwd":
		pw := web.NewPassword()
		if *stdin {
			line, err := bufio.NewReader(e.stdin).ReadString('\n')
			if pw = strings.TrimRight(line, "\r\n"); err != nil && pw == "" {
				return tizim.Errorf(tizim.EINVALID, "no password on standard input")
			}
			if len([]rune(pw)) < 12 {
				return tizim.Errorf(tizim.EINVALID, "a password needs at least 12 characters")
			}
		}
		if err := web.SetPassword(ctx, st, name, pw); err != nil {
			return err
		}
		if *stdin {
			return e.say(map[string]string{"user": name}, "Changed the password of %s; their sessions ended.\n", name)
		}
		return e.say(map[string]string{"user": name, "password": pw},
			"New password for %s, shown once (their sessions ended):\n\n    %s\n", name, pw)
	case "disable":
		if err := web.SetDisabled(ctx, st, name, !*enable); err != nil {
			return err
		}
		state := "disabled; their sessions ended"
		if *enable {
			state = "enabled"
		}
		return e.say(map[string]string{"user": name, "state": state}, "%s is %s.\n", name, state)
	case "token":
		tok, err := web.CreateToken(ctx, st, name)
		if err != nil {
			return err
		}
		return e.say(map[string]string{"user": name, "token": tok},
			"API token for %s, shown once (send it as \"Authorization: Bearer TOKEN\"):\n\n    %s\n", name, tok)
	}
	return tizim.Errorf(tizim.EINVALID, userUsage)
}

func listUsers(ctx context.Context, e *env, users tizim.UserService) error {
	us, err := users.FindUsers(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	for _, u := range us {
		if e.json {
			if err := enc.Encode(u); err != nil {
				return err
			}
			continue
		}
		state := ""
		if u.Disabled {
			state = " (disabled)"
		}
		fmt.Fprintf(e.stdout, "%-20s %-9s%s\n", u.Name, u.Role, state)
	}
	return nil
}

// say prints v as JSON with --json, else the formatted text.
func (e *env) say(v any, format string, args ...any) error {
	if e.json {
		return json.NewEncoder(e.stdout).Encode(v)
	}
	_, err := fmt.Fprintf(e.stdout, format, args...)
	return err
}
