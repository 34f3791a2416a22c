package resolve

import (
	"testing"
	"unsafe"
)

// TestEntrySize: an entry stays within the 136 bytes its comment and the memory measured at a
// million people count on (two and a half million of them are live while a batch resolves).
func TestEntrySize(t *testing.T) {
	if n := unsafe.Sizeof(entry{}); n > 136 {
		t.Errorf("an entry is %d bytes, more than 136", n)
	}
}
