package main

import (
	"fmt"
	"io"
	"time"
)

// stageLog writes a line as each stage of a long command ends, with what it did and how long it
// took: a full dedup of a million people runs for minutes, and an operator watching it, or
// reading its log afterwards, sees where the time went. A nil stageLog writes nothing.
type stageLog struct {
	w    io.Writer
	name string
	last time.Time
	n    int
	// after, when set, is called with the stage's number (from 1) as each stage ends; its
	// time is not counted in the next stage's.
	after func(n int)
}

func newStageLog(w io.Writer, name string) *stageLog {
	return &stageLog{w: w, name: name, last: time.Now()}
}

// done writes the line of a stage that has just ended: the command's name, what was done
// (format and args, as fmt.Sprintf), and the seconds since the previous stage ended.
func (s *stageLog) done(format string, args ...any) {
	if s == nil {
		return
	}
	now := time.Now()
	fmt.Fprintf(s.w, "%s: %s (%.1fs)\n", s.name, fmt.Sprintf(format, args...), now.Sub(s.last).Seconds())
	s.last = now
	if s.n++; s.after != nil {
		s.after(s.n)
		s.last = time.Now()
	}
}
