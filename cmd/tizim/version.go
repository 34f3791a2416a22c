package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/tizim/tizim"
)

func init() { register("version", "print the version of Tizim", runVersion) }

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := e.flags("version")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if e.json {
		return json.NewEncoder(e.stdout).Encode(map[string]string{"version": tizim.Version, "go": runtime.Version()})
	}
	_, err := fmt.Fprintf(e.stdout, "tizim %s (%s)\n", tizim.Version, runtime.Version())
	return err
}
