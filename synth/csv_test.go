package synth

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"slices"
	"testing"
)

func TestCSVWriterRoundTrips(t *testing.T) {
	rows := [][]string{
		{"plain", "", "with,comma", `say "hi"`, "two\nlines", " lead", "trail ", "买买提·吐尔逊", "ئابدۇرەھمان", "\r"},
		{`"`, `""`, ",", "Центр № 1, Кашгар"},
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	for _, r := range rows {
		csvWriter{w}.write(r)
	}
	w.Flush()
	r := csv.NewReader(&b)
	r.FieldsPerRecord = -1
	got, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if !slices.Equal(got[i], rows[i]) {
			t.Errorf("row %d: read back %q, wrote %q", i, got[i], rows[i])
		}
	}
}
