package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
	"github.com/tizim/tizim/store"
	"github.com/tizim/tizim/web"
)

func init() { register("serve", "web UI and JSON API", runServe) }

func runServe(ctx context.Context, e *env, args []string) error {
	fs := e.flags("serve")
	addr := fs.String("addr", ":8080", "address to listen on")
	demo := fs.Bool("demo", false, "fill an empty database with a synthetic demo corpus")
	demoPersons := fs.Int("demo-persons", 2000, "how many synthetic people the demo corpus holds")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if *demo {
		if err := loadDemo(ctx, e, st, *demoPersons); err != nil {
			return fmt.Errorf("demo corpus: %w", err)
		}
	}
	name, password, created, err := web.EnsureAdmin(ctx, st)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(e.stderr, "\nCreated the first user. Log in as %q with the one-time password:\n\n    %s\n\nand change it.\n\n", name, password)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return tizim.Errorf(tizim.EINVALID, "cannot listen on %s: %v", *addr, err)
	}
	names := startNameIndex(ctx, st, log)
	// records written through the import page and the add form are resolved after each commit
	written := &collector{RecordService: st, onCommit: startResolver(ctx, st, log)}
	site := web.New(web.Config{
		Records: written, Sources: st, Facilities: st, People: st, Users: st, Reviews: st, Logger: log,
		Importer: ingest.NewImporter(written), Search: names.search,
	})
	defer site.Close()
	srv := &http.Server{
		Handler:           site,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // imports upload large files
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(e.stderr, "Tizim is running at %s (Ctrl-C stops it)\n", displayURL(ln.Addr()))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// displayURL turns a listening address into a URL a person can open.
func displayURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) || (ip != nil && ip.IsLoopback()) {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// startResolver resolves, in the background, the records that the server's writes committed,
// as `tizim import` does (see resolveNew): it returns the function that hands them over, which
// never blocks a request. Records that arrive while a resolution runs are resolved together
// after it.
func startResolver(ctx context.Context, st *store.Store, log *slog.Logger) func(ids []int64) {
	var mu sync.Mutex
	var pending []int64
	wake := make(chan struct{}, 1)
	var models snapshots
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-wake:
			}
			mu.Lock()
			ids := pending
			pending = nil
			mu.Unlock()
			var note bytes.Buffer
			start := time.Now()
			out, err := resolveNew(ctx, st, &models, ids, nil, &note)
			if note.Len() > 0 {
				log.Info(strings.TrimSpace(note.String()))
			}
			if err != nil && ctx.Err() == nil {
				log.Error("resolve: written records not resolved (run tizim dedup)", "records", len(ids), "err", err)
				continue
			}
			log.Info("resolve: written records resolved", "records", len(ids), "linked", out.Linked,
				"review", out.Review, "full", out.Full, "seconds", time.Since(start).Seconds())
		}
	}()
	return func(ids []int64) {
		mu.Lock()
		pending = append(pending, ids...)
		mu.Unlock()
		select {
		case wake <- struct{}{}:
		default:
		}
	}
}
