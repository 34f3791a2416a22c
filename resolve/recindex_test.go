package resolve

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func recordsWithIDs(ids ...int64) []*tizim.Record {
	out := make([]*tizim.Record, len(ids))
	for k, id := range ids {
		out[k] = &tizim.Record{ID: id, Source: "s", RecordID: "r"}
	}
	return out
}

func TestRecordIndex(t *testing.T) {
	for _, ids := range [][]int64{{3, 8, 20, 21}, {20, 3, 21, 8}, {21, 20, 8, 3}, {}} {
		var x recordIndex
		// added in two runs, as a batch reads them
		half := len(ids) / 2
		if err := x.add(recordsWithIDs(ids[:half]...)); err != nil {
			t.Fatal(err)
		}
		if err := x.add(recordsWithIDs(ids[half:]...)); err != nil {
			t.Fatal(err)
		}
		if err := x.complete(); err != nil {
			t.Fatalf("%v: %v", ids, err)
		}
		for at, id := range ids {
			if got, ok := x.get(id); !ok || got != int32(at) {
				t.Errorf("%v: get(%d) = %d, %v; want %d", ids, id, got, ok, at)
			}
		}
		for _, id := range []int64{0, 1, 4, 19, 22, -3} {
			if got, ok := x.get(id); ok {
				t.Errorf("%v: get(%d) = %d, true; want none", ids, id, got)
			}
		}
	}
}

func TestRecordIndexTwice(t *testing.T) {
	for _, ids := range [][]int64{{3, 8, 8, 21}, {21, 8, 3, 8}} {
		var x recordIndex
		if err := x.add(recordsWithIDs(ids...)); err != nil {
			t.Fatal(err)
		}
		if err := x.complete(); err == nil || !strings.Contains(err.Error(), "record id 8 appears twice") {
			t.Errorf("%v: %v; want record id 8 appearing twice", ids, err)
		}
	}
	if _, err := Dedup(recordsWithIDs(5, 2, 5), nil, Options{}); err == nil || tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("Dedup with an id twice: %v; want EINVALID", err)
	}
	var x recordIndex
	if err := x.add([]*tizim.Record{{ID: 1}, nil}); err == nil {
		t.Error("a nil record was added")
	}
	if err := x.add([]*tizim.Record{{Source: "s", RecordID: "r"}}); err == nil {
		t.Error("a record without an id was added")
	}
}
