package resolve

import (
	"runtime/debug"
	"testing"
)

// TestLimitMemory: the limit holds what the process holds plus the budget, and restore puts
// back the limit it found; a GOMEMLIMIT in the environment is the user's and is left alone.
func TestLimitMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	limit0 := debug.SetMemoryLimit(-1)
	const budget = 1 << 30
	restore := LimitMemory(budget)
	if l := debug.SetMemoryLimit(-1); l < budget || l > budget+8<<30 {
		t.Errorf("limit %d, want the budget %d above what the process holds", l, budget)
	}
	restore()
	if l := debug.SetMemoryLimit(-1); l != limit0 {
		t.Errorf("after restore: limit %d, want %d", l, limit0)
	}

	t.Setenv("GOMEMLIMIT", "2GiB")
	restore = LimitMemory(budget)
	if l := debug.SetMemoryLimit(-1); l != limit0 {
		t.Errorf("with GOMEMLIMIT set: limit %d, want %d kept", l, limit0)
	}
	restore()
}
