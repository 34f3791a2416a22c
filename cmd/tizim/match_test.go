package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		a, b  string
		match bool
	}{
		{"Ilham Tohti", "伊力哈木·土赫提", true},
		{"ئىلھام توختى", "Илһам Тохти", true},
		{"Ilham Tohti", "Memet Tohti", false},
		{"Tursun", "Tursunay", false},
	}
	for _, tc := range tests {
		out, err := runCmd("", "match", tc.a, tc.b)
		if err != nil {
			t.Fatalf("match %q %q: %v", tc.a, tc.b, err)
		}
		var got matchReport
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("match printed %q: %v", out, err)
		}
		if got.Match != tc.match || got.Score < 0 || got.Score > 1 || len(got.Alignment) == 0 {
			t.Errorf("match %q %q = %s, want match %v with an alignment", tc.a, tc.b, out, tc.match)
		}
	}
	if _, err := runCmd("", "match", "only one"); err == nil || tizim.ErrorCode(err) != tizim.EINVALID {
		t.Errorf("match with one name: err = %v, want %s", err, tizim.EINVALID)
	}
}

func TestMatchPairs(t *testing.T) {
	file := filepath.Join(t.TempDir(), "pairs.tsv")
	data := "Ilham Tohti\t伊力哈木·土赫提\r\nTursun\tTursunay\n\tIlham\nMemet Tursun\tMehmet Tursunov\n"
	if err := os.WriteFile(file, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runCmd("", "match", "--pairs", file)
	if err != nil {
		t.Fatalf("match --pairs: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []bool{true, false, false, true}
	if len(lines) != len(want) {
		t.Fatalf("match --pairs printed %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, l := range lines {
		var r matchReport
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Match != want[i] {
			t.Errorf("line %d: %s, want match %v (%v)", i+1, l, want[i], err)
		}
	}

	// Standard input, and a malformed line named by its number.
	out, err = runCmd("Ilham\tIlham\nno tab here\nA\tB\n", "match", "--pairs", "-")
	if err == nil || tizim.ErrorCode(err) != tizim.EINVALID || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("malformed line: err = %v, want %s naming line 2", err, tizim.EINVALID)
	}
	if n := strings.Count(out, "\n"); n != 1 {
		t.Errorf("malformed line 2: printed %d results before it, want 1", n)
	}
	if _, err := runCmd("", "match", "--pairs", filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Errorf("missing pairs file: no error")
	}
}
