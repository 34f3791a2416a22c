package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progress draws one self-rewriting line on a terminal while a long file is read: rows, rate,
// percent of bytes and time left. On anything but a terminal it stays silent, so logs and pipes
// get only the summary.
type progress struct {
	w     io.Writer
	name  string
	size  int64
	start time.Time
	last  time.Time
	on    bool
}

func newProgress(w io.Writer, name string, size int64) *progress {
	p := &progress{w: w, name: name, size: size, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

// tick redraws the line at most five times a second, with the rows and bytes read so far; it
// is the importer's Progress callback.
func (p *progress) tick(rows int, read int64) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := float64(rows) / el
	line := fmt.Sprintf("%s: %d rows, %.0f rows/s", p.name, rows, rate)
	if p.size > 0 && read > 0 {
		frac := float64(read) / float64(p.size)
		left := time.Duration(el/frac*(1-frac)) * time.Second
		line += fmt.Sprintf(", %.0f%%, %s left", frac*100, left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%-79s", line)
}

// done clears the progress line.
func (p *progress) done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprintf(p.w, "\r%-79s\r", "")
	}
}
