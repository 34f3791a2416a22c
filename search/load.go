package search

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/tizim/tizim"
)

// NameScanner is a source that streams the records updated after a time, in id order, a page at
// a time, with only what the index needs of them (ID, Source, RecordID, PersonID, Consent,
// Names, Updated). The store is one (store.Store.ScanNames); Load and Sync use it when the
// source has it, instead of paging through whole records with FindRecords.
type NameScanner interface {
	ScanNames(ctx context.Context, after time.Time, pageSize int, fn func([]*tizim.Record) error) error
}

// keyedPage is a page of records with the forms and keys of each, keyed by a worker.
type keyedPage struct {
	rs    []*tizim.Record
	forms [][]string
	keys  [][][][]string
	done  chan struct{} // closed when keyed
}

// loader keys pages of records on every core while the source reads the next ones, and adds
// them to the index in the order read, so that an index loaded twice is the same.
type loader struct {
	ix      *Index
	work    chan *keyedPage // to the workers
	ordered chan *keyedPage // to the adder, in order
	wg      sync.WaitGroup
	latest  time.Time // the latest Updated added
	n       int
}

// newLoader starts the workers and the adder.
func newLoader(ix *Index) *loader {
	workers := max(runtime.GOMAXPROCS(0), 1)
	l := &loader{ix: ix, work: make(chan *keyedPage, workers), ordered: make(chan *keyedPage, 2*workers)}
	for range workers {
		l.wg.Go(func() {
			for p := range l.work {
				p.forms = make([][]string, len(p.rs))
				p.keys = make([][][][]string, len(p.rs))
				for i, r := range p.rs {
					p.forms[i] = compareForms(r)
					p.keys[i] = keysOf(p.forms[i])
				}
				close(p.done)
			}
		})
	}
	l.wg.Go(func() {
		for p := range l.ordered {
			<-p.done
			ix.mu.Lock()
			for i, r := range p.rs {
				ix.add(r, p.forms[i], p.keys[i])
			}
			ix.mu.Unlock()
			for _, r := range p.rs {
				if r.Updated.After(l.latest) {
					l.latest = r.Updated
				}
			}
			l.n += len(p.rs)
		}
	})
	return l
}

// page hands a page read from the source to the workers.
func (l *loader) page(rs []*tizim.Record) error {
	p := &keyedPage{rs: rs, done: make(chan struct{})}
	l.ordered <- p // first, so that the adder waits for the pages in order
	l.work <- p
	return nil
}

// wait lets the pages handed over be added, and returns how many records were added and the
// latest time one was updated.
func (l *loader) wait() (int, time.Time) {
	close(l.work)
	close(l.ordered)
	l.wg.Wait()
	return l.n, l.latest
}

// scan reads the records updated after `after` through a NameScanner. It returns the records
// read and the latest time one was updated.
func (ix *Index) scan(ctx context.Context, src NameScanner, after time.Time) (int, time.Time, error) {
	l := newLoader(ix)
	err := src.ScanNames(ctx, after, ix.pageSize, l.page)
	n, latest := l.wait()
	return n, latest, err
}
