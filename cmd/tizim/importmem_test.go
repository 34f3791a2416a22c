package main

import (
	"runtime/debug"
	"testing"
)

// TestImportMemory: an import runs with the larger GOGC under the heap limit and gives the
// settings back afterwards; a GOGC or GOMEMLIMIT set by the user is left alone.
func TestImportMemory(t *testing.T) {
	for _, c := range []struct {
		name, gogc, memlimit string
		wantPercent          int
		wantLimit            int64
	}{
		{"default", "", "", importGCPercent, importHeapLimit},
		{"GOGC set", "200", "", 100, 1 << 40},
		{"GOMEMLIMIT set", "", "1GiB", 100, 1 << 40},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("GOGC", c.gogc)
			t.Setenv("GOMEMLIMIT", c.memlimit)
			oldPercent, oldLimit := debug.SetGCPercent(100), debug.SetMemoryLimit(1<<40)
			defer func() { debug.SetGCPercent(oldPercent); debug.SetMemoryLimit(oldLimit) }()

			restore := importMemory()
			percent, limit := debug.SetGCPercent(-1), debug.SetMemoryLimit(-1)
			debug.SetGCPercent(percent)
			if percent != c.wantPercent || limit != c.wantLimit {
				t.Errorf("during the import: GOGC %d, limit %d; want %d, %d", percent, limit, c.wantPercent, c.wantLimit)
			}
			restore()
			if percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1); percent != 100 || limit != 1<<40 {
				t.Errorf("after the import: GOGC %d, limit %d; want 100, %d", percent, limit, int64(1<<40))
			}
		})
	}
}
