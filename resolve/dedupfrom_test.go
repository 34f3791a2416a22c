package resolve

import (
	"errors"
	"reflect"
	"testing"

	"github.com/tizim/tizim"
)

// runsOf hands records on in runs of n, with an empty run between the first two.
func runsOf(records []*tizim.Record, n int) Records {
	return func(fn func([]*tizim.Record) error) error {
		for lo := 0; lo < len(records); lo += n {
			if err := fn(records[lo:min(len(records), lo+n)]); err != nil {
				return err
			}
			if lo == 0 {
				if err := fn(nil); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// TestDedupAllFromRuns: records handed on a run at a time resolve exactly as the same records in
// one slice (the same people, judgements, review pairs, keys and model); an error of the
// records' stops the resolution and comes back as it is; an id seen in an earlier run is refused.
func TestDedupAllFromRuns(t *testing.T) {
	recs, _ := fixture(300, 5)
	want, err := DedupAll(recs, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := DedupAllFrom(runsOf(recs, 37), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Result, want.Result) {
		t.Errorf("runs of 37: %d people, %d judgements, %d review pairs; one slice: %d, %d, %d",
			len(got.Clusters), len(got.Judgements), len(got.Review), len(want.Clusters), len(want.Judgements), len(want.Review))
	}
	if !reflect.DeepEqual(got.Keys, want.Keys) {
		t.Error("runs of 37 give other candidate keys than one slice")
	}
	gs, err1 := got.Snapshot.Encode()
	ws, err2 := want.Snapshot.Encode()
	if err1 != nil || err2 != nil || string(gs) != string(ws) {
		t.Errorf("runs of 37 give another model (%v, %v)", err1, err2)
	}

	stop := errors.New("the database went away")
	failing := func(fn func([]*tizim.Record) error) error {
		if err := fn(recs[:50]); err != nil {
			return err
		}
		return stop
	}
	if _, err := DedupAllFrom(failing, nil, Options{}); err != stop {
		t.Errorf("records failing midway: %v, want %v", err, stop)
	}

	again := func(fn func([]*tizim.Record) error) error {
		if err := fn(recs[:50]); err != nil {
			return err
		}
		return fn(recs[40:60])
	}
	if _, err := DedupAllFrom(again, nil, Options{}); tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("an id in two runs: %v, want EINVALID", err)
	}
}
