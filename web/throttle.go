package web

import (
	"sync"
	"time"
)

// Login throttling: each failed login counts against the account name tried and against the
// address it came from. After a few failures every answer is delayed, doubling each time; after
// more, logins for that name or address are refused outright until the window has passed. The
// answer is the same whether or not the account exists, so the throttle reveals nothing.
const (
	throttleWindow   = 15 * time.Minute // failures older than this are forgotten
	slowAfter        = 3                // failures before answers are delayed
	firstDelay       = 250 * time.Millisecond
	maxDelay         = 4 * time.Second
	blockNameAfter   = 10 // failures for one account name before it is blocked
	blockAddrAfter   = 50 // failures from one address (offices share one) before it is blocked
	throttleCapacity = 100000
)

// throttle counts recent login failures by key ("name:" or "addr:" prefixed).
type throttle struct {
	mu    sync.Mutex
	now   func() time.Time
	fails map[string]*failures
}

type failures struct {
	n    int
	last time.Time
}

func newThrottle(now func() time.Time) *throttle {
	return &throttle{now: now, fails: map[string]*failures{}}
}

// count returns the recent failures for key.
func (t *throttle) count(key string) int {
	f := t.fails[key]
	if f == nil || t.now().Sub(f.last) > throttleWindow {
		return 0
	}
	return f.n
}

// check says how long to delay an attempt for name from addr, and whether it is blocked.
func (t *throttle) check(name, addr string) (delay time.Duration, blocked bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n, a := t.count("name:"+name), t.count("addr:"+addr)
	if n >= blockNameAfter || a >= blockAddrAfter {
		return 0, true
	}
	worst := max(n, a)
	if worst < slowAfter {
		return 0, false
	}
	delay = firstDelay << min(worst-slowAfter, 8)
	return min(delay, maxDelay), false
}

// fail records a failed attempt.
func (t *throttle) fail(name, addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.fails) >= throttleCapacity {
		t.prune()
	}
	now := t.now()
	for _, k := range []string{"name:" + name, "addr:" + addr} {
		f := t.fails[k]
		if f == nil || now.Sub(f.last) > throttleWindow {
			f = &failures{}
			t.fails[k] = f
		}
		f.n++
		f.last = now
	}
}

// succeed forgets the failures of a name after a correct login.
func (t *throttle) succeed(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.fails, "name:"+name)
}

// prune drops forgotten entries; if an attack fills the table with live ones, it starts over
// rather than grow without bound.
func (t *throttle) prune() {
	now := t.now()
	for k, f := range t.fails {
		if now.Sub(f.last) > throttleWindow {
			delete(t.fails, k)
		}
	}
	if len(t.fails) >= throttleCapacity {
		clear(t.fails)
	}
}
