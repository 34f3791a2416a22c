package main

import (
	"fmt"
	"os"
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
