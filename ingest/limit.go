package ingest

import (
	"errors"
	"io"
)

// errTooLong is returned by a capReader when a record grows past MaxRecordBytes.
var errTooLong = errors.New("record too long")

// capReader passes reads through until more than MaxRecordBytes (plus the read-ahead of the
// buffer above it) have been read since the last mark, that is since the current record
// began. So a file that is one 2 GB line, or a quote that is never closed, stops with an error
// after a mebibyte instead of being held in memory whole.
type capReader struct {
	r    io.Reader
	n    int64 // bytes read so far
	mark int64 // n at the start of the current record
}

// readAhead is how far a bufio.Reader above a capReader may read past the current record.
const readAhead = 64 << 10

func (c *capReader) Read(p []byte) (int, error) {
	if c.n-c.mark > MaxRecordBytes+readAhead {
		return 0, errTooLong
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// next marks the start of a new record, offset bytes into the stream.
func (c *capReader) next(offset int64) { c.mark = offset }

// crReader turns carriage returns into line feeds, for files whose lines end in CR alone.
type crReader struct{ r io.Reader }

func (c *crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}
