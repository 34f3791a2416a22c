// Command tizim is the single binary of Tizim: the web server and every command-line tool.
//
// Each subcommand lives in its own file and registers itself with register in an init
// function; main only parses the global flags, opens what a command needs and maps errors to
// exit codes. The contract (names, flags, outputs) is in DESIGN.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/tizim/tizim"
)

// command is one subcommand: its name, a one-line summary, and the function that runs it.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

var commands = map[string]*command{}

// register adds a subcommand; it is called from the init function of each command's file.
func register(name, summary string, run func(ctx context.Context, env *env, args []string) error) {
	commands[name] = &command{name: name, summary: summary, run: run}
}

// env is what every command shares: where output goes and the global options.
type env struct {
	stdout io.Writer
	stderr io.Writer
	stdin  io.Reader
	// db is the --db value: a SQLite file path or a postgres:// URL.
	db string
	// json switches output to JSON (one object, or JSON Lines for lists).
	json bool
	// cleanup runs when the command ends, whatever happened (temporary files).
	cleanup []func()
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin}
	err := run(ctx, e, os.Args[1:])
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "tizim:", tizim.ErrorMessage(err))
			if tizim.ErrorCode(err) == tizim.EINTERNAL {
				// The operator at the terminal may see what went wrong; the web server never shows it.
				fmt.Fprintln(os.Stderr, "tizim: detail:", err)
			}
		}
		os.Exit(tizim.ExitCode(err))
	}
}

// run parses the command line and runs the named subcommand.
func run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stderr)
		if len(args) == 0 {
			return tizim.Errorf(tizim.EINVALID, "no command given")
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(e.stderr)
		return tizim.Errorf(tizim.EINVALID, "unknown command %q", args[0])
	}
	defer func() {
		for _, f := range e.cleanup {
			f()
		}
	}()
	defer startProfile(e)()
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: tizim COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --db (SQLite file or postgres:// URL; default $TIZIM_DB, else ./tizim-data/tizim.db) and --json.")
}

// flags returns a flag set for a subcommand with the global --db and --json flags bound to e.
// Flags may come before or after positional arguments: parse with parseFlags.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("tizim "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	def := os.Getenv("TIZIM_DB")
	if def == "" {
		def = "./tizim-data/tizim.db"
	}
	fs.StringVar(&e.db, "db", def, "database: a SQLite file path or a postgres:// URL")
	fs.BoolVar(&e.json, "json", false, "write JSON (JSON Lines for lists)")
	return fs
}

// parseFlags parses args allowing flags after positional arguments ("tizim match A B --json"),
// and returns the positional arguments. A lone "--" ends flag parsing.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, tizim.Errorf(tizim.EINVALID, "%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			// Keep collecting positionals until the next flag.
			continue
		}
	}
}
