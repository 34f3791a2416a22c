package ingest_test

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
	"github.com/tizim/tizim/store"
)

// openStore opens a fresh SQLite store in the test's temporary directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func countRecords(t *testing.T, st tizim.RecordService) int {
	t.Helper()
	_, n, err := st.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

const goodCSV = "source,record_id,name,sex,birth_date\n" +
	"s,1,Ilham Tohti,m,1969-10-25\n" +
	"s,2,Rahile Dawut,f,31.02.1966\n" // a warning: impossible date

const badCSV = goodCSV +
	"s,3,,,1970\n" + // no name and no identity number: invalid
	"s,4,Memet Testov,m,1980\n"

func TestImporter(t *testing.T) {
	tests := []struct {
		name       string
		content    string
		opt        tizim.ImportOptions
		wantErr    string
		wantStored int
		want       tizim.ImportSummary // the counts compared
		problems   []string            // substrings of the listed problems
		rejected   []int               // lines of the rejected rows
	}{
		{name: "whole file", content: goodCSV, opt: tizim.ImportOptions{MaxWarnings: 10},
			wantStored: 2, want: tizim.ImportSummary{Rows: 2, Created: 2, Warnings: 1, Written: true},
			problems: []string{"warning: list.csv line 3, column birth_date"}},
		{name: "dry run writes nothing", content: goodCSV, opt: tizim.ImportOptions{DryRun: true},
			want: tizim.ImportSummary{Rows: 2, Created: 2, Warnings: 1, DryRun: true}},
		{name: "invalid row writes nothing", content: badCSV, wantErr: "1 invalid rows",
			want: tizim.ImportSummary{Rows: 4, Invalid: 1, Warnings: 1}, problems: []string{"list.csv line 4"}},
		{name: "skip invalid writes the rest", content: badCSV, opt: tizim.ImportOptions{SkipInvalid: true},
			wantStored: 3, want: tizim.ImportSummary{Rows: 4, Created: 3, Invalid: 1, Warnings: 1, Written: true},
			rejected: []int{4}},
		{name: "mapping", content: "XM,出生\nAli Hasan,1984\n", opt: tizim.ImportOptions{Source: "s", Mapping: map[string]string{"XM": "name"}},
			wantStored: 1, want: tizim.ImportSummary{Rows: 1, Created: 1, Written: true}},
		{name: "mapping to an unknown field", content: goodCSV, opt: tizim.ImportOptions{Mapping: map[string]string{"XM": "fullname"}},
			wantErr: `"fullname" is not a field`},
		{name: "empty file", content: "", wantErr: "list.csv is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			sum, err := ingest.NewImporter(st).Import(context.Background(), "list.csv", strings.NewReader(tt.content), tt.opt)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := countRecords(t, st); got != tt.wantStored {
				t.Errorf("%d records stored, want %d", got, tt.wantStored)
			}
			if sum == nil {
				return
			}
			got := tizim.ImportSummary{Rows: sum.Rows, Created: sum.Created, Updated: sum.Updated, Unchanged: sum.Unchanged,
				Invalid: sum.Invalid, Warnings: sum.Warnings, DryRun: sum.DryRun, Written: sum.Written}
			want := tt.want
			if got.Rows != want.Rows || got.Created != want.Created || got.Updated != want.Updated || got.Unchanged != want.Unchanged ||
				got.Invalid != want.Invalid || got.Warnings != want.Warnings || got.DryRun != want.DryRun || got.Written != want.Written {
				t.Errorf("summary %+v, want %+v", got, want)
			}
			all := strings.Join(sum.Problems, "\n")
			for _, p := range tt.problems {
				if !strings.Contains(all, p) {
					t.Errorf("problems do not name %q:\n%s", p, all)
				}
			}
			if len(sum.Rejected) != len(tt.rejected) {
				t.Fatalf("rejected %+v, want lines %v", sum.Rejected, tt.rejected)
			}
			for i, line := range tt.rejected {
				rr := sum.Rejected[i]
				if rr.Line != line || len(rr.Reasons) == 0 || len(rr.Raw) == 0 {
					t.Errorf("rejected row %+v, want line %d with reasons and cells", rr, line)
				}
			}
		})
	}
}

func TestImporterTwiceChangesNothing(t *testing.T) {
	st := openStore(t)
	im := ingest.NewImporter(st)
	for i, want := range []tizim.ImportSummary{{Created: 2}, {Unchanged: 2}} {
		sum, err := im.Import(context.Background(), "list.csv", strings.NewReader(goodCSV), tizim.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Created != want.Created || sum.Unchanged != want.Unchanged {
			t.Errorf("import %d: %d created, %d unchanged; want %d, %d", i+1, sum.Created, sum.Unchanged, want.Created, want.Unchanged)
		}
	}
	if got := countRecords(t, st); got != 2 {
		t.Errorf("%d records after importing twice, want 2", got)
	}
}

func TestImporterProgressAndSample(t *testing.T) {
	var b strings.Builder
	b.WriteString("source,record_id,name\n")
	for i := range 3000 {
		b.WriteString("s," + "9" + strconv.Itoa(i) + ",Erkin Testov\n")
	}
	var calls, lastRows int
	var lastBytes int64
	opt := tizim.ImportOptions{DryRun: true, Sample: 10, Progress: func(rows int, n int64) {
		calls++
		lastRows, lastBytes = rows, n
	}}
	sum, err := ingest.NewImporter(openStore(t)).Import(context.Background(), "list.csv", strings.NewReader(b.String()), opt)
	if err != nil {
		t.Fatal(err)
	}
	if calls < 3 || lastRows != 3000 || lastBytes != int64(b.Len()) {
		t.Errorf("progress: %d calls, last %d rows %d bytes; want ≥3 calls ending at 3000 rows, %d bytes", calls, lastRows, lastBytes, b.Len())
	}
	if len(sum.Sample) != 10 || sum.Sample[0].Key().RecordID != "90" {
		t.Errorf("sample of %d records, first %+v; want the first 10", len(sum.Sample), sum.Sample)
	}
}
