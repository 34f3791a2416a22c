//go:build !linux

package names

import "testing"

// cpuTimer reports nothing where thread CPU time is not available.
func cpuTimer(b *testing.B) func() { return func() {} }
