//go:build unix

package web

import (
	"syscall"
	"time"
)

// cpuTime is the user and system time of this process so far: on a machine shared with other
// work, a steadier measure than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
