package resolve

import (
	"cmp"
	"slices"

	"github.com/tizim/tizim"
)

// recordIndex finds a batch's entries by record id: the ids in increasing order, and where each
// is in the batch, unless the records came in that order (the store reads them by id), when an
// id's place among them is its place in the batch. A map of a million people's 2.5 million ids
// held 83 MB through blocking, where the heap is at its limit, and allocated 150 MB as it grew
// (heap profiles); the ids alone are 20 MB.
type recordIndex struct {
	ids []int64 // in increasing order once complete
	at  []int32 // at[k] is the place of ids[k] in the batch; nil while ids are in the batch's order
}

// add gives records their places in the batch, after the records added before them: they must
// be non-nil, with ids non-zero. Call complete once every record is added.
func (x *recordIndex) add(records []*tizim.Record) error {
	if err := checkRecords(len(x.ids), records); err != nil {
		return err
	}
	for _, r := range records {
		x.ids = append(x.ids, r.ID)
	}
	return nil
}

// complete orders the ids and returns an error if one appears twice, since judgements name them.
func (x *recordIndex) complete() error {
	x.ids = slices.Clip(x.ids)
	if !slices.IsSorted(x.ids) {
		x.at = make([]int32, len(x.ids))
		for k := range x.at {
			x.at[k] = int32(k)
		}
		ids := x.ids
		slices.SortFunc(x.at, func(a, b int32) int { return cmp.Compare(ids[a], ids[b]) })
		sorted := make([]int64, len(ids))
		for k, a := range x.at {
			sorted[k] = ids[a]
		}
		x.ids = sorted
	}
	for k := 1; k < len(x.ids); k++ {
		if x.ids[k] == x.ids[k-1] {
			return tizim.Errorf(tizim.EINVALID, "resolve: record id %d appears twice", x.ids[k])
		}
	}
	return nil
}

// get returns the place in the batch of the record with the id, if the batch has it.
func (x *recordIndex) get(id int64) (int32, bool) {
	k, ok := slices.BinarySearch(x.ids, id)
	switch {
	case !ok:
		return 0, false
	case x.at != nil:
		return x.at[k], true
	}
	return int32(k), true
}
