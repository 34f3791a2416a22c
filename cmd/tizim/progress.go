package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
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
	read  atomic.Int64
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

// reader counts the bytes read through it.
func (p *progress) reader(r io.Reader) io.Reader { return &countingReader{r: r, n: &p.read} }

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}

// tick redraws the line at most five times a second.
func (p *progress) tick(rows int) {
	if !p.on || rows%1024 != 0 {
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
	if read := p.read.Load(); p.size > 0 && read > 0 {
		frac := float64(read) / float64(p.size)
		left := time.Duration(el/frac*(1-frac)) * time.Second
		line += fmt.Sprintf(", %.0f%%, %s left", frac*100, left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%-79s", line)
}

// done clears the progress line.
func (p *progress) done(rows int) {
	if p.on && !p.last.IsZero() {
		fmt.Fprintf(p.w, "\r%-79s\r", "")
	}
}
