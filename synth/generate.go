package synth

import (
	"bufio"
	"encoding/csv"
	"math/rand/v2"
	"strconv"

	"github.com/tizim/tizim"
)

// Random streams. Each family draws from its own PCG stream (seed, family index), so a family's
// people and records do not depend on how the work is split; the world, the plan of family
// sizes and the output order have streams of their own, far above any family index.
const (
	streamWorld   = 1 << 62
	streamPlan    = 1<<62 + 1
	streamShuffle = 1<<62 + 2
)

func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// shuffleSize is how many records wait to be written in random order, so that one person's
// records are not adjacent in records.csv (a matcher must not learn from the order), while
// memory stays fixed.
const shuffleSize = 1 << 14

// Generate writes a corpus of cfg.Persons people: records.csv, truth.csv and facilities.csv to
// w. It streams: memory does not grow with cfg.Persons. The same cfg gives the same bytes, on
// one core or many (see produce).
func Generate(cfg Config, w Writers) error {
	if cfg.Persons < 0 || cfg.Persons > MaxPersons {
		return tizim.Errorf(tizim.EINVALID, "the number of persons must be between 0 and %d, not %d", MaxPersons, cfg.Persons)
	}
	if w.Records == nil || w.Truth == nil || w.Facilities == nil {
		return tizim.Errorf(tizim.EINVALID, "synth: a writer for records, truth and facilities is required")
	}
	return newGenerator(cfg.Seed).generate(cfg, w)
}

// generate writes the corpus of cfg from the generator's tables (a test may change their rates).
func (g *generator) generate(cfg Config, w Writers) error {
	if err := g.writeFacilities(w); err != nil {
		return err
	}
	out := newOutput(w, g)
	stop := make(chan struct{})
	jobs, free := g.produce(cfg.Persons, stop)
	t := newTally(g.sources)
	var err error
	people, families := 0, 0
	for j := range jobs {
		<-j.done
		for i := range j.rows {
			if err == nil {
				err = out.add(&j.rows[i])
			}
		}
		if err != nil && stop != nil {
			close(stop) // production stops at its next chunk; keep draining until it does
			stop = nil
		}
		t.add(j.tally)
		people += j.people
		families += len(j.sizes)
		free <- j
	}
	if err == nil {
		err = out.close()
	}
	if err != nil {
		return err
	}
	if cfg.Stats != nil {
		*cfg.Stats = Stats{People: people, Families: families, Records: out.written, Facilities: len(g.facilities),
			Sources: t.sources, Consent: t.consent, RecordsPerPerson: t.perPerson}
	}
	return nil
}

// writeFacilities writes facilities.csv.
func (g *generator) writeFacilities(w Writers) error {
	cw := csv.NewWriter(w.Facilities)
	if err := cw.Write(facilityHeader); err != nil {
		return writeError("facilities", err)
	}
	for _, f := range g.facilities {
		if err := cw.Write(f.row()); err != nil {
			return writeError("facilities", err)
		}
	}
	cw.Flush()
	return writeError("facilities", cw.Error())
}

// output writes records and truth in a shuffled order, numbering each source's records.
type output struct {
	recBuf, truthBuf *bufio.Writer
	rec, truth       csvWriter
	g                *generator
	r                *rand.Rand
	pending          []row
	next             []int // next record number, by source
	written          int
	scratch          [40]byte
}

func newOutput(w Writers, g *generator) *output {
	o := &output{g: g, r: newRand(g.seed, streamShuffle), pending: make([]row, 0, shuffleSize), next: make([]int, len(g.sources))}
	o.recBuf = bufio.NewWriterSize(w.Records, 1<<20)
	o.truthBuf = bufio.NewWriterSize(w.Truth, 1<<18)
	o.rec, o.truth = csvWriter{o.recBuf}, csvWriter{o.truthBuf}
	o.rec.write(tizim.Columns)
	o.truth.write([]string{"source", "record_id", "person"})
	return o
}

// add queues a record; when the queue is full a random queued record is written to make room.
func (o *output) add(rw *row) error {
	if len(o.pending) < cap(o.pending) {
		o.pending = append(o.pending, *rw)
		return nil
	}
	i := o.r.IntN(len(o.pending))
	err := o.emit(&o.pending[i])
	o.pending[i] = *rw
	return err
}

// close writes the queued records in random order and flushes.
func (o *output) close() error {
	for len(o.pending) > 0 {
		i := o.r.IntN(len(o.pending))
		if err := o.emit(&o.pending[i]); err != nil {
			return err
		}
		last := len(o.pending) - 1
		o.pending[i] = o.pending[last]
		o.pending = o.pending[:last]
	}
	if err := o.recBuf.Flush(); err != nil {
		return writeError("records", err)
	}
	return writeError("truth", o.truthBuf.Flush())
}

func (o *output) emit(rw *row) error {
	o.next[rw.source]++
	// The record id and the person are written as digits straight from a scratch buffer:
	// two strings fewer per record.
	id := strconv.AppendInt(o.scratch[:0], int64(o.next[rw.source]), 10)
	o.rec.field(rw.cells[colSource])
	o.rec.w.WriteByte(',')
	o.rec.w.Write(id)
	for _, f := range rw.cells[colRecordID+1:] {
		o.rec.w.WriteByte(',')
		o.rec.field(f)
	}
	o.rec.w.WriteByte('\n')
	o.truth.field(rw.cells[colSource])
	o.truth.w.WriteByte(',')
	o.truth.w.Write(id)
	o.truth.w.WriteByte(',')
	o.truth.w.Write(strconv.AppendInt(id[len(id):], int64(rw.person), 10))
	o.truth.w.WriteByte('\n')
	o.written++
	if o.written%errorCheckEvery == 0 { // bufio keeps the first error; look at it now and then
		if _, err := o.recBuf.Write(nil); err != nil {
			return writeError("records", err)
		}
		if _, err := o.truthBuf.Write(nil); err != nil {
			return writeError("truth", err)
		}
	}
	return nil
}

// writeError names the file a write failed on.
func writeError(file string, err error) error {
	if err == nil {
		return nil
	}
	return tizim.Errorf(tizim.EINTERNAL, "synth: writing %s: %v", file, err)
}

// errorCheckEvery is how many records are written between looks at the writers' errors.
const errorCheckEvery = 2048
