package export

import (
	"context"
	"fmt"
	"io"
	"iter"

	"github.com/tizim/tizim"
)

// Options say what to write.
type Options struct {
	// Format is "csv", "xlsx", "jsonl" or "ftm" (FollowTheMoney entities as JSON Lines).
	Format string
	// People writes people with their records instead of records: a person column in CSV and
	// XLSX, one object or entity per person in JSON Lines and FtM. Records must then come
	// grouped by PersonID.
	People bool
	// Public writes only records whose consent level is public (with the public fields) or
	// anonymised (without anything that identifies the person); see public.go.
	Public bool
	// PublicSources are the keys of the sources whose own consent level is public. A public
	// record from any other source is written without its source key and record id: the name
	// of a sealed source ("informant-2019") or its row numbers can say who talked.
	PublicSources map[string]bool
	// TmpDir is where XLSX's stream writer keeps rows past 16 MB until the workbook is written
	// (excelize's temporary files); empty is the system's temporary directory. The files hold
	// the export's data in plain text, so the command puts them beside the output file rather
	// than in a /tmp that other users and backups may read; they are removed when the
	// workbook is closed.
	TmpDir string
}

// Formats are the values Options.Format may take.
var Formats = []string{"csv", "xlsx", "jsonl", "ftm"}

// sink is one output format.
type sink interface {
	// record writes one record; in people mode person is its person's id, else 0.
	record(r *tizim.Record, person int64) error
	// person writes a person and its records; used by formats that nest records in people.
	person(id int64, recs []*tizim.Record) error
	// nests reports whether the format writes people with person rather than record.
	nests() bool
	// close finishes the output; discard releases what an unfinished one holds.
	close() error
	discard()
}

func newSink(w io.Writer, opt Options) (sink, error) {
	switch opt.Format {
	case "csv":
		return newCSV(w, opt), nil
	case "xlsx":
		return newXLSX(w, opt), nil
	case "jsonl":
		return newJSONL(w), nil
	case "ftm":
		return newFtM(w), nil
	}
	return nil, tizim.Errorf(tizim.EINVALID, "unknown export format %q (want csv, xlsx, jsonl or ftm)", opt.Format)
}

// Write writes the records that recs yields to w. In people mode the records of one person
// must come one after another (ordered by PersonID, as the store lists them); a person whose
// records are split is an error rather than two half-people.
func Write(ctx context.Context, w io.Writer, recs iter.Seq2[*tizim.Record, error], opt Options) (err error) {
	s, err := newSink(w, opt)
	if err != nil {
		return err
	}
	finished := false
	defer func() {
		if !finished {
			s.discard()
		}
	}()
	var (
		group []*tizim.Record
		gid   int64
		done  = map[int64]bool{}
		anon  int
	)
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		done[gid] = true
		err := s.person(gid, group)
		group = group[:0]
		return err
	}
	n := 0
	for r, err := range recs {
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if n++; n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if opt.Public {
			var ok bool
			// FtM entities are for linking people across datasets, and a Person needs a
			// name: an anonymised record has neither use nor name there.
			if r, ok = publicView(r, opt.People || opt.Format == "ftm", opt.PublicSources); !ok {
				continue
			}
			if r.Consent == tizim.Anonymised {
				anon++
				r.RecordID = fmt.Sprintf("anon-%d", anon)
			}
		}
		if !opt.People {
			if err := s.record(r, 0); err != nil {
				return err
			}
			continue
		}
		pid := r.PersonID
		if pid == 0 {
			pid = r.ID // a record the resolver has not seen yet is a person of its own
		}
		if !s.nests() {
			if err := s.record(r, pid); err != nil {
				return err
			}
			continue
		}
		if pid != gid || len(group) == 0 {
			if err := flush(); err != nil {
				return err
			}
			if done[pid] {
				return tizim.Errorf(tizim.EINTERNAL, "export: the records of person %d do not come together", pid)
			}
			gid = pid
		}
		group = append(group, r)
	}
	if err := flush(); err != nil {
		return err
	}
	finished = true
	return s.close()
}

// Slice returns an iterator over recs, for callers that hold records in memory.
func Slice(recs []*tizim.Record) iter.Seq2[*tizim.Record, error] {
	return func(yield func(*tizim.Record, error) bool) {
		for _, r := range recs {
			if !yield(r, nil) {
				return
			}
		}
	}
}
