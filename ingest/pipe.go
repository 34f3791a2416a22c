package ingest

import (
	"io"
	"sync"
)

// pipeBatch is how many rows the reading goroutine hands over at a time: enough to make the
// channel's cost negligible, few enough to keep memory flat.
const pipeBatch = 256

// pipe runs a Reader in its own goroutine, so that parsing one row overlaps with whatever the
// caller does with the previous ones (on a two-core machine, the store's writes). Rows come
// out in the order they were read. The source's Columns must not change after Open.
type pipe struct {
	src     Reader
	batches chan pipeRows
	done    chan struct{}
	cur     []*Row
	i       int
	err     error
	once    sync.Once
}

type pipeRows struct {
	rows []*Row
	err  error // after the rows: io.EOF or what stopped reading
}

func newPipe(src Reader) *pipe {
	p := &pipe{src: src, batches: make(chan pipeRows, 8), done: make(chan struct{})}
	go p.run()
	return p
}

func (p *pipe) run() {
	defer close(p.batches)
	rows := make([]*Row, 0, pipeBatch)
	for {
		row, err := p.src.Next()
		if err != nil {
			p.send(pipeRows{rows, err})
			return
		}
		rows = append(rows, row)
		if len(rows) == pipeBatch {
			if !p.send(pipeRows{rows: rows}) {
				return
			}
			rows = make([]*Row, 0, pipeBatch)
		}
	}
}

func (p *pipe) send(b pipeRows) bool {
	select {
	case p.batches <- b:
		return true
	case <-p.done:
		return false
	}
}

// Next implements Reader.
func (p *pipe) Next() (*Row, error) {
	for p.i >= len(p.cur) {
		if p.err != nil {
			return nil, p.err
		}
		b, ok := <-p.batches
		if !ok {
			return nil, io.EOF
		}
		p.cur, p.i, p.err = b.rows, 0, b.err
	}
	row := p.cur[p.i]
	p.cur[p.i] = nil
	p.i++
	return row, nil
}

// Columns implements Reader.
func (p *pipe) Columns() []ColumnMap { return p.src.Columns() }

// Close stops the reading goroutine, waits for it, and closes the source.
func (p *pipe) Close() error {
	p.once.Do(func() { close(p.done) })
	for range p.batches {
	}
	return p.src.Close()
}
