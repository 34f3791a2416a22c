package search

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// put writes records in one transaction.
func put(t *testing.T, st *store.Store, rs ...*tizim.Record) {
	t.Helper()
	ctx := context.Background()
	w, err := st.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if _, err := w.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

// named is a record for the store: no id, the store gives one.
func named(source, id, name string) *tizim.Record {
	return &tizim.Record{Source: source, RecordID: id, Consent: tizim.Internal,
		Names: []tizim.Name{{Text: name, Role: tizim.FullName}}}
}

func TestSyncCatchesUpWithAnotherProcess(t *testing.T) {
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "tizim.db")
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const page = 50
	var first []*tizim.Record
	for i := range 3*page + 7 { // more than one page
		first = append(first, named("list", fmt.Sprint(i), fmt.Sprintf("Memet %c%c", 'A'+i%26, 'a'+i/26%26)))
	}
	first = append(first, named("press", "1", "Ilham Tohti"))
	put(t, st, first...)

	ix := New()
	ix.Overlap = 0 // all of this happens within DefaultOverlap
	ix.pageSize = page
	n, err := ix.Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(first) || ix.Len() != len(first) {
		t.Fatalf("Load read %d records, index has %d; want %d", n, ix.Len(), len(first))
	}
	if hits := ix.Search("伊力哈木·土赫提", tizim.Sealed, 1); len(hits) != 1 || hits[0].Name != "Ilham Tohti" {
		t.Fatalf("after Load: %v", hits)
	}

	// Another process imports through its own handle: a new record and a renamed one.
	other, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	put(t, other, named("police", "7", "阿不都克力木·吐尔逊"), named("press", "1", "Ilham Toxti"))

	n, err = ix.Sync(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 || n > 10 {
		t.Errorf("Sync read %d records, want the 2 changed ones (and few more)", n)
	}
	if ix.Len() != len(first)+1 {
		t.Errorf("index has %d records, want %d", ix.Len(), len(first)+1)
	}
	hits := ix.Search("Abdukerim Tursun", tizim.Sealed, 1)
	if len(hits) != 1 || hits[0].Records[0] != (tizim.RecordKey{Source: "police", RecordID: "7"}) {
		t.Errorf("imported record not found after Sync: %v", hits)
	}
	hits = ix.Search("Ilham Tohti", tizim.Sealed, 10)
	if len(hits) != 1 || hits[0].Name != "Ilham Toxti" {
		t.Errorf("updated record: %v, want the new spelling only", hits)
	}
	if n, err := ix.Sync(ctx, st); err != nil || n > 5 {
		t.Errorf("a Sync with nothing new read %d records (%v)", n, err)
	}
}

// scanCounter is the store with its scans counted.
type scanCounter struct {
	*store.Store
	scans int
}

func (c *scanCounter) ScanNames(ctx context.Context, after time.Time, size int, fn func([]*tizim.Record) error) error {
	c.scans++
	return c.Store.ScanNames(ctx, after, size, fn)
}

// TestSyncSkipsAnUnchangedStore: a Sync of a store whose stamp has not changed reads nothing
// (it would otherwise read and key the records of the overlap again every time, under the write
// lock that stops every search); a write makes the next Sync read it; after quietRead a Sync
// reads anyway.
func TestSyncSkipsAnUnchangedStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "tizim.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	put(t, st, named("list", "1", "Memet Tursun"), named("list", "2", "Ilham Tohti"))
	src := &scanCounter{Store: st}
	ix := New()
	if _, err := ix.Load(ctx, src); err != nil {
		t.Fatal(err)
	}
	sync := func(want int, why string) {
		t.Helper()
		before := src.scans
		if _, err := ix.Sync(ctx, src); err != nil {
			t.Fatal(err)
		}
		if got := src.scans - before; got != want {
			t.Errorf("%s: Sync scanned %d times, want %d", why, got, want)
		}
	}
	sync(1, "first Sync after Load")
	sync(0, "nothing written")
	sync(0, "nothing written, again")
	changed := named("list", "2", "Rahile Dawut")
	put(t, st, changed)
	sync(1, "a record changed")
	if hits := ix.Search("Rahile Dawut", tizim.Sealed, 1); len(hits) != 1 {
		t.Errorf("the changed record is not found after Sync: %v", hits)
	}
	sync(0, "nothing written since")
	defer func(q time.Duration) { quietRead = q }(quietRead)
	quietRead = 0
	sync(1, "the stamp is trusted no longer")
}
