package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// profileEnv names a file to write a CPU profile of the command to, for engineers measuring a
// command at scale (`go tool pprof` reads it). Unset, nothing is profiled.
const profileEnv = "TIZIM_CPUPROFILE"

// startProfile starts the CPU profile that profileEnv asks for and returns the function that
// stops it and closes the file. A profile that cannot start is reported and skipped: it must
// not stop the command.
func startProfile(e *env) (stop func()) {
	path := os.Getenv(profileEnv)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tizim: %s: %v; running without a profile\n", profileEnv, err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// heapProfileEnv names a path prefix: when set, a command that reports its stages (dedup) writes
// a heap profile as each stage ends, to the prefix followed by the stage's number and ".heap",
// after a collection, so that the profile's in-use figures are what the stage left live.
const heapProfileEnv = "TIZIM_HEAPPROFILE"

// writeHeapProfile writes the heap profile of stage n that heapProfileEnv asks for, if it does.
// A profile that cannot be written is reported and the command goes on.
func writeHeapProfile(e *env, n int) {
	prefix := os.Getenv(heapProfileEnv)
	if prefix == "" {
		return
	}
	runtime.GC()
	f, err := os.Create(fmt.Sprintf("%s%02d.heap", prefix, n))
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tizim: %s: %v\n", heapProfileEnv, err)
	}
}
