package resolve

import (
	"fmt"
	"os"
	"time"
)

// phaseLog, when TIZIM_PHASES is set, writes to standard error a line as each phase of a
// batch's resolution ends, with the wall time since the one before: what measuring which
// phases keep one core busy and which keep both needs. Off by default.
var phaseLog = os.Getenv("TIZIM_PHASES") != ""

// phases times the phases of one resolution.
type phases struct{ last time.Time }

func newPhases() *phases { return &phases{last: time.Now()} }

// done ends the phase called name.
func (p *phases) done(name string) {
	if !phaseLog || p == nil {
		return
	}
	now := time.Now()
	fmt.Fprintf(os.Stderr, "phase %-16s %7.2fs\n", name, now.Sub(p.last).Seconds())
	p.last = now
}
