package main

import (
	"os"
	"runtime/debug"
)

// An import allocates a few kilobytes per row that are garbage a moment later, while the live
// heap stays small (20 MB at the start of a million-row file, 75 MB at its end): with Go's
// default GOGC of 100 the collector ran about a hundred times per million rows and took a
// tenth of the import's CPU time. During an import the collector may instead let the heap grow
// to five times what is live, but not beyond importHeapLimit; SQLite's page cache (32 MiB for
// the import's connection), the driver's C memory and the program itself, about 80 MB, come on
// top of it, so the process stays under 250 MB, within issue 6's 300 MB. Measured in
// docs/PERFORMANCE.md, "Import throughput".
const (
	importGCPercent = 400
	importHeapLimit = 160 << 20
)

// importMemory sets the collector for an import and returns the function that puts back the
// settings it found. GOGC or GOMEMLIMIT in the environment are the user's choice and are kept.
func importMemory() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(importHeapLimit)
	percent := debug.SetGCPercent(importGCPercent)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
