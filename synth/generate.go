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
// w. It streams: memory does not grow with cfg.Persons. The same cfg gives the same bytes.
func Generate(cfg Config, w Writers) error {
	if cfg.Persons < 0 || cfg.Persons > MaxPersons {
		return tizim.Errorf(tizim.EINVALID, "the number of persons must be between 0 and %d, not %d", MaxPersons, cfg.Persons)
	}
	if w.Records == nil || w.Truth == nil || w.Facilities == nil {
		return tizim.Errorf(tizim.EINVALID, "synth: a writer for records, truth and facilities is required")
	}
	g := newGenerator(cfg.Seed)
	if err := g.writeFacilities(w); err != nil {
		return err
	}
	out := newOutput(w, g)
	if err := out.header(); err != nil {
		return err
	}
	t := newTally(g.sources)
	plan := newRand(g.seed, streamPlan)
	pcg := rand.NewPCG(0, 0)
	r := rand.New(pcg)
	var fam []person
	people, families := 0, 0
	for f := uint64(0); people < cfg.Persons; f++ {
		size := min(g.families.draw(plan), cfg.Persons-people)
		pcg.Seed(g.seed, f)
		fam = g.family(r, size, fam)
		for i := range fam {
			n := g.counts.draw(r)
			t.person(n)
			for range n {
				src := &g.sources[g.sourceW.draw(r)]
				rw := g.record(r, &fam[i], src, t)
				rw.person = people + 1 + i
				if err := out.add(rw); err != nil {
					return err
				}
			}
		}
		people += size
		families++
	}
	if err := out.close(); err != nil {
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
	rec, truth       *csv.Writer
	g                *generator
	r                *rand.Rand
	pending          []row
	next             []int // next record number, by source
	written          int
	truthRow         [3]string
}

func newOutput(w Writers, g *generator) *output {
	o := &output{g: g, r: newRand(g.seed, streamShuffle), pending: make([]row, 0, shuffleSize), next: make([]int, len(g.sources))}
	o.recBuf = bufio.NewWriterSize(w.Records, 1<<20)
	o.truthBuf = bufio.NewWriterSize(w.Truth, 1<<18)
	o.rec, o.truth = csv.NewWriter(o.recBuf), csv.NewWriter(o.truthBuf)
	return o
}

func (o *output) header() error {
	if err := o.rec.Write(tizim.Columns); err != nil {
		return writeError("records", err)
	}
	return writeError("truth", o.truth.Write([]string{"source", "record_id", "person"}))
}

// add queues a record; when the queue is full a random queued record is written to make room.
func (o *output) add(rw row) error {
	if len(o.pending) < cap(o.pending) {
		o.pending = append(o.pending, rw)
		return nil
	}
	i := o.r.IntN(len(o.pending))
	err := o.emit(&o.pending[i])
	o.pending[i] = rw
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
	o.rec.Flush()
	o.truth.Flush()
	if err := o.rec.Error(); err != nil {
		return writeError("records", err)
	}
	if err := o.truth.Error(); err != nil {
		return writeError("truth", err)
	}
	if err := o.recBuf.Flush(); err != nil {
		return writeError("records", err)
	}
	return writeError("truth", o.truthBuf.Flush())
}

func (o *output) emit(rw *row) error {
	o.next[rw.source]++
	id := strconv.Itoa(o.next[rw.source])
	rw.cells[colRecordID] = id
	if err := o.rec.Write(rw.cells[:]); err != nil {
		return writeError("records", err)
	}
	o.truthRow = [3]string{rw.cells[colSource], id, strconv.Itoa(rw.person)}
	if err := o.truth.Write(o.truthRow[:]); err != nil {
		return writeError("truth", err)
	}
	o.written++
	return nil
}

// writeError names the file a write failed on.
func writeError(file string, err error) error {
	if err == nil {
		return nil
	}
	return tizim.Errorf(tizim.EINTERNAL, "synth: writing %s: %v", file, err)
}
