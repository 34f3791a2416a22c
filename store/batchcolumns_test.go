package store

import (
	"strings"
	"testing"
)

// TestContentColumns: the counts and positions written as constants beside contentColumns
// (the parameters of a row, the column an update may leave out) are those of the list, and a
// row binds one value for each column.
func TestContentColumns(t *testing.T) {
	var names []string
	for _, c := range strings.Split(contentColumns, ",") {
		names = append(names, strings.TrimSpace(c))
	}
	if len(names) != contentCount {
		t.Errorf("contentColumns has %d columns, contentCount says %d", len(names), contentCount)
	}
	if names[rankColumn] != "consent_rank" {
		t.Errorf("column %d is %s, not consent_rank", rankColumn, names[rankColumn])
	}
	if n := len((&row{}).appendValues(nil)); n != contentCount {
		t.Errorf("a row binds %d values for %d columns", n, contentCount)
	}
}
