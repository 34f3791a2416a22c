package web

import (
	"net/http"
)

// limit lets at most n reads (GET and HEAD) run at once and queues the rest in arrival order.
// With many clients, reads that all run at once fight over two cores and the database's locks,
// and every one of them is slow; queued, each runs at full speed and the tail shrinks. A read
// whose client gives up while it waits is dropped without running. Writes are few and include
// uploads that stream for minutes, so they do not take a slot.
func limit(n int, next http.Handler) http.Handler {
	slots := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case slots <- struct{}{}:
		case <-r.Context().Done():
			return
		}
		defer func() { <-slots }()
		next.ServeHTTP(w, r)
	})
}
